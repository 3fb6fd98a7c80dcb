package dev.parley.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run will read, listed before anything is read: every file under the path arguments with its document id.
 * An id depends only on its own argument and path, so adding an argument never renames another's documents; the
 * same file given twice is read once, and two files that would share an id are refused, naming both.
 *
 * @param inputs   the files to read, in argument order; an input without a path is standard input
 * @param problems entries of folders that could not be walked
 * @param ignored  files passed over by the walk (ignore rules, not regular files)
 */
record InputPlan(List<Input> inputs, List<Skipped> problems, int ignored) {
    /**
     * A file to read with its id, from the argument at index {@code arg}; no path: standard input. {@code named}: the
     * argument is this file itself, not a folder it was found in, so a file parley cannot read is a problem to
     * report rather than one to pass over.
     */
    record Input(int arg, Path path, String id, Object key, boolean named) {
    }

    InputPlan {
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
    }

    /** @throws ParleyException when a path does not exist or two files would get one id */
    static InputPlan of(List<Path> roots) {
        List<Input> plan = new ArrayList<>();
        List<Skipped> problems = new ArrayList<>();
        int ignored = 0;
        Map<String, Input> byId = new HashMap<>();
        Map<Object, Input> byFile = new HashMap<>();
        Set<Object> argsSeen = new HashSet<>();
        for (int arg = 0; arg < roots.size(); arg++) {
            Path root = roots.get(arg);
            boolean stdin = root.toString().equals(CorpusReader.STDIN);
            if (!stdin && !Files.exists(root)) {
                String link = FolderWalker.linkProblem(root);
                throw new ParleyException("cannot read '" + root + "': " + (link != null ? link : "no such file or folder"
                        + FileNames.localeHint(root.toString())));
            }
            if (!argsSeen.add(stdin ? CorpusReader.STDIN : fileKey(root))) continue; // the same folder or file again
            if (stdin) {
                plan.add(new Input(arg, null, "stdin", CorpusReader.STDIN, true));
                continue;
            }
            List<FolderWalker.Found> found;
            boolean named = false;
            if (Files.isDirectory(root)) {
                FolderWalker.Listing listing = FolderWalker.walk(root);
                problems.addAll(listing.problems());
                ignored += listing.ignored();
                found = listing.files();
            } else if (!Files.isRegularFile(root)) { // reading a FIFO blocks; /dev/zero never ends
                throw new ParleyException("cannot read '" + root + "': not a regular file but a pipe, device or socket;"
                        + " give files or folders, or '-' to read JSONL from standard input");
            } else {
                found = List.of(new FolderWalker.Found(root, FileNames.name(root), fileKey(root)));
                named = true;
            }
            for (FolderWalker.Found f : found) {
                Input in = new Input(arg, f.path(), f.id(), f.key(), named);
                Input sameId = byId.get(in.id());
                if (sameId != null && sameId.key().equals(in.key())) continue; // one file under one id: read once
                if (sameId != null) {
                    throw new ParleyException("two files would get the document id '" + in.id() + "': '" + sameId.path()
                            + "' and '" + in.path() + "'; give a folder that holds both, or read them in separate runs");
                }
                Input sameFile = byFile.get(in.key());
                if (sameFile != null && sameFile.arg() != arg) {
                    Path first = roots.get(sameFile.arg());
                    throw new ParleyException("'" + in.path() + "' would be read twice, as '" + sameFile.id() + "' from '"
                            + first + "' and as '" + in.id() + "' from '" + root + "'; give only one of '" + first
                            + "' and '" + root + "'");
                }
                byId.put(in.id(), in);
                byFile.putIfAbsent(in.key(), in);
                plan.add(in);
            }
        }
        return new InputPlan(plan, problems, ignored);
    }

    private static Object fileKey(Path p) {
        try {
            return FolderWalker.key(p, Files.readAttributes(p, BasicFileAttributes.class));
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
