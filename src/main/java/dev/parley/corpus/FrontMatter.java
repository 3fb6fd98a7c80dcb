package dev.parley.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A front-matter block at the head of a text file: a line "---", then "key: value" lines (split at the
 * first ": ", values unquoted), then "---". The block is metadata, not article text.
 *
 * @param fields the keys and values, in file order
 * @param body   the text after the block (the whole input when there is no block)
 */
public record FrontMatter(Map<String, String> fields, String body) {
    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Splits {@code raw} into front matter and body; a file without a well-formed block is all body. */
    public static FrontMatter parse(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (!(s.startsWith("---\n") || s.startsWith("---\r\n"))) return new FrontMatter(Map.of(), s);
        int pos = s.indexOf('\n') + 1;
        Map<String, String> fields = new LinkedHashMap<>();
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int lineEnd = nl < 0 ? s.length() : nl;
            String line = s.substring(pos, lineEnd);
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
                    return new FrontMatter(Map.of(), s); // not front matter after all
                } else {
                    key = line.substring(0, colon);
                    value = line.substring(colon + 2);
                }
                fields.put(key.strip(), unquote(value.strip()));
            }
            pos = next;
        }
        return new FrontMatter(Map.of(), s); // no closing line: treat everything as text
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
