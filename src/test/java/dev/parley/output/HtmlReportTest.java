package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.corpus.ParleyException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The data a report page embeds, worked out by hand on the hand-built report, and the page's safety and bytes. */
class HtmlReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String sampleJson = new ReportWriter().toJson(SampleReports.report());

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    /** The data element of a page, parsed as the browser's HTML parser would find it. */
    private static JsonNode embedded(String html) throws Exception {
        Document page = Jsoup.parse(html);
        Element data = page.selectFirst("script#parley-data");
        assertTrue(data != null, "the page has its data element");
        return JSON.readTree(data.data());
    }

    @Test
    void indexesPeopleCountriesAndDocumentsAndCountsTheirEvents() throws Exception {
        ReportData.Page page = ReportData.of(tree(sampleJson), "sample.json");
        // people sorted by id in the file: Jane Doe, Sergey Lavrov, Wang Yi
        assertEquals(List.of("p-jane-doe", "p-sergey-lavrov", "p-wang-yi"), page.people().stream().map(ReportData.PersonRow::id).toList());
        assertEquals(List.of(1, 1, 2), page.people().stream().map(ReportData.PersonRow::events).toList());
        assertEquals(List.of("CHN", "RUS"), page.countries().stream().map(ReportData.CountryRow::code).toList());
        assertEquals(List.of(2, 1), page.countries().stream().map(ReportData.CountryRow::events).toList());
        // a.txt is evidence of both events (the meeting cites it too), sub/b.txt of the meeting only
        assertEquals(List.of("a.txt", "sub/b.txt"), page.documents().stream().map(ReportData.DocumentRow::id).toList());
        assertEquals(List.of(2, 1), page.documents().stream().map(ReportData.DocumentRow::events).toList());

        ReportData.EventRow visit = page.events().get(0);
        assertEquals(List.of(1, 2), visit.people(), "Lavrov, then Wang Yi, in role order");
        assertEquals(List.of("visitor", "host"), visit.roles());
        assertEquals(List.of(0, 1), visit.countries());
        assertEquals(LocalDate.of(2021, 3, 22).toEpochDay(), visit.from());
        assertEquals(LocalDate.of(2021, 3, 23).toEpochDay(), visit.to());
        assertEquals("2021-03-22 – 2021-03-23", visit.date());
        assertEquals(1, visit.articles());
        assertEquals(List.of("CHN → RUS 036", "RUS → CHN 036"), visit.cameo());
        assertEquals("CONSULT (visit)", visit.plover());
        assertEquals("2021-03-22", visit.mentions().get(0).date());

        ReportData.EventRow meeting = page.events().get(1);
        assertEquals(LocalDate.of(2023, 10, 1).toEpochDay(), meeting.from(), "a month starts on its first day");
        assertEquals(LocalDate.of(2023, 10, 31).toEpochDay(), meeting.to(), "and ends on its last");
        assertEquals(2, meeting.articles());
        assertEquals(List.of(1, 0), meeting.mentions().stream().map(ReportData.MentionRow::document).toList());
        assertNull(meeting.mentions().get(0).date());
        assertEquals("CONSULT", meeting.plover(), "no mode, no parentheses");

        ReportData.Summary s = page.summary();
        assertEquals(List.of(2, 0, 3, 3, 2, 2, 1), List.of(s.events(), s.undated(), s.mentions(), s.people(), s.countries(),
                s.documents(), s.skipped()));
        assertEquals(Map.of("meeting", 1, "visit", 1), s.byType());
        assertEquals(Map.of("occurred", 1, "planned", 1), s.byStatus());
        assertEquals("2021-03-22", s.firstDay());
        assertEquals("2023-10-31", s.lastDay());
    }

    @Test
    void datesAtEachPrecisionCoverTheirWholeSpan() {
        assertEquals(LocalDate.of(2022, 1, 1), ReportData.firstDay("2022"));
        assertEquals(LocalDate.of(2022, 12, 31), ReportData.lastDay("2022"));
        assertEquals(LocalDate.of(2024, 2, 29), ReportData.lastDay("2024-02"));
        assertEquals(LocalDate.of(2023, 2, 28), ReportData.lastDay("2023-02"));
        assertEquals(LocalDate.of(2021, 3, 22), ReportData.firstDay("2021-03-22"));
    }

    @Test
    void dateTextMarksRangesAndApproximateDates() throws Exception {
        assertEquals("2021-03-22", ReportData.dateText(tree("{\"start\": \"2021-03-22\", \"end\": \"2021-03-22\", \"precision\": \"day\"}")));
        assertEquals("~2023-09-16 – 2023-09-17", ReportData.dateText(tree(
                "{\"start\": \"2023-09-16\", \"end\": \"2023-09-17\", \"precision\": \"day\", \"approximate\": true}")));
        assertNull(ReportData.dateText(tree("null")));
    }

    @Test
    void undatedEventsAreCountedApartAndPeopleMissingFromTheListAreAdded() throws Exception {
        ObjectNode root = (ObjectNode) tree(sampleJson);
        ObjectNode meeting = (ObjectNode) root.get("events").get(1);
        meeting.putNull("date");
        ObjectNode stranger = JSON.createObjectNode().put("name", "Ann Other").put("person", "p-ann-other").put("country", "GBR")
                .put("role", "counterpart");
        ((com.fasterxml.jackson.databind.node.ArrayNode) meeting.get("participants")).add(stranger);
        ReportData.Page page = ReportData.of(root, "edited.json");
        assertEquals(1, page.summary().undated());
        assertNull(page.events().get(1).from());
        assertEquals("2021-03-23", page.summary().lastDay(), "the undated event does not stretch the span");
        assertEquals(4, page.people().size());
        ReportData.PersonRow ann = page.people().get(3);
        assertEquals(List.of("p-ann-other", "Ann Other", "GBR", 1), List.of(ann.id(), ann.name(), ann.country(), ann.events()));
    }

    @Test
    void aBadDateNamesTheFileAndTheEvent() throws Exception {
        String bad = sampleJson.replaceFirst("\"start\": \"2021-03-22\"", "\"start\": \"22 March\"");
        ParleyException e = assertThrows(ParleyException.class, () -> HtmlReport.render(tree(bad), "x/events.json"));
        assertTrue(e.getMessage().startsWith("'x/events.json': event ev-0123456789abcdef: date '22 March' is not YYYY-MM-DD"),
                e.getMessage());
    }

    @Test
    void readsOnlyItsOwnFormatVersionAndSaysWhatItRead() {
        assertEquals("parley-events/1", HtmlReport.read(sampleJson, "a.json").path("format").asText());
        ParleyException newer = assertThrows(ParleyException.class,
                () -> HtmlReport.read(sampleJson.replace("parley-events/1", "parley-events/2"), "new.json"));
        assertTrue(newer.getMessage().startsWith("'new.json' is parley-events/2 output, and this parley reads parley-events/1"),
                newer.getMessage());
        ParleyException notJson = assertThrows(ParleyException.class, () -> HtmlReport.read("<html>", "page.html"));
        assertTrue(notJson.getMessage().startsWith("'page.html' is not parley output: not JSON"), notJson.getMessage());
        ParleyException other = assertThrows(ParleyException.class, () -> HtmlReport.read("{\"events\": []}", "o.json"));
        assertTrue(other.getMessage().startsWith("'o.json' is not parley output"), other.getMessage());
        ParleyException notList = assertThrows(ParleyException.class, () -> HtmlReport.render(
                HtmlReport.read("{\"format\": \"parley-events/1\", \"events\": [], \"people\": {}}", "p.json"), "p.json"));
        assertTrue(notList.getMessage().contains("\"people\" is not a list"), notList.getMessage());
    }

    @Test
    void articleTextCannotEndTheScriptOrOpenACommentInIt() throws Exception {
        String evil = "He said </script><script>alert(1)</script> and <!-- then </SCRIPT > & \u2028 more";
        ObjectNode root = (ObjectNode) tree(sampleJson);
        ObjectNode mention = (ObjectNode) root.get("events").get(0).get("mentions").get(0);
        mention.put("text", evil);
        ((ObjectNode) root.get("events").get(0)).put("label", "</script><!--");
        ((ObjectNode) root.get("documents").get(0)).put("title", "<b>bold</b>");
        String html = HtmlReport.render(root, "evil.json");

        Document page = Jsoup.parse(html);
        assertEquals(3, page.select("script").size(), "data, ECharts and the page's script, nothing injected");
        assertEquals(3, count(html.toLowerCase(Locale.ROOT), "</script"), "no other script end in the bytes");
        assertFalse(html.contains("<!--"), "no comment opening anywhere, which would change how a script ends");
        JsonNode data = embedded(html);
        assertEquals(evil, data.get("events").get(0).get("mentions").get(0).get("text").asText(), "the text survives as data");
        assertEquals("</script><!--", data.get("events").get(0).get("label").asText());
        assertEquals("<b>bold</b>", data.get("documents").get(0).get("title").asText());
    }

    @Test
    void theJsonEscapesLeaveNoAngleBracketOrAmpersand() {
        String json = HtmlReport.json(Map.of("t", "a</script>b<!--c&d\u2028e"));
        assertEquals("{\"t\":\"a\\u003C/script\\u003Eb\\u003C!--c\\u0026d\\u2028e\"}", json);
    }

    @Test
    void thePageCarriesEChartsAndLoadsNothingFromTheNetwork() {
        String html = HtmlReport.render(HtmlReport.read(sampleJson, "s.json"), "s.json");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("[src], link[href], [srcset]").isEmpty(), "no external script, style or image");
        String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'"), "the browser is told to fetch nothing: " + csp);
        assertEquals("parley report", page.select("meta[name=generator]").attr("content"),
                "the corpus reader recognises the page as parley's own by this");
        String echarts = page.select("script").get(1).data();
        assertTrue(echarts.contains("Licensed to the Apache Software Foundation"), "ECharts keeps its licence header");
        assertTrue(echarts.length() > 500_000, "the whole library is inlined: " + echarts.length());
        assertTrue(page.select("footer").text().contains("Apache ECharts " + HtmlReport.echartsVersion()));
        assertEquals("parley report: 2 events from 2 documents", page.title());
    }

    @Test
    void theSameEventsGiveTheSameBytesWhateverTheKeyOrderOfTheFile() throws Exception {
        JsonNode root = tree(sampleJson);
        String once = HtmlReport.render(root, "a.json");
        assertEquals(once, HtmlReport.render(tree(sampleJson), "other/name.json"), "the file's name is not in the page");
        assertEquals(once, HtmlReport.render(reversedKeys(root), "a.json"));
        assertEquals(once, new ReportWriter().render(SampleReports.report(), OutputFormat.HTML),
                "extract --format html is the report of extract's JSON");
    }

    @Test
    void theCommittedSampleOutputGivesOneEventPerRowOfData() throws Exception {
        String json = Files.readString(Path.of("corpus/events.json"), StandardCharsets.UTF_8);
        JsonNode root = HtmlReport.read(json, "corpus/events.json");
        JsonNode data = embedded(HtmlReport.render(root, "corpus/events.json"));
        assertEquals(root.get("events").size(), data.get("events").size());
        int undated = 0;
        for (JsonNode e : root.get("events")) if (e.get("date").isNull()) undated++;
        assertEquals(undated, data.get("summary").get("undated").asInt());
        assertEquals(root.get("people").size(), data.get("people").size(), "every participant is in the file's people");
        for (int i = 0; i < root.get("events").size(); i++) {
            assertEquals(root.get("events").get(i).get("mentions").size(), data.get("events").get(i).get("mentions").size());
        }
    }

    @Test
    void templatePlaceholdersAreFilledOnceAndEscaped() {
        assertEquals("<p>a &lt;b&gt; &amp; {{x}}</p><script>{{y}}</script>",
                HtmlReport.fill("<p>{{t}}</p><script>{{data}}</script>", Map.of("t", "a <b> & {{x}}", "data", "{{y}}")));
        assertThrows(IllegalStateException.class, () -> HtmlReport.fill("{{missing}}", Map.of()));
        assertThrows(IllegalStateException.class, () -> HtmlReport.scriptSafe("var a = '</SCRIPT>';", "test"));
    }

    private static JsonNode reversedKeys(JsonNode n) {
        if (n.isArray()) {
            var out = JSON.createArrayNode();
            for (JsonNode c : n) out.add(reversedKeys(c));
            return out;
        }
        if (!n.isObject()) return n;
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) keys.add(it.next());
        java.util.Collections.reverse(keys);
        ObjectNode out = JSON.createObjectNode();
        for (String k : keys) out.set(k, reversedKeys(n.get(k)));
        return out;
    }

    private static int count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
