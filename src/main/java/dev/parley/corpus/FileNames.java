package dev.parley.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as text that does not depend on the locale. Java turns a name's bytes into a String with the locale's
 * character set: under {@code LC_ALL=C} every non-ASCII byte becomes U+FFFD, so {@code café.txt} and {@code cafè.txt}
 * would share an id. Names are read as UTF-8 from their bytes instead, which Java keeps in the path and shows only in
 * its {@code file:} URI, percent-encoded.
 */
public final class FileNames {
    private static final Charset NAMES = names();

    private FileNames() {
    }

    /** The id of {@code file} under {@code root}: its path relative to the root, '/'-separated, in UTF-8. */
    static String id(Path root, Path file) {
        Path relative = root.relativize(file);
        if (NAMES.equals(StandardCharsets.UTF_8)) return relative.toString().replace(java.io.File.separatorChar, '/');
        return utf8(file, relative.getNameCount());
    }

    /** A file's own name, in UTF-8. */
    static String name(Path file) {
        if (NAMES.equals(StandardCharsets.UTF_8)) return file.getFileName().toString();
        return utf8(file, 1);
    }

    /**
     * The last {@code segments} names of {@code file}'s path, decoded from the bytes as UTF-8 (invalid bytes become
     * U+FFFD, as under a UTF-8 locale); '/'-separated.
     */
    static String utf8(Path file, int segments) {
        String raw = file.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1); // toUri marks a folder with a final '/'
        String[] parts = raw.split("/", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = parts.length - segments; i < parts.length; i++) {
            if (sb.length() > 0) sb.append('/');
            sb.append(new String(unescape(parts[i]), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /**
     * What to add to "no such file" for an argument the locale garbled, or "": under a non-UTF-8 locale Java cannot
     * pass non-ASCII arguments on to the file system.
     */
    public static String localeHint(String argument) {
        if (NAMES.equals(StandardCharsets.UTF_8) || argument.indexOf('\uFFFD') < 0) return "";
        return " (this locale's character set, " + NAMES.name() + ", cannot pass non-ASCII names to parley:"
                + " run it with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)";
    }

    private static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c); // toUri escapes every byte outside ASCII
            }
        }
        return out.toByteArray();
    }

    private static Charset names() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
