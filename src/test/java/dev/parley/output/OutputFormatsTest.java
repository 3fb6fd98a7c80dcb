package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.pipeline.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three output formats on a hand-built report, and the schema on it and on the committed sample output. */
class OutputFormatsTest {
    private final Report report = SampleReports.report();
    private final ReportWriter writer = new ReportWriter();

    @Test
    void jsonValidatesAgainstThePublishedSchema() {
        assertEquals(List.of(), List.copyOf(Schemas.errors(writer.render(report, OutputFormat.JSON))));
    }

    @Test
    void committedSampleOutputValidatesAgainstTheSchema() throws Exception {
        String json = Files.readString(Path.of("corpus/events.json"), StandardCharsets.UTF_8);
        assertEquals(List.of(), List.copyOf(Schemas.errors(json)));
        for (JsonNode e : new ObjectMapper().readTree(json).get("events")) {
            assertTrue(e.path("codes").isObject(), "every event has its codes: " + e.path("id"));
        }
    }

    @Test
    void everyEventCarriesItsCodesInJsonAndJsonl() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode events = m.readTree(writer.render(report, OutputFormat.JSON)).get("events");
        // planned visit, Lavrov (RUS) visitor, Wang Yi (CHN) host, in China: intent to meet, both ways
        assertEquals(m.readTree("{\"cameo\": [{\"source\": \"CHN\", \"target\": \"RUS\", \"code\": \"036\"},"
                + " {\"source\": \"RUS\", \"target\": \"CHN\", \"code\": \"036\"}],"
                + " \"plover\": {\"type\": \"CONSULT\", \"mode\": \"visit\"}}"), events.get(0).get("codes"));
        // meeting of Wang Yi (CHN) and Jane Doe (no country), no place: no pair, no mode
        assertEquals(m.readTree("{\"cameo\": [], \"plover\": {\"type\": \"CONSULT\", \"mode\": null}}"),
                events.get(1).get("codes"));
        String jsonl = writer.render(report, OutputFormat.JSONL);
        assertEquals(events.get(0).get("codes"), m.readTree(jsonl.lines().findFirst().orElseThrow()).get("codes"));
        String text = writer.render(report, OutputFormat.JSON);
        assertTrue(text.indexOf("\"confidence\"") < text.indexOf("\"codes\"")
                && text.indexOf("\"codes\"") < text.indexOf("\"mentions\""), "codes sit between confidence and mentions");
    }

    @Test
    void schemaChecksTheCodesAndAcceptsEventsOfEarlierBuildsWithoutThem() {
        String json = writer.render(report, OutputFormat.JSON);
        var badCode = Schemas.errors(json.replaceFirst("\"code\": \"036\"", "\"code\": \"045\""));
        assertTrue(badCode.stream().anyMatch(e -> e.contains("code")), badCode::toString);
        var badMode = Schemas.errors(json.replaceFirst("\"mode\": \"visit\"", "\"mode\": \"host\""));
        assertTrue(badMode.stream().anyMatch(e -> e.contains("mode")), badMode::toString);
        var agree = Schemas.errors(json.replaceFirst("\"type\": \"CONSULT\"", "\"type\": \"AGREE\""));
        assertTrue(agree.stream().anyMatch(e -> e.contains("type")), agree::toString);
        String withoutCodes = json.replaceAll("(?s)\"codes\": \\{.*?\"plover\": \\{[^}]*\\}\\s*\\},", "");
        assertTrue(!withoutCodes.contains("\"codes\""), withoutCodes);
        assertEquals(List.of(), List.copyOf(Schemas.errors(withoutCodes)));
    }

    @Test
    void schemaRejectsAMissingFieldAndAnUnknownStatus() {
        String json = writer.render(report, OutputFormat.JSON)
                .replace("\"status\": \"planned\"", "\"status\": \"rumoured\"")
                .replace("\"confidence\": 0.5,", "");
        var errors = Schemas.errors(json);
        assertTrue(errors.stream().anyMatch(e -> e.contains("confidence")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("status")), errors::toString);
    }

    @Test
    void jsonlHasOneEventObjectPerLineEqualToTheJsonEvents() throws Exception {
        String jsonl = writer.render(report, OutputFormat.JSONL);
        String[] lines = jsonl.split("\n");
        assertEquals(report.events().size(), lines.length);
        assertTrue(jsonl.endsWith("\n"));
        ObjectMapper m = new ObjectMapper();
        JsonNode events = m.readTree(writer.toJson(report)).get("events");
        for (int i = 0; i < lines.length; i++) assertEquals(events.get(i), m.readTree(lines[i]));
    }

    @Test
    void csvReadsBackWithACsvParser() throws Exception {
        String csv = writer.render(report, OutputFormat.CSV);
        CsvMapper mapper = new CsvMapper();
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv);
        List<Map<String, String>> rows = it.readAll();
        assertEquals(2, rows.size());
        assertEquals(List.of("id", "type", "label", "status", "start", "end", "precision", "place", "location_country",
                "participants", "countries", "articles", "confidence"), List.of(csv.substring(0, csv.indexOf('\n')).split(",")));
        Map<String, String> visit = rows.get(0);
        assertEquals("ev-0123456789abcdef", visit.get("id"));
        assertEquals("Lavrov visits China, 22–23 March 2021", visit.get("label"));
        assertEquals("2021-03-22", visit.get("start"));
        assertEquals("2021-03-23", visit.get("end"));
        assertEquals("day", visit.get("precision"));
        assertEquals("China", visit.get("place"));
        assertEquals("CHN", visit.get("location_country"));
        assertEquals("Sergey Lavrov (RUS); Wang Yi (CHN)", visit.get("participants"));
        assertEquals("CHN; RUS", visit.get("countries"));
        assertEquals("1", visit.get("articles"));
        JsonNode events = new ObjectMapper().readTree(writer.toJson(report)).get("events");
        assertEquals(events.get(0).get("confidence").asText(), visit.get("confidence"), "as in the JSON");
        assertEquals(events.get(1).get("confidence").asText(), rows.get(1).get("confidence"));
        Map<String, String> meeting = rows.get(1);
        assertEquals("Wang Yi meets \"Jane\" Doe, again", meeting.get("label"));
        assertEquals("Wang Yi (CHN); Jane Doe", meeting.get("participants"));
        assertEquals("2023-10", meeting.get("start"));
        assertEquals("", meeting.get("place"));
        assertEquals("2", meeting.get("articles"));
        assertTrue(csv.contains("\"Wang Yi meets \"\"Jane\"\" Doe, again\""), "RFC 4180 quoting: " + csv);
    }

    @Test
    void eachFormatIsByteIdenticalAcrossRuns() {
        for (OutputFormat f : OutputFormat.values()) {
            assertEquals(writer.render(report, f), new ReportWriter().render(SampleReports.report(), f), f.toString());
        }
    }

    @Test
    void anEventIdWithItsCollisionSuffixIsValid() {
        // two events of one output that share a content hash: the second is ev-<hash>-2 (EventMerger.uniqueIds)
        String json = writer.render(report, OutputFormat.JSON).replaceFirst("\"id\": \"(ev-[0-9a-f]+)\"", "\"id\": \"$1-2\"");
        assertTrue(json.matches("(?s).*\"ev-[0-9a-f]+-2\".*"), "the id was rewritten");
        assertEquals(List.of(), List.copyOf(Schemas.errors(json)));
    }
}
