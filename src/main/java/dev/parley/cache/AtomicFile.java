package dev.parley.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the whole new content, never half of it: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target. A replaced file keeps its permissions;
 * a new one gets the mode the user's umask gives new files. A temporary file's name says which process wrote it, so a
 * later run can remove those a kill left behind ({@link #removeStale}). Used for cache entries and for -o.
 */
public final class AtomicFile {
    private static final Random RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    /** {@code .<target>.<pid>-<random>.tmp}; earlier versions wrote {@code .<target>.<digits>.tmp}. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\.(.+)\\.(?:(\\d+)-[0-9a-z]+|\\d+)\\.tmp");
    /** A temporary file whose writer no longer runs is removed once older than this (a write takes far less). */
    private static final Duration ORPHAN_AFTER = Duration.ofMinutes(1);
    /** Any temporary file older than this is removed, wherever its writer ran. */
    private static final Duration STALE_AFTER = Duration.ofDays(1);

    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code target} (a regular file or none; not a link) with what {@code content} writes; the folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path tmp = createTemp(target.toAbsolutePath());
        try {
            PosixFileAttributes old = posixAttributes(target);
            // Never readable by more users than the file it replaces, not even while it is written.
            if (old != null) Files.setPosixFilePermissions(tmp, withOwnerWrite(old.permissions()));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            if (old != null) keepAttributes(old, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates and deletes a temporary file beside {@code target}: whether {@link #write} can work in its folder. */
    public static void probe(Path target) throws IOException {
        Files.delete(createTemp(target.toAbsolutePath()));
    }

    /**
     * Deletes the temporary files in {@code folder} that no writer will rename any more: left by a kill between the
     * write and the rename. A file is stale when the process that made it (its name says which) no longer runs and it
     * is over a minute old, or when it is over a day old (its writer may be on another machine sharing the folder).
     *
     * @param targetName only temporary files for this name; null: for any name
     */
    public static void removeStale(Path folder, String targetName) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : files) {
                try {
                    if (stale(p, targetName)) Files.deleteIfExists(p);
                } catch (IOException e) {
                    // another run removed it, or it cannot be removed: neither stops this one
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // no folder yet, or one that cannot be listed: nothing to clean
        }
    }

    private static boolean stale(Path p, String targetName) throws IOException {
        String name = p.getFileName().toString();
        Matcher m = TEMP_NAME.matcher(name);
        if (!m.matches() || (targetName != null && !m.group(1).equals(targetName))) return false;
        Duration age = Duration.between(Files.getLastModifiedTime(p).toInstant(), Instant.now());
        if (age.compareTo(STALE_AFTER) > 0) return true;
        if (m.group(2) == null || age.compareTo(ORPHAN_AFTER) <= 0) return false;
        long pid = Long.parseLong(m.group(2));
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** A new empty file beside the target, created without explicit permissions so that the umask applies. */
    private static Path createTemp(Path target) throws IOException {
        while (true) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + PID + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static PosixFileAttributes posixAttributes(Path target) throws IOException {
        try {
            return Files.readAttributes(target, PosixFileAttributes.class);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static Set<PosixFilePermission> withOwnerWrite(Set<PosixFilePermission> permissions) {
        Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_WRITE);
        p.addAll(permissions);
        return p;
    }

    /** Gives the new file the permissions (and, where allowed, the owner and group) of the file it replaces. */
    private static void keepAttributes(PosixFileAttributes old, Path tmp) throws IOException {
        PosixFileAttributes now = Files.readAttributes(tmp, PosixFileAttributes.class);
        try {
            if (!now.group().equals(old.group())) {
                Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) Files.setOwner(tmp, old.owner());
        } catch (IOException e) {
            // only privileged users may give a file away; the permissions are what matters
        }
        Files.setPosixFilePermissions(tmp, old.permissions());
    }
}
