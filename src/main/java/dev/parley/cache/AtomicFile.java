package dev.parley.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
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
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes a file so that readers see the old content or the whole new content, never half of it: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target. A replaced file keeps its permissions;
 * a new one gets the mode the user's umask gives new files. Used for cache entries and for -o.
 */
public final class AtomicFile {
    private static final Random RANDOM = new SecureRandom();

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

    /** A new empty file beside the target, created without explicit permissions so that the umask applies. */
    private static Path createTemp(Path target) throws IOException {
        while (true) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
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
