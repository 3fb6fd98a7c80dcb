package dev.parley.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads news-please style JSON articles: text from {@code maintext}, {@code text}, {@code body} or
 * {@code content}; the date from {@code date_publish}, {@code published}, {@code date} or {@code datePublished};
 * other scalar fields become metadata.
 */
final class JsonArticles {
    static final List<String> TEXT_KEYS = List.of("maintext", "text", "body", "content");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticles() {
    }

    /**
     * Parses one JSON document.
     *
     * @param lineOffset added to error line numbers (a JSONL line's number minus one); 0 for a whole file
     */
    static Parsed parse(String json, int lineOffset) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
            String why = plainMessage(e.getOriginalMessage(), lineOffset);
            return new Parsed.Bad("malformed JSON" + where + ": " + why);
        }
        if (node == null || node.isMissingNode()) return new Parsed.Bad("empty file");
        if (!node.isObject()) {
            return new Parsed.Bad("JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " where one article object was expected (put many articles in a .jsonl file, one per line)");
        }
        JsonNode format = node.get("format");
        if (format != null && format.isTextual() && format.asText().startsWith("parley-events/")) {
            return new Parsed.NotArticle();
        }
        String text = null;
        String textKey = null;
        for (String k : TEXT_KEYS) {
            JsonNode t = node.get(k);
            if (t != null && t.isTextual() && !t.asText().isBlank()) {
                text = t.asText();
                textKey = k;
                break;
            }
        }
        if (text == null) {
            return new Parsed.Bad("JSON without article text (expected a non-empty field: " + String.join(", ", TEXT_KEYS) + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals(textKey)) continue;
            String v = scalar(e.getValue());
            if (v != null) fields.put(e.getKey(), v);
        }
        String title = fields.getOrDefault("title", "");
        return new Parsed.Doc(title, text, fields, "metadata");
    }

    private static final java.util.regex.Pattern START_MARKER = java.util.regex.Pattern.compile(
            "\\s*\\(start marker at \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

    /**
     * Jackson's message in words a user can act on, whole: its own internals ("[Source: REDACTED ...]") go, and where
     * it names the place an unclosed object or array was opened, that place is kept as a line and column.
     */
    static String plainMessage(String original, int lineOffset) {
        String m = original.split("\\n")[0];
        java.util.regex.Matcher start = START_MARKER.matcher(m);
        if (start.find()) {
            m = m.substring(0, start.start()) + " (opened at line " + (Integer.parseInt(start.group(1)) + lineOffset)
                    + ", column " + start.group(2) + ")" + m.substring(start.end());
        }
        m = m.replaceAll("\\s*\\(?\\[Source:[^\\]]*\\]\\)?", "").strip();
        // Whatever is left must not end inside a phrase ("... (start marker at").
        m = m.replaceAll("\\s*[(\\[]?[^()\\[\\]]*\\bat$", "").strip();
        return m.isEmpty() ? "not valid JSON" : m;
    }

    /** A scalar as text, an array of scalars joined with ", ", else null (nested objects are dropped). */
    private static String scalar(JsonNode v) {
        if (v.isNull()) return null;
        if (v.isValueNode()) return v.asText();
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isValueNode() || x.isNull()) return null;
                parts.add(x.asText());
            }
            return String.join(", ", parts);
        }
        return null;
    }
}
