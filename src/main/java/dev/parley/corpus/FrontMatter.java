package dev.parley.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A front-matter block at the head of a text file: a line "---", then YAML (in practice "key: value" lines), then a
 * line "---". The block is metadata, not article text. Read with Jackson's YAML parser: quoting, escapes and comments
 * are YAML's, scalar values are kept as written ("0012" stays "0012"), a list of scalars becomes one value joined
 * with ", " (as JSON metadata's arrays), and nested mappings are dropped.
 *
 * @param fields   the keys and values, in file order
 * @param body     the text after the block (the whole input when there is no block, or a broken one)
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
        int blockStart = s.indexOf('\n') + 1;
        int pos = blockStart;
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int lineEnd = nl < 0 ? s.length() : nl;
            int next = nl < 0 ? s.length() : nl + 1;
            if (s.substring(pos, lineEnd).strip().equals("---")) {
                try {
                    return new FrontMatter(fields(s.substring(blockStart, pos)), s.substring(next));
                } catch (IOException e) {
                    return new FrontMatter(Map.of(), s, List.of("the front matter is not valid YAML (" + describe(e)
                            + "), so the block was read as article text"));
                }
            }
            pos = next;
        }
        return new FrontMatter(Map.of(), s, List.of("the front matter begun by '---' on line 1 is never closed by a"
                + " second '---', so the block was read as article text"));
    }

    /** The block's top-level fields; an empty block has none. */
    private static Map<String, String> fields(String block) throws IOException {
        Map<String, String> plain = plainFields(block);
        return plain != null ? plain : yamlFields(block);
    }

    /**
     * The fields of a block made only of "key: value" lines whose values are YAML plain scalars that read as
     * written, without the YAML parser (which cost a warm rerun more than all else of reading an article); null
     * for any other block, which {@link #yamlFields} reads. The same fields as it gives for such a block
     * ({@code FrontMatterTest} compares the two): a key of ASCII letters, digits, '_' and '-' at the start of the
     * line, then ':' and a space or the line's end; a value that starts with a letter or digit, has no '#', no ':'
     * before a space or at its end, no character YAML reserves for flow or quoting, and only printable characters.
     * "null" in any of YAML's spellings, or nothing, is the empty value, as YAML reads it.
     */
    static Map<String, String> plainFields(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = 0;
        while (pos < block.length()) {
            int nl = block.indexOf('\n', pos);
            int end = nl < 0 ? block.length() : nl;
            int lineEnd = end > pos && block.charAt(end - 1) == '\r' ? end - 1 : end; // a CRLF file's line
            if (lineEnd > pos && !plainField(block, pos, lineEnd, fields)) return null;
            pos = end + 1;
        }
        return fields;
    }

    /** Adds the field of the line {@code s[from, to)} when it is a plain one, else returns false. */
    private static boolean plainField(String s, int from, int to, Map<String, String> fields) {
        int colon = from;
        while (colon < to && isKeyChar(s.charAt(colon))) colon++;
        if (colon == from || colon == to || s.charAt(colon) != ':' || !isAsciiLetter(s.charAt(from))) return false;
        if (colon + 1 < to && s.charAt(colon + 1) != ' ') return false;
        int v = colon + 1;
        while (v < to && s.charAt(v) == ' ') v++;
        if (v < to && !Character.isLetterOrDigit(s.charAt(v))) return false;
        for (int i = v; i < to; i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == to || s.charAt(i + 1) == ' ')) return false;
            if (c == '#' || c == '"' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\\' || c == '`'
                    || !isPrintable(c)) {
                return false;
            }
        }
        String value = s.substring(v, to).strip();
        if (value.equals("null") || value.equals("Null") || value.equals("NULL")) value = "";
        fields.put(s.substring(from, colon), value);
        return true;
    }

    private static boolean isKeyChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Printable as YAML means it, within one line: no control characters, no surrogates (a pair is left to YAML). */
    private static boolean isPrintable(char c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** The block's top-level fields, read with the YAML parser. */
    static Map<String, String> yamlFields(String block) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = Yaml.FACTORY.createParser(block)) {
            JsonToken t = p.nextToken();
            if (t == null) return fields;
            if (t != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("not 'key: value' fields", p.currentLocation()) { };
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName().strip();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (v.isStructStart()) p.skipChildren();
                        else if (v != JsonToken.VALUE_NULL) items.add(p.getText());
                    }
                    fields.put(key, String.join(", ", items));
                } else if (v == JsonToken.START_OBJECT) {
                    p.skipChildren(); // nested metadata is dropped, as in JSON articles
                } else {
                    fields.put(key, v == JsonToken.VALUE_NULL ? "" : p.getText().strip());
                }
            }
        }
        return fields;
    }

    /** The YAML parser, loaded with its library only when a block needs it. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    /** The YAML parser's complaint and the line of the file it is on (the block starts on the file's line 2). */
    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                // The context ("while scanning a simple key") is the line at fault; the problem mark is where the
                // parser noticed, often the line after it.
                var mark = m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
                return (mark == null ? "" : "line " + (mark.getLine() + 2) + ": ") + m.getProblem().strip();
            }
        }
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        why = why == null ? "unreadable" : why.split("\\R")[0].strip();
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        return at == null || at.getLineNr() < 1 ? why : "line " + (at.getLineNr() + 1) + ": " + why;
    }
}
