package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated files the report is measured on are real parley-events/1 files of the size asked for. */
class LargeReportsTest {
    @Test
    void aGeneratedFileValidatesAndHasTheSizeAskedFor() throws Exception {
        String json = LargeReports.json(300, 500, 7);
        assertEquals(List.of(), List.copyOf(Schemas.errors(json)));
        ReportData.Page page = ReportData.of(new ObjectMapper().readTree(json), "generated.json");
        assertEquals(300, page.summary().events());
        assertEquals(500, page.people().size(), "participants are all among the people, none added");
        assertTrue(page.summary().undated() > 0, "some events are undated");
        assertTrue(page.summary().byStatus().keySet().containsAll(ReportData.STATUSES), page.summary().byStatus().toString());
        int busiest = page.people().stream().mapToInt(ReportData.PersonRow::events).max().orElse(0);
        assertTrue(busiest >= 10, "a few people meet often: " + busiest);
        assertEquals(json, LargeReports.json(300, 500, 7), "the same arguments give the same file");
        assertNotEquals(json, LargeReports.json(300, 500, 8));
    }

    @Test
    void twentyThousandPeopleHaveDistinctIds() throws Exception {
        var root = new ObjectMapper().readTree(LargeReports.json(10, 20_000, 1));
        java.util.Set<String> ids = new java.util.HashSet<>();
        root.get("people").forEach(p -> ids.add(p.get("id").asText()));
        assertEquals(20_000, ids.size());
    }
}
