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
    private static final YAMLFactory YAML = new YAMLFactory();

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
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = YAML.createParser(block)) {
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
