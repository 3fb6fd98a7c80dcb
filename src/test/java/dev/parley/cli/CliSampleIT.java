package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.SharedEngine;
import dev.parley.output.Schemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line on the sample corpus with the real models: every format, and the JSON against the schema. */
class CliSampleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CliRun json;
    private static JsonNode root;

    @BeforeAll
    static void run() throws Exception {
        json = CliRun.run(SharedEngine::get, false, "extract", "corpus/articles");
        root = JSON.readTree(json.out());
    }

    @Test
    void stdoutIsOnlyTheJsonAndValidatesAgainstTheSchema() {
        assertEquals(ExitCodes.OK, json.code(), json.err());
        assertTrue(json.out().startsWith("{\n  \"format\": \"parley-events/1\""));
        assertEquals(List.of(), List.copyOf(Schemas.errors(json.out())));
        assertTrue(root.get("events").size() > 0);
        for (JsonNode e : root.get("events")) assertTrue(e.path("codes").path("cameo").isArray(), "codes on " + e.path("id"));
        assertFalse(json.err().contains("annotated"), "no progress when stderr is not a terminal: " + json.err());
    }

    @Test
    void jsonlHasOneLinePerEvent() throws Exception {
        CliRun r = CliRun.run(SharedEngine::get, false, "extract", "corpus/articles", "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(root.get("events").size(), lines.size());
        for (int i = 0; i < lines.size(); i++) assertEquals(root.get("events").get(i), JSON.readTree(lines.get(i)));
    }

    @Test
    void csvHasOneRowPerEvent() throws Exception {
        CliRun r = CliRun.run(SharedEngine::get, false, "extract", "corpus/articles", "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.out());
        List<Map<String, String>> rows = it.readAll();
        assertEquals(root.get("events").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = root.get("events").get(i);
            assertEquals(e.get("id").asText(), rows.get(i).get("id"));
            assertEquals(e.get("label").asText(), rows.get(i).get("label"));
        }
    }

    @Test
    void dyadsHaveOneRowPerCameoPairOfEachEvent() throws Exception {
        CliRun r = CliRun.run(SharedEngine::get, false, "extract", "corpus/articles", "--format", "dyads");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.out());
        List<Map<String, String>> rows = it.readAll();
        int i = 0;
        for (JsonNode e : root.get("events")) {
            for (JsonNode c : e.get("codes").get("cameo")) {
                assertEquals(e.get("id").asText(), rows.get(i).get("event_id"));
                assertEquals(c.get("code").asText(), rows.get(i).get("cameo"));
                i++;
            }
        }
        assertEquals(i, rows.size());
        assertTrue(i > 0, "the sample corpus has dyads");
    }

    @Test
    void explainSaysPerSentenceWhichRulesFiredAndWhatBecameOfEachTrigger() throws Exception {
        CliRun r = CliRun.run(SharedEngine::get, false, "extract", "corpus/articles", "--explain");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(json.out(), r.out(), "--explain changes nothing on stdout");
        assertTrue(r.err().contains(" sentence "), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("  \"[Vv]isit\" \\[visit-(noun|verb).*\\] candidate: visit .*")), r.err());
        assertTrue(r.err().contains("    -> event ev-"), "a candidate that made an event names it");
        assertTrue(r.err().contains("    -> no event: "), "a candidate that made none says why");
        assertFalse(json.err().contains("-> event"), "no explanation without --explain");
    }
}
