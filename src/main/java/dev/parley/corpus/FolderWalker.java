package dev.parley.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under a corpus folder, following symbolic links: hidden files and folders are left out, so are
 * paths a {@code .parleyignore} excludes; a link loop or an unreadable folder is reported and the walk goes on.
 */
final class FolderWalker {
    /**
     * A file found, with its id (path relative to the root, '/' separators) and what identifies the file itself
     * (its {@link BasicFileAttributes#fileKey()}, else its real path), so the same file reached twice is known.
     */
    record Found(Path path, String id, Object key) {
    }

    /** The files found, the entries that could not be walked, and how many files ignore rules excluded. */
    record Listing(List<Found> files, List<Skipped> problems, int ignored) {
    }

    private FolderWalker() {
    }

    static Listing walk(Path root) {
        List<Found> files = new ArrayList<>();
        List<Skipped> problems = new ArrayList<>();
        int[] ignored = {0};
        Deque<IgnoreRules> rules = new ArrayDeque<>();
        rules.push(IgnoreRules.NONE);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String id = id(root, dir);
                    if (!id.isEmpty() && (hidden(dir) || rules.peek().ignored(id, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    IgnoreRules here = rules.peek();
                    Path ignoreFile = dir.resolve(IgnoreRules.FILE_NAME);
                    if (Files.isRegularFile(ignoreFile)) {
                        try {
                            here = here.with(id, Files.readAllLines(ignoreFile, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            problems.add(new Skipped(id(root, ignoreFile), "cannot read ignore rules: " + describe(e)));
                        }
                    }
                    rules.push(here);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String id = id(root, file);
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink()) {
                        String link = linkProblem(file);
                        problems.add(new Skipped(id, link != null ? link : "broken symbolic link: its target does not exist"));
                    } else if (rules.peek().ignored(id, false) || !attrs.isRegularFile()) {
                        ignored[0]++;
                    } else {
                        files.add(new Found(file, id, key(file, attrs)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (file.equals(root)) throw new ParleyException("cannot read corpus folder '" + root + "': " + describe(e), e);
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    String id = id(root, file);
                    if (e instanceof FileSystemLoopException) {
                        problems.add(new Skipped(id, "symbolic link loop: it leads back to a folder above it; not followed"));
                    } else {
                        problems.add(new Skipped(id, "cannot read: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    rules.pop();
                    if (e != null) problems.add(new Skipped(id(root, dir), "cannot list folder: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ParleyException("cannot read corpus folder '" + root + "': " + describe(e), e);
        }
        return new Listing(files, problems, ignored[0]);
    }

    /** What identifies a file whatever path leads to it: device and inode where the system has them. */
    static Object key(Path file, BasicFileAttributes attrs) {
        if (attrs.fileKey() != null) return attrs.fileKey();
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    static String id(Path root, Path file) {
        return FileNames.id(root, file);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /**
     * Why a symbolic link leads to no file, or null when {@code link} is no link or leads to one: a loop (a link to
     * itself, or links that lead back to each other) or a target that does not exist, named.
     */
    static String linkProblem(Path link) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        Path written = null; // the last target as the link states it: no absolute path of this machine in the output
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (!seen.add(p) || hops > 40) {
                return hops <= 1 ? "symbolic link loop: the link points to itself; not followed"
                        : "symbolic link loop: its links lead back to one another; not followed";
            }
            Path target;
            try {
                target = Files.readSymbolicLink(p);
            } catch (IOException e) {
                return "cannot read symbolic link: " + describe(e);
            }
            written = target;
            Path parent = p.getParent();
            p = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
        }
        if (p.equals(link.toAbsolutePath().normalize())) return null;
        return Files.exists(p) ? null : "broken symbolic link: its target '" + written + "' does not exist";
    }

    /** A plain description of an I/O failure; Java's messages are often just the path. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
