package dev.parley.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the rule files under dev/parley/rules: the word lists (lexicon.yaml), the trigger rules
 * (triggers.yaml) and the destination frames (destinations.yaml). Any problem is a {@link RuleFileException}
 * naming the file, the line and what is wrong; nothing is guessed.
 */
final class RuleFiles {
    static final String DIR = "/dev/parley/rules/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleFiles() {
    }

    /** An object of a rule file with the line it starts on. */
    record Located(int line, JsonNode node) {
    }

    private static volatile RuleSet standard;
    private static volatile Map<String, Set<String>> standardLists;

    /**
     * The bundled rule files, loaded and validated once; a broken file throws its {@link RuleFileException} on every
     * call. Read on every token, so the loaded set is read without a lock.
     */
    static RuleSet standard() {
        RuleSet rules = standard;
        if (rules != null) return rules;
        synchronized (RuleFiles.class) {
            if (standard == null) standard = load(standardLists(), resource("triggers.yaml"), resource("destinations.yaml"));
            return standard;
        }
    }

    /**
     * The bundled word lists (lexicon.yaml) alone, loaded and validated once: all that the merger reads of the rule
     * files ({@link Actors}), so a rerun whose per-document results are all stored never parses the trigger rules.
     * A broken file throws its {@link RuleFileException} on every call.
     */
    static Map<String, Set<String>> standardLists() {
        Map<String, Set<String>> lists = standardLists;
        if (lists != null) return lists;
        synchronized (RuleFiles.class) {
            if (standardLists == null) standardLists = Map.copyOf(lexicon(resource("lexicon.yaml")));
            return standardLists;
        }
    }

    /** The text of a bundled rule file; the name is kept for messages. */
    record Source(String name, String text) {
    }

    static Source resource(String file) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new RuleFileException(file, 0, "not on the class path under " + DIR);
            return new Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    static RuleSet load(Source lexicon, Source triggers, Source destinations) {
        return load(lexicon(lexicon), triggers, destinations);
    }

    private static RuleSet load(Map<String, Set<String>> lists, Source triggers, Source destinations) {
        Map<String, List<Located>> t = sections(triggers, Set.of("never", "rules"));
        List<TriggerRule> never = new ArrayList<>();
        for (Located l : t.getOrDefault("never", List.of())) never.add(TriggerRule.parse(triggers.name(), l, lists, false));
        List<TriggerRule> rules = new ArrayList<>();
        for (Located l : t.getOrDefault("rules", List.of())) rules.add(TriggerRule.parse(triggers.name(), l, lists, true));
        if (rules.isEmpty()) throw new RuleFileException(triggers.name(), 0, "no trigger rules under 'rules:'");
        List<DestinationFrame> frames = new ArrayList<>();
        for (Located l : sections(destinations, Set.of("frames")).getOrDefault("frames", List.of())) {
            frames.add(DestinationFrame.parse(destinations.name(), l, lists));
        }
        uniqueNames(triggers.name(), never, rules, frames);
        return new RuleSet(lists, never, rules, frames);
    }

    private static void uniqueNames(String file, List<TriggerRule> never, List<TriggerRule> rules, List<DestinationFrame> frames) {
        Set<String> seen = new LinkedHashSet<>();
        for (TriggerRule r : never) if (!seen.add(r.name())) throw new RuleFileException(file, r.line(), "rule name '" + r.name() + "' is used twice");
        for (TriggerRule r : rules) if (!seen.add(r.name())) throw new RuleFileException(file, r.line(), "rule name '" + r.name() + "' is used twice");
        for (DestinationFrame f : frames) if (!seen.add(f.name())) throw new RuleFileException(file, f.line(), "rule name '" + f.name() + "' is used twice");
    }

    /** lexicon.yaml: NAME: {purpose, words}; names in capitals, words non-empty strings. */
    static Map<String, Set<String>> lexicon(Source src) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Located> e : topLevel(src).entrySet()) {
            String name = e.getKey();
            Located l = e.getValue();
            if (!name.matches("[A-Z][A-Z0-9_]*")) throw new RuleFileException(src.name(), l.line(), "list name '" + name + "' must be in capitals (A-Z, 0-9, _)");
            JsonNode n = l.node();
            if (!n.isObject()) throw new RuleFileException(src.name(), l.line(), "list " + name + " must have 'purpose' and 'words'");
            allowOnly(src.name(), l, Set.of("purpose", "words"));
            text(src.name(), l, "purpose");
            JsonNode words = n.get("words");
            if (words == null || !words.isArray() || words.isEmpty()) {
                throw new RuleFileException(src.name(), l.line(), "list " + name + " needs a non-empty 'words' list");
            }
            Set<String> set = new LinkedHashSet<>();
            for (JsonNode w : words) {
                if (!w.isTextual() || w.asText().isBlank()) throw new RuleFileException(src.name(), l.line(), "list " + name + " has an empty or non-text word: " + w);
                if (!set.add(w.asText())) throw new RuleFileException(src.name(), l.line(), "list " + name + " has '" + w.asText() + "' twice");
            }
            out.put(name, java.util.Collections.unmodifiableSet(set)); // in the file's order (DAY_ORDINALS counts on it)
        }
        if (out.isEmpty()) throw new RuleFileException(src.name(), 0, "no word lists");
        return out;
    }

    /** The top-level keys of a mapping document, each with the line its value starts on. */
    private static Map<String, Located> topLevel(Source src) {
        Map<String, Located> out = new LinkedHashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(src.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new RuleFileException(src.name(), 1, "expected a mapping of names at the top level");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                if (out.containsKey(key)) throw new RuleFileException(src.name(), line, "'" + key + "' is defined twice");
                out.put(key, new Located(line, YAML.readTree(p)));
            }
        } catch (IOException e) {
            throw yamlError(src.name(), e);
        }
        return out;
    }

    /** Top-level sections that are lists of objects, each object with its line. */
    private static Map<String, List<Located>> sections(Source src, Set<String> allowed) {
        Map<String, List<Located>> out = new LinkedHashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(src.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new RuleFileException(src.name(), 1, "expected the sections " + allowed);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                if (!allowed.contains(key)) throw new RuleFileException(src.name(), keyLine, "unknown section '" + key + "' (expected " + allowed + ")");
                if (p.nextToken() != JsonToken.START_ARRAY) throw new RuleFileException(src.name(), keyLine, "section '" + key + "' must be a list of rules");
                List<Located> items = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentTokenLocation().getLineNr();
                    items.add(new Located(line, YAML.readTree(p)));
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new RuleFileException(src.name(), p.currentTokenLocation().getLineNr(), "each entry of '" + key + "' must be a mapping (name:, purpose:, ...)");
                }
                out.put(key, items);
            }
        } catch (IOException e) {
            throw yamlError(src.name(), e);
        }
        return out;
    }

    private static RuleFileException yamlError(String file, IOException e) {
        int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
        String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new RuleFileException(file, line, "not valid YAML: " + msg.lines().findFirst().orElse(msg));
    }

    static void allowOnly(String file, Located l, Set<String> keys) {
        for (Iterator<String> it = l.node().fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) throw new RuleFileException(file, l.line(), "unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(keys)) + ")");
        }
    }

    static String text(String file, Located l, String key) {
        JsonNode v = l.node().get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new RuleFileException(file, l.line(), "'" + key + "' is missing or empty");
        return v.asText();
    }

    /** A list of strings (a single string counts as a list of one); empty when absent. */
    static List<String> strings(String file, Located l, String key) {
        JsonNode v = l.node().get(key);
        if (v == null) return List.of();
        if (v.isTextual()) return List.of(v.asText());
        if (!v.isArray()) throw new RuleFileException(file, l.line(), "'" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual() || x.asText().isBlank()) throw new RuleFileException(file, l.line(), "'" + key + "' has an empty or non-text entry: " + x);
            out.add(x.asText());
        }
        return out;
    }

    /** Words and @LISTS expanded to one set of words. */
    static Set<String> words(String file, Located l, String key, Map<String, Set<String>> lists) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : strings(file, l, key)) {
            if (w.startsWith("@")) {
                Set<String> list = lists.get(w.substring(1));
                if (list == null) throw new RuleFileException(file, l.line(), "unknown word list " + w + " (lists are defined in lexicon.yaml)");
                out.addAll(list);
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
