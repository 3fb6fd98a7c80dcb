package dev.parley.spark;

import dev.parley.corpus.ParleyException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files under the input paths on the driver, through Hadoop's FileSystem (local, HDFS, S3 with the
 * user's configuration), with the CLI's ids: a folder's files get paths relative to it, a single file its name, a
 * glob's matches paths relative to the folder before the first wildcard. Hidden files and folders (a name starting
 * with '.') are left out as the CLI leaves them out. Not honoured: {@code .parleyignore} files and symbolic links.
 */
final class InputFiles {
    /** One file to read: its document id and its fully qualified location. */
    record File(String id, String uri) implements Serializable {
    }

    private InputFiles() {
    }

    static List<File> list(List<String> inputs, Configuration conf) {
        List<File> out = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                if (isGlob(input)) {
                    FileStatus[] matches = fs.globStatus(path);
                    if (matches == null || matches.length == 0) throw new ParleyException("cannot read '" + input + "': nothing matches it");
                    Path base = fs.makeQualified(globBase(path));
                    for (FileStatus m : matches) addAll(fs, m, base, out);
                } else if (!fs.exists(path)) {
                    throw new ParleyException("cannot read '" + input + "': no such file or folder");
                } else {
                    FileStatus st = fs.getFileStatus(path);
                    if (st.isDirectory()) {
                        addAll(fs, st, st.getPath(), out);
                    } else {
                        out.add(new File(st.getPath().getName(), st.getPath().toUri().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input " + inputs, e);
        }
        return out;
    }

    private static void addAll(FileSystem fs, FileStatus st, Path base, List<File> out) throws IOException {
        if (!st.isDirectory()) {
            if (!hidden(base, st.getPath())) out.add(new File(relative(base, st.getPath()), st.getPath().toUri().toString()));
            return;
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(st.getPath(), true);
        while (files.hasNext()) {
            LocatedFileStatus f = files.next();
            if (f.isFile() && !hidden(base, f.getPath())) out.add(new File(relative(base, f.getPath()), f.getPath().toUri().toString()));
        }
    }

    /** Whether any name below the base starts with '.', as the CLI's folder walk skips them. */
    private static boolean hidden(Path base, Path file) {
        for (String part : relative(base, file).split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }

    static String relative(Path base, Path file) {
        URI rel = base.toUri().relativize(file.toUri());
        String id = rel.getPath();
        if (id.equals(file.toUri().getPath())) return file.getName(); // not below the base
        return id;
    }

    private static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static Path globBase(Path glob) {
        Path p = glob;
        while (p.getParent() != null && isGlob(p.toString())) p = p.getParent();
        return p;
    }
}
