package dev.parley.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.corpus.ParleyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two parley-events JSON texts for a reviewer: events added, removed and changed (same id, fields differ),
 * by label and field, then the other sections in one line each. Not a JSON diff: what changed, not where.
 */
public final class EventsDiff {
    /** At most this many events are listed per kind; the rest are counted. */
    static final int MAX_LISTED = 15;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> EVENT_FIELDS = List.of("type", "label", "status", "participants", "countries",
            "location", "date", "confidence", "codes", "mentions");

    private EventsDiff() {
    }

    /**
     * Reads parley output, or explains in one line why the text is not parley output.
     *
     * @param name how to call the text in the message (its path)
     */
    public static JsonNode parse(String json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ParleyException("'" + name + "' is not parley output: not JSON (line "
                    + e.getLocation().getLineNr() + "); give the events file that 'parley extract ... -o FILE' wrote");
        }
        if (root == null || !root.isObject() || !root.path("format").asText("").startsWith("parley-events/")
                || !root.path("events").isArray()) {
            throw new ParleyException("'" + name + "' is not parley output: no \"format\": \"parley-events/…\" with "
                    + "\"events\"; give the events file that 'parley extract ... -o FILE' wrote");
        }
        return root;
    }

    /** Lines summarising how {@code current} differs from {@code previous}; empty when they hold the same data. */
    public static List<String> summary(JsonNode previous, JsonNode current) {
        List<String> lines = new ArrayList<>();
        if (!previous.path("format").equals(current.path("format"))) {
            lines.add("format: " + previous.path("format").asText() + " → " + current.path("format").asText());
        }
        Map<String, JsonNode> before = byId(previous.path("events"));
        Map<String, JsonNode> after = byId(current.path("events"));
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode old = before.get(e.getKey());
            if (old == null) added.add("  + " + e.getValue().path("label").asText() + " [" + e.getKey() + "]");
            else if (!old.equals(e.getValue())) changed.add("  ~ " + old.path("label").asText() + " [" + e.getKey() + "]: "
                    + String.join("; ", fieldChanges(old, e.getValue())));
        }
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) removed.add("  - " + e.getValue().path("label").asText() + " [" + e.getKey() + "]");
        }
        if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
            lines.add("events: " + added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed"
                    + " (" + before.size() + " → " + after.size() + ")");
            listed(lines, added);
            listed(lines, removed);
            listed(lines, changed);
        } else if (!previous.path("events").equals(current.path("events"))) {
            lines.add("events: same events in a different order");
        }
        for (String section : List.of("documents", "people", "countries", "skipped")) {
            String s = section(section, previous.path(section), current.path(section));
            if (s != null) lines.add(s);
        }
        TreeSet<String> otherKeys = new TreeSet<>();
        previous.fieldNames().forEachRemaining(otherKeys::add);
        current.fieldNames().forEachRemaining(otherKeys::add);
        otherKeys.removeAll(List.of("format", "events", "documents", "people", "countries", "skipped"));
        for (String k : otherKeys) {
            if (!previous.path(k).equals(current.path(k))) lines.add(k + ": changed");
        }
        return lines;
    }

    private static void listed(List<String> lines, List<String> items) {
        for (int i = 0; i < items.size() && i < MAX_LISTED; i++) lines.add(items.get(i));
        if (items.size() > MAX_LISTED) lines.add("    ... and " + (items.size() - MAX_LISTED) + " more");
    }

    static List<String> fieldChanges(JsonNode old, JsonNode now) {
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        List<String> ordered = new ArrayList<>(EVENT_FIELDS);
        for (String k : keys) if (!ordered.contains(k) && !k.equals("id")) ordered.add(k);
        for (String f : ordered) {
            JsonNode a = old.path(f);
            JsonNode b = now.path(f);
            if (a.equals(b)) continue;
            switch (f) {
                case "participants":
                    out.add("participants " + setChange(names(a), names(b)));
                    break;
                case "countries":
                    out.add("countries " + setChange(texts(a), texts(b)));
                    break;
                case "mentions":
                    out.add(a.size() == b.size() ? mentionChanges(a, b) : "mentions " + a.size() + " → " + b.size());
                    break;
                case "date":
                    out.add("date " + date(a) + " → " + date(b));
                    break;
                case "location":
                    out.add("location " + location(a) + " → " + location(b));
                    break;
                default:
                    out.add(f + " " + scalar(a) + " → " + scalar(b));
            }
        }
        return out;
    }

    /** Mentions in the same number: which of their fields changed, in how many of them. */
    private static String mentionChanges(JsonNode a, JsonNode b) {
        Map<String, Integer> fields = new java.util.TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            TreeSet<String> keys = new TreeSet<>();
            a.get(i).fieldNames().forEachRemaining(keys::add);
            b.get(i).fieldNames().forEachRemaining(keys::add);
            for (String k : keys) if (!a.get(i).path(k).equals(b.get(i).path(k))) fields.merge(k, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> f : fields.entrySet()) parts.add(f.getKey() + " in " + f.getValue());
        return "mentions (" + b.size() + "): " + (parts.isEmpty() ? "reordered" : String.join(", ", parts) + " changed");
    }

    private static String section(String name, JsonNode a, JsonNode b) {
        if (a.equals(b)) return null;
        Map<String, JsonNode> before = byKey(a);
        Map<String, JsonNode> after = byKey(b);
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode old = before.get(e.getKey());
            if (old == null) added++;
            else if (!old.equals(e.getValue())) changed++;
        }
        for (String k : before.keySet()) if (!after.containsKey(k)) removed++;
        if (added + removed + changed == 0) return name + ": same entries in a different order";
        return name + ": " + added + " added, " + removed + " removed, " + changed + " changed";
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : array) {
            String id = n.path("id").asText("");
            m.put(id.isEmpty() ? "#" + i : id, n);
            i++;
        }
        return m;
    }

    /** Entries keyed by their identifying field: id, code or document. */
    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : array) {
            String key = n.path("id").asText(n.path("code").asText(n.path("document").asText("")));
            m.put(key.isEmpty() ? "#" + i : key, n);
            i++;
        }
        return m;
    }

    private static TreeSet<String> names(JsonNode participants) {
        TreeSet<String> s = new TreeSet<>();
        for (JsonNode p : participants) {
            s.add(p.path("name").asText() + (p.path("role").isMissingNode() ? "" : " (" + p.path("role").asText() + ")"));
        }
        return s;
    }

    private static TreeSet<String> texts(JsonNode array) {
        TreeSet<String> s = new TreeSet<>();
        for (JsonNode n : array) s.add(n.asText());
        return s;
    }

    private static String setChange(TreeSet<String> a, TreeSet<String> b) {
        List<String> parts = new ArrayList<>();
        for (String x : b) if (!a.contains(x)) parts.add("+" + x);
        for (String x : a) if (!b.contains(x)) parts.add("-" + x);
        return parts.isEmpty() ? "reordered or details changed" : String.join(", ", parts);
    }

    private static String date(JsonNode d) {
        if (d == null || d.isNull() || d.isMissingNode()) return "none";
        String start = d.path("start").asText("?");
        String end = d.path("end").asText("?");
        String s = Objects.equals(start, end) ? start : start + ".." + end;
        return d.path("approximate").asBoolean(false) ? "~" + s : s;
    }

    private static String location(JsonNode l) {
        if (l == null || l.isNull() || l.isMissingNode()) return "none";
        return l.path("place").asText("?") + "/" + l.path("country").asText("?");
    }

    private static String scalar(JsonNode n) {
        if (n.isMissingNode()) return "(absent)";
        if (n.isNull()) return "null";
        if (n.isValueNode()) return n.asText();
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
