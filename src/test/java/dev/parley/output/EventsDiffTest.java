package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.corpus.ParleyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The --check summary: events added, removed and changed, by label and field. */
class EventsDiffTest {
    private final String json = new ReportWriter().toJson(SampleReports.report());

    @Test
    void sameDataGivesNoLines() {
        assertEquals(List.of(), EventsDiff.summary(EventsDiff.parse(json, "a"), EventsDiff.parse(json, "b")));
    }

    @Test
    void sameIdWithNewDateAndParticipantsIsChangedNotAddedAndRemoved() {
        String changed = json.replace("\"end\": \"2021-03-23\"", "\"end\": \"2021-03-24\"")
                .replace("\"name\": \"Wang Yi\",\n          \"person\": \"p-wang-yi\",\n          \"country\": \"CHN\",\n          \"role\": \"host\"",
                        "\"name\": \"Qin Gang\",\n          \"person\": \"p-qin-gang\",\n          \"country\": \"CHN\",\n          \"role\": \"host\"");
        List<String> lines = EventsDiff.summary(EventsDiff.parse(json, "old"), EventsDiff.parse(changed, "new"));
        assertEquals("events: 0 added, 0 removed, 1 changed (2 → 2)", lines.get(0), lines::toString);
        assertTrue(lines.get(1).startsWith("  ~ Lavrov visits China, 22–23 March 2021 [ev-0123456789abcdef]: "), lines::toString);
        assertTrue(lines.get(1).contains("participants +Qin Gang (host), -Wang Yi (host)"), lines::toString);
        assertTrue(lines.get(1).contains("date 2021-03-22..2021-03-23 → 2021-03-22..2021-03-24"), lines::toString);
    }

    @Test
    void mentionFieldChangesAreCounted() {
        String changed = json.replace("\"trigger\": \"met\",\n          \"status\": \"occurred\"",
                "\"trigger\": \"met\",\n          \"status\": \"planned\"");
        List<String> lines = EventsDiff.summary(EventsDiff.parse(json, "old"), EventsDiff.parse(changed, "new"));
        assertTrue(lines.get(1).endsWith("]: mentions (2): status in 1 changed"), lines::toString);
    }

    @Test
    void newIdIsAddedAndMissingIdRemoved() {
        String other = json.replace("ev-fedcba9876543210", "ev-1111111111111111");
        List<String> lines = EventsDiff.summary(EventsDiff.parse(json, "old"), EventsDiff.parse(other, "new"));
        assertEquals(List.of("events: 1 added, 1 removed, 0 changed (2 → 2)",
                "  + Wang Yi meets \"Jane\" Doe, again [ev-1111111111111111]",
                "  - Wang Yi meets \"Jane\" Doe, again [ev-fedcba9876543210]"), lines);
    }

    @Test
    void otherSectionsAreSummarisedInOneLineEach() {
        String other = json.replace("\"title\": \"Second\"", "\"title\": \"Zweite\"");
        assertEquals(List.of("documents: 0 added, 0 removed, 1 changed"),
                EventsDiff.summary(EventsDiff.parse(json, "old"), EventsDiff.parse(other, "new")));
    }

    @Test
    void textThatIsNotParleyOutputIsRefusedWithItsName() {
        var e = assertThrows(ParleyException.class, () -> EventsDiff.parse("{\"events\": []}", "x.json"));
        assertTrue(e.getMessage().startsWith("'x.json' is not parley output"), e.getMessage());
        var e2 = assertThrows(ParleyException.class, () -> EventsDiff.parse("# README\n", "README.md"));
        assertTrue(e2.getMessage().contains("not JSON"), e2.getMessage());
        JsonNode ok = EventsDiff.parse(json, "ok");
        assertEquals("parley-events/1", ok.path("format").asText());
    }
}
