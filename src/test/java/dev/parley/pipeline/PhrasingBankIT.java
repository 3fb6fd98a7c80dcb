package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parley.SharedEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.merge.EventParticipant;
import dev.parley.output.OutputFormat;
import dev.parley.output.ReportWriter;
import dev.parley.output.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phrasing bank (src/test/resources/phrasings, written from a coverage grid by a helper who never saw the
 * rules), run as one corpus of one document per passage and scored per passage as scripts/phrasings.py does. It
 * prints the table per class, for the whole bank and for the 30 % held back (chosen by a hash of the text), and
 * writes it to target/phrasings-report.md. Asserted: the not-events give no event at all, and the floors
 * (recall >= 0.9, precision >= 0.95) on the whole bank and on the part held back, timelines.yaml aside.
 */
class PhrasingBankIT {
    private static final Path BANK = Path.of("src/test/resources/phrasings");
    private static final List<JsonNode> ENTRIES = new ArrayList<>();
    private static final Map<String, String> CLASS_OF = new LinkedHashMap<>();
    private static Map<String, List<DiplomaticEvent>> byDoc;
    private static Report report;

    @BeforeAll
    static void run() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> s = Files.list(BANK)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            String cls = f.getFileName().toString().replace(".yaml", "");
            for (JsonNode e : yaml.readTree(f.toFile())) {
                ENTRIES.add(e);
                CLASS_OF.put(e.get("id").asText(), cls);
                articles.add(new Article(e.get("id").asText() + ".txt", e.get("id").asText(), e.get("text").asText().strip(),
                        LocalDate.parse(e.get("published").asText()), "frontmatter", Map.of()));
            }
        }
        report = new Parley(SharedEngine::get, 2).run(new Corpus(articles, List.of()), Parley.Progress.NONE);
        byDoc = new TreeMap<>();
        for (DiplomaticEvent ev : report.events()) {
            Set<String> docs = new HashSet<>();
            for (EventMention m : ev.mentions()) docs.add(m.document());
            for (String d : docs) byDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(ev);
        }
        String table = table(false) + "\nHeld back (30 %):\n\n" + table(true);
        System.out.println("== phrasing bank ==\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/phrasings-report.md"), table, StandardCharsets.UTF_8);
    }

    static boolean heldOut(JsonNode e) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(e.get("text").asText().strip().getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xFF) < 77;
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('-', ' ');
    }

    private static boolean samePerson(String gold, String sys) {
        String[] g = fold(gold).split("\\s+");
        String[] s = fold(sys).split("\\s+");
        List<String> sl = List.of(s);
        return sl.contains(g[g.length - 1]) || List.of(g).contains(s[s.length - 1]) || g[0].equals(s[0]) && s.length == 1;
    }

    private static boolean compatible(String a, String b) {
        return a.equals(b) || Set.of(a, b).equals(Set.of("meeting", "summit"));
    }

    /** An expected {@code ongoing} is also met by {@code occurred}: an event begun by its latest report has taken place. */
    static boolean statusMet(String want, String got) {
        return got.equals(want) || want.equals("ongoing") && got.equals("occurred");
    }

    /** Counts for one class: expected, found, system, matched system events, and right statuses. */
    private static final class Row {
        int expected;
        int found;
        int system;
        int matched;
        int status;
    }

    private static Map<String, Row> score(boolean heldOnly) {
        Map<String, Row> rows = new TreeMap<>();
        for (JsonNode e : ENTRIES) {
            if (heldOnly && !heldOut(e)) continue;
            String id = e.get("id").asText();
            Row r = rows.computeIfAbsent(CLASS_OF.get(id), k -> new Row());
            List<DiplomaticEvent> system = byDoc.getOrDefault(id + ".txt", List.of());
            r.expected += e.get("events").size();
            r.system += system.size();
            Set<Integer> taken = new HashSet<>();
            for (JsonNode g : e.get("events")) {
                List<String> names = new ArrayList<>();
                if (g.has("participants") && g.get("participants").isArray()) for (JsonNode p : g.get("participants")) names.add(p.get("name").asText());
                for (int i = 0; i < system.size(); i++) {
                    DiplomaticEvent s = system.get(i);
                    if (taken.contains(i) || !compatible(g.get("type").asText(), s.type().json())) continue;
                    boolean named = false;
                    for (String n : names) for (EventParticipant p : s.participants()) named |= samePerson(n, p.person().name());
                    if (names.isEmpty() ? !s.type().json().equals("summit") : !named) continue;
                    taken.add(i);
                    r.found++;
                    if (statusMet(g.get("status").asText(), s.status().json())) r.status++;
                    break;
                }
            }
            r.matched += taken.size();
        }
        return rows;
    }

    /** The counts of all classes together. */
    private static Row total(Map<String, Row> rows) {
        Row all = new Row();
        for (Row r : rows.values()) {
            all.expected += r.expected;
            all.found += r.found;
            all.system += r.system;
            all.matched += r.matched;
            all.status += r.status;
        }
        return all;
    }

    private static String table(boolean heldOnly) {
        Map<String, Row> rows = score(heldOnly);
        StringBuilder sb = new StringBuilder("| class | expected | recall | precision | status right |\n| --- | --- | --- | --- | --- |\n");
        Map<String, Row> withAll = new LinkedHashMap<>(rows);
        withAll.put("all", total(rows));
        for (Map.Entry<String, Row> e : withAll.entrySet()) {
            Row r = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.2f |%n", e.getKey(), r.expected,
                    r.expected == 0 ? 1.0 : (double) r.found / r.expected, r.system == 0 ? 1.0 : (double) r.matched / r.system,
                    r.found == 0 ? 0.0 : (double) r.status / r.found));
        }
        return sb.toString();
    }

    @Test
    void theBankIsWholeAndItsHeldBackPartIsAboutThirtyPerCent() {
        assertTrue(ENTRIES.size() >= 250, "at least 250 passages: " + ENTRIES.size());
        assertEquals(ENTRIES.size(), CLASS_OF.size(), "passage ids are unique");
        long held = ENTRIES.stream().filter(PhrasingBankIT::heldOut).count();
        assertTrue(held > ENTRIES.size() / 5 && held < ENTRIES.size() * 2 / 5, "held back: " + held + " of " + ENTRIES.size());
    }

    /**
     * Classes outside the floors: timelines.yaml, written later (issue 14) to measure how an event's dates and span are
     * read from every form news gives them, is a measure of work still open, reported in the table, not a floor.
     */
    static final Set<String> UNFLOORED = Set.of("timelines");

    /**
     * The fixed floors, on the whole bank and on the part held back: recall >= 0.9, precision >= 0.95 (over the
     * classes the floors were set on, all but {@link #UNFLOORED}).
     */
    @Test
    void theBankMeetsItsFloors() {
        for (boolean heldOnly : new boolean[] {false, true}) {
            Map<String, Row> floored = new LinkedHashMap<>(score(heldOnly));
            floored.keySet().removeAll(UNFLOORED);
            Row all = total(floored);
            String part = heldOnly ? "held back" : "whole bank";
            double recall = (double) all.found / all.expected;
            double precision = (double) all.matched / all.system;
            assertTrue(recall >= 0.9, String.format(Locale.ROOT, "%s: recall %.3f below 0.9", part, recall));
            assertTrue(precision >= 0.95, String.format(Locale.ROOT, "%s: precision %.3f below 0.95", part, precision));
        }
    }

    @Test
    void notEventsGiveNoEvent() {
        List<String> found = new ArrayList<>();
        for (JsonNode e : ENTRIES) {
            String id = e.get("id").asText();
            if (!e.get("events").isEmpty()) continue;
            for (DiplomaticEvent ev : byDoc.getOrDefault(id + ".txt", List.of())) found.add(id + ": " + ev.label());
        }
        assertTrue(found.isEmpty(), () -> "events from passages that report none:\n  " + String.join("\n  ", found));
    }

    @Test
    void theBanksOutputValidatesAgainstTheSchema() {
        String json = new ReportWriter().render(report, OutputFormat.JSON);
        assertEquals(Set.of(), Schemas.errors(json));
    }
}
