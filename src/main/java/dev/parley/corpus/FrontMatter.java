package dev.parley.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A front-matter block at the head of a text file: a line "---", then "key: value" lines (split at the
 * first ": ", values unquoted), then "---". The block is metadata, not article text.
 *
 * @param fields   the keys and values, in file order
 * @param body     the text after the block (the whole input when there is no block)
 * @param problems why a block that was begun could not be read (the whole input is then the body), as sentences
 */
public record FrontMatter(Map<String, String> fields, String body, List<String> problems) {
    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }

    public FrontMatter(Map<String, String> fields, String body) {
        this(fields, body, List.of());
    }

    /** Splits {@code raw} into front matter and body; a file without a well-formed block is all body. */
    public static FrontMatter parse(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (!(s.startsWith("---\n") || s.startsWith("---\r\n"))) return new FrontMatter(Map.of(), s);
        int pos = s.indexOf('\n') + 1;
        int lineNumber = 1;
        Map<String, String> fields = new LinkedHashMap<>();
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int lineEnd = nl < 0 ? s.length() : nl;
            String line = s.substring(pos, lineEnd);
            lineNumber++;
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            int next = nl < 0 ? s.length() : nl + 1;
            if (line.strip().equals("---")) {
                return new FrontMatter(fields, s.substring(next));
            }
            if (!line.isBlank()) {
                int colon = line.indexOf(": ");
                String key;
                String value;
                if (colon < 0 && line.endsWith(":")) {
                    key = line.substring(0, line.length() - 1);
                    value = "";
                } else if (colon < 0) {
                    return new FrontMatter(Map.of(), s, List.of("the front matter's line " + lineNumber
                            + " is not 'key: value', so the block was read as article text"));
                } else {
                    key = line.substring(0, colon);
                    value = line.substring(colon + 2);
                }
                fields.put(key.strip(), unquote(value.strip()));
            }
            pos = next;
        }
        return new FrontMatter(Map.of(), s, List.of("the front matter begun by '---' on line 1 is never closed by a"
                + " second '---', so the block was read as article text"));
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
