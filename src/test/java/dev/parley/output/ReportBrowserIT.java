package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real browser: Debian's chromium, headless, driven through its own chromedriver (nothing is
 * downloaded: Selenium is given both binaries, so Selenium Manager is never asked). Pages are opened from disk with
 * name resolution switched off, as a reader without network would. Counts expected in the page are worked out from the
 * events file here, not taken from the page. Screenshots and the measured render times go to target/report-screenshots/.
 */
class ReportBrowserIT {
    static final Path OUT = Path.of("target/report-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long READY_TIMEOUT_MS = 180_000;
    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() throws IOException {
        Path chromium = Path.of(System.getProperty("parley.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("parley.chromedriver", "/usr/bin/chromedriver"));
        for (Path p : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(p)) {
                fail(p + " not found: ReportBrowserIT needs Debian's chromium and chromium-driver packages "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them), or -Dparley.chromium= and "
                        + "-Dparley.chromedriver= naming a matching browser and driver");
            }
        }
        Files.createDirectories(OUT);
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofMillis(READY_TIMEOUT_MS));
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMillis(READY_TIMEOUT_MS));
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    @AfterEach
    void noConsoleErrors() {
        if (driver == null) return; // the browser did not start; that failure says why
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
        }
        assertEquals(List.of(), errors, "the browser console shows no errors or warnings");
    }

    // ---- the sample corpus --------------------------------------------------------------------------------------

    @Test
    void sampleCorpusReport() throws Exception {
        String json = Files.readString(Path.of("corpus/events.json"), StandardCharsets.UTF_8);
        JsonNode root = HtmlReport.read(json, "corpus/events.json");
        open("sample", HtmlReport.render(root, "corpus/events.json"));
        List<JsonNode> all = events(root);
        assertViews(all);
        screenshot("sample-top", 1280, 1500);

        // Filter by a person: every view narrows to the events of people whose name holds the text.
        String who = "Wang Yi";
        List<JsonNode> hers = filter(all, e -> names(e).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("wang yi")));
        assertTrue(hers.size() > 1 && hers.size() < all.size(), "the sample has some, not all, events of " + who);
        type("#f-person", who);
        waitForShown(hers.size());
        assertViews(hers);
        assertTrue(networkNodes() < participants(all).size(), "the network narrowed too");
        for (WebElement row : driver.findElements(By.cssSelector("#events-table tbody tr"))) {
            assertTrue(row.findElements(By.tagName("td")).get(4).getText().contains(who), row.getText());
        }
        screenshot("sample-filtered-wang-yi", 1400, 1800);

        // The evidence of the first event shown: its sentences, each with its article, trigger, date and status.
        JsonNode first = hers.get(0);
        openEvidenceOfRow(0);
        WebElement dialog = driver.findElement(By.id("evidence"));
        assertTrue(dialog.isDisplayed(), "the evidence opens");
        assertEquals(first.get("id").asText(), dialog.getAttribute("data-event"));
        assertEquals(first.get("label").asText(), driver.findElement(By.id("evidence-title")).getText());
        List<WebElement> mentions = dialog.findElements(By.cssSelector("#evidence-mentions > li"));
        assertEquals(first.get("mentions").size(), mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            JsonNode m = first.get("mentions").get(i);
            String text = mentions.get(i).getText();
            assertTrue(text.contains(m.get("document").asText()), text);
            assertTrue(text.contains(m.get("text").asText()), text);
            assertTrue(text.contains("trigger “" + m.get("trigger").asText() + "”"), text);
            assertTrue(text.contains("says " + m.get("status").asText()), text);
        }
        assertTrue(dialog.getText().contains(String.format(Locale.ROOT, "%.2f", first.get("confidence").asDouble())));
        screenshot("sample-evidence", 1400, 1000);
        driver.findElement(By.cssSelector("#evidence .close button")).click();

        // Clearing the filter brings every event back.
        driver.findElement(By.id("f-reset")).click();
        waitForShown(all.size());
        assertViews(all);
        driver.findElement(By.cssSelector("input[name=network-mode][value=countries]")).click();
        assertEquals(countries(all).size(), networkNodes(), "countries at the toggle");
    }

    // ---- hand-built events --------------------------------------------------------------------------------------

    @Test
    void handBuiltEvents() throws Exception {
        JsonNode root = HtmlReport.read(HandBuilt.json(), "hand-built.json");
        open("hand-built", HtmlReport.render(root, "hand-built.json"));
        List<JsonNode> all = events(root);
        assertEquals(7, all.size());
        assertViews(all);
        // each status is its own series with its own shape, so planned and cancelled events stand apart
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) js(
                "return echarts.getInstanceByDom(document.getElementById('timeline')).getOption().series"
                        + ".map(function (s) { return {name: s.name, symbol: s.symbol, n: s.data.length}; });");
        Map<String, Long> perStatus = new LinkedHashMap<>();
        Set<Object> symbols = new LinkedHashSet<>();
        for (Map<String, Object> s : series) {
            perStatus.merge((String) s.get("name"), (Long) s.get("n"), Long::sum); // a series per status and type
            symbols.add(s.get("symbol"));
        }
        assertEquals(Map.of("occurred", 2L, "ongoing", 1L, "planned", 1L, "proposed", 1L, "cancelled", 1L), perStatus);
        assertEquals(5, symbols.size(), "five statuses, five shapes: " + symbols);
        assertEquals(List.of("Ana Ruiz meets Dieter Braun"), texts("#undated-list li button"));

        // article text that tries to end the script: still data, never run
        assertEquals(Boolean.TRUE, js("return typeof window.injected === 'undefined';"));

        type("#f-person", "braun");
        List<JsonNode> braun = filter(all, e -> names(e).contains("Dieter Braun"));
        assertEquals(4, braun.size());
        waitForShown(braun.size());
        assertViews(braun);
        assertEquals(4, networkNodes(), "Braun and the three he met");

        // with a date range as well: the undated meeting and the events outside January 2024 drop out; the summit
        // dated only "2024" may fall in January, so it stays
        setDate("#f-from", "2024-01-01");
        setDate("#f-to", "2024-01-31");
        List<JsonNode> january = filter(braun, e -> e.get("date").isObject() && overlapsJanuary2024(e.get("date")));
        assertEquals(List.of("Summit of four in Warsaw, 2024"), january.stream().map(e -> e.get("label").asText()).toList());
        waitForShown(january.size());
        assertViews(january);

        driver.findElement(By.id("f-reset")).click();
        waitForShown(all.size());
        // the evidence of the event whose sentence holds </script>: shown as text, with its trigger marked
        int row = indexOf(all, HandBuilt.SCRIPT_EVENT);
        openEvidenceOfRow(row);
        WebElement dialog = driver.findElement(By.id("evidence"));
        assertTrue(dialog.isDisplayed());
        String quote = dialog.findElement(By.cssSelector("#evidence-mentions blockquote")).getText();
        assertEquals(HandBuilt.SCRIPT_TEXT, quote);
        assertEquals("visit", dialog.findElement(By.cssSelector("#evidence-mentions mark")).getText());
        screenshot("hand-built-evidence", 1400, 1000);
        driver.findElement(By.cssSelector("#evidence .close button")).click();

        // a click on the timeline's mark of the cancelled call opens its evidence
        clickTimelineMark(indexOf(all, "ev-0000000000000003"));
        assertTrue(dialog.isDisplayed(), "a mark's click opens the evidence");
        assertEquals("ev-0000000000000003", dialog.getAttribute("data-event"));
        driver.findElement(By.cssSelector("#evidence .close button")).click();

        // sorting by confidence, highest first
        WebElement confidence = driver.findElement(By.cssSelector("#events-table th[data-key=confidence]"));
        scrollTo(confidence);
        confidence.click();
        confidence.click();
        assertEquals("descending", confidence.getAttribute("aria-sort"));
        assertEquals("0.94", texts("#events-table tbody tr td:nth-child(9)").get(0));
    }

    // ---- 10,000 events, 20,000 people ----------------------------------------------------------------------------

    @Test
    void tenThousandEventsRenderAndFilterInTime() throws Exception {
        JsonNode root = HtmlReport.read(LargeReports.json(10_000, 20_000, 1L), "generated.json");
        String html = HtmlReport.render(root, "generated.json");
        List<JsonNode> all = events(root);
        long[] large = new long[3];
        for (int i = 0; i < large.length; i++) large[i] = open("large-10000-events", html);
        Object largePhases = js("return JSON.stringify(window.parleyReport.phases);");
        assertEquals(50, rows(), "the table shows one page");
        assertTrue(driver.findElement(By.id("events-pager")).getText().contains("of 10,000"));
        assertEquals(dated(all), timelineItems());
        assertEquals(undated(all), ((Number) js("return window.parleyReport.undatedItems;")).intValue());
        assertEquals(80, networkNodes(), "the network keeps the 80 busiest people");
        assertTrue(driver.findElement(By.id("network-note")).getText().startsWith("Showing the 80 people with the most events of"));
        screenshot("large-top", 1400, 1500);
        // series of over 1,000 marks are drawn as one path (large mode); a click still finds its mark
        clickTimelineMark(0);
        assertTrue(driver.findElement(By.id("evidence")).isDisplayed(), "a click on the dense timeline opens an event");
        driver.findElement(By.cssSelector("#evidence .close button")).click();

        long t0 = System.nanoTime();
        String who = root.get("people").get(0).get("name").asText();
        List<JsonNode> theirs = filter(all, e -> names(e).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT)
                .contains(who.toLowerCase(Locale.ROOT))));
        type("#f-person", who);
        waitForShown(theirs.size());
        long filterMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(dated(theirs), timelineItems());
        assertEquals(Math.min(50, theirs.size()), rows());

        String sample = HtmlReport.render(HtmlReport.read(Files.readString(Path.of("corpus/events.json"),
                StandardCharsets.UTF_8), "corpus/events.json"), "corpus/events.json");
        long[] small = new long[3];
        for (int i = 0; i < small.length; i++) small[i] = open("sample", sample);
        Object smallPhases = js("return JSON.stringify(window.parleyReport.phases);");
        Arrays.sort(large);
        Arrays.sort(small);
        String times = String.format(Locale.ROOT, "time to first render (ms from navigation start to timeline, network and "
                        + "table drawn), median of 3 loads in headless Chromium %s:%n"
                        + "sample corpus (%d events, %,d bytes): %d (loads: %s)%n"
                        + "generated (10,000 events, 20,000 people, %,d bytes): %d (loads: %s)%n"
                        + "filter by a person on the generated file, typing to redrawn views: %d ms%n"
                        + "phases of the last load (ms; page: until the report's script starts, i.e. HTML and ECharts parsed):%n"
                        + "  sample %s%n  generated %s%n",
                driver.getCapabilities().getBrowserVersion(), HtmlReport.read(Files.readString(Path.of("corpus/events.json"),
                        StandardCharsets.UTF_8), "s").get("events").size(), sample.getBytes(StandardCharsets.UTF_8).length,
                small[1], Arrays.toString(small), html.getBytes(StandardCharsets.UTF_8).length, large[1],
                Arrays.toString(large), filterMs, smallPhases, largePhases);
        Files.writeString(OUT.resolve("render-times.txt"), times);
        System.err.print(times);
        assertTrue(large[1] < 60_000, "the large report renders within a minute even on a loaded machine: " + times);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Writes the page, opens it from disk, waits until it has drawn, and returns its time to first render in ms. */
    private static long open(String name, String html) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(file.toUri().toString());
        long until = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (!Boolean.TRUE.equals(js("return !!(window.parleyReport && window.parleyReport.ready);"))) {
            if (System.currentTimeMillis() > until) fail(name + ": the page did not finish drawing in " + READY_TIMEOUT_MS + " ms");
            sleep(50);
        }
        return ((Number) js("return window.parleyReport.firstRenderMs;")).longValue();
    }

    /** The timeline, the undated list, the table and the count line show exactly these events. */
    private static void assertViews(List<JsonNode> shown) {
        assertEquals(dated(shown), timelineItems(), "timeline marks");
        assertEquals(undated(shown), driver.findElements(By.cssSelector("#undated-list li[data-event]")).size(), "undated list");
        assertEquals(Math.min(50, shown.size()), rows(), "table rows");
        List<String> labels = texts("#events-table tbody tr td:nth-child(4)");
        List<String> expected = new ArrayList<>();
        for (JsonNode e : shown.subList(0, Math.min(50, shown.size()))) expected.add(e.get("label").asText());
        assertEquals(expected, labels, "the table lists these events, in the file's order");
        assertEquals(Math.min(participants(shown).size(), 80), networkNodes(), "network nodes");
    }

    private static int timelineItems() {
        return ((Number) js("return echarts.getInstanceByDom(document.getElementById('timeline')).getOption().series"
                + ".reduce(function (n, s) { return n + s.data.length; }, 0);")).intValue();
    }

    private static int networkNodes() {
        return ((Number) js("return echarts.getInstanceByDom(document.getElementById('network')).getOption()"
                + ".series[0].data.length;")).intValue();
    }

    private static int rows() {
        return driver.findElements(By.cssSelector("#events-table tbody tr")).size();
    }

    private static void waitForShown(int n) {
        long until = System.currentTimeMillis() + 30_000;
        while (((Number) js("return window.parleyReport.shown;")).intValue() != n) {
            if (System.currentTimeMillis() > until) {
                fail("the filter did not narrow to " + n + " events; shown: " + js("return window.parleyReport.shown;"));
            }
            sleep(50);
        }
        // the debounced redraw has run; let the charts take their frame
        js("return 0;");
    }

    private static void type(String css, String text) {
        WebElement input = driver.findElement(By.cssSelector(css));
        scrollTo(input);
        input.clear();
        input.sendKeys(text);
    }

    private static void setDate(String css, String isoDate) {
        js("var i = document.querySelector(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('change', {bubbles: true}));", css, isoDate);
    }

    private static void openEvidenceOfRow(int row) {
        WebElement button = driver.findElements(By.cssSelector("#events-table tbody tr td:nth-child(4) button")).get(row);
        scrollTo(button);
        button.click();
    }

    /** Clicks the timeline where ECharts placed the mark of the page's event {@code index}. */
    @SuppressWarnings("unchecked")
    private static void clickTimelineMark(int index) {
        WebElement chart = driver.findElement(By.id("timeline"));
        scrollTo(chart);
        List<Number> at = (List<Number>) js("var c = echarts.getInstanceByDom(document.getElementById('timeline'));"
                + " var ss = c.getOption().series;"
                + " for (var k = 0; k < ss.length; k++) for (var j = 0; j < ss[k].data.length; j++)"
                + "   if (ss[k].data[j][2] === arguments[0]) return c.convertToPixel({seriesIndex: k}, ss[k].data[j].slice(0, 2));"
                + " return null;", index);
        assertTrue(at != null, "event " + index + " has a mark");
        Dimension size = chart.getSize();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(chart, at.get(0).intValue() - size.getWidth() / 2 + 1, at.get(1).intValue() - size.getHeight() / 2 + 1)
                .click().perform();
    }

    private static void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    private static void screenshot(String name, int width, int height) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, height));
        js("window.scrollTo(0, 0); window.dispatchEvent(new Event('resize'));");
        sleep(300);
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
        js("window.dispatchEvent(new Event('resize'));");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> texts(String css) {
        List<String> out = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(css))) out.add(e.getText());
        return out;
    }

    private static List<JsonNode> events(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        root.get("events").forEach(out::add);
        return out;
    }

    private static List<JsonNode> filter(List<JsonNode> events, Predicate<JsonNode> keep) {
        return events.stream().filter(keep).toList();
    }

    private static List<String> names(JsonNode event) {
        List<String> out = new ArrayList<>();
        event.get("participants").forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    private static Set<String> participants(List<JsonNode> events) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : events) e.get("participants").forEach(p -> out.add(p.get("person").asText()));
        return out;
    }

    private static Set<String> countries(List<JsonNode> events) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : events) e.get("countries").forEach(c -> out.add(c.asText()));
        return out;
    }

    private static int dated(List<JsonNode> events) {
        return (int) events.stream().filter(e -> e.get("date").isObject()).count();
    }

    private static int undated(List<JsonNode> events) {
        return events.size() - dated(events);
    }

    private static boolean overlapsJanuary2024(JsonNode date) {
        return ReportData.firstDay(date.get("start").asText()).isBefore(java.time.LocalDate.of(2024, 2, 1))
                && !ReportData.lastDay(date.get("end").asText()).isBefore(java.time.LocalDate.of(2024, 1, 1));
    }

    private static int indexOf(List<JsonNode> events, String id) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).get("id").asText().equals(id)) return i;
        throw new AssertionError("no event " + id);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Seven events among five people, written out by hand: every type and status, one undated, one over a month, one
     * over a year, and one whose sentence holds {@code </script>} and {@code <!--}.
     */
    static final class HandBuilt {
        static final String SCRIPT_EVENT = "ev-0000000000000006";
        static final String SCRIPT_TEXT = "Officials said </script><script>window.injected = 1</script><!-- the visit "
                + "by Ruiz & Moreau to Lyon > went ahead.";

        private HandBuilt() {
        }

        static String json() throws IOException {
            JsonModel.PersonJson ruiz = person("p-ana-ruiz", "Ana Ruiz", "ESP", "Foreign Minister");
            JsonModel.PersonJson moreau = person("p-luc-moreau", "Luc Moreau", "FRA", "President");
            JsonModel.PersonJson braun = person("p-dieter-braun", "Dieter Braun", "DEU", "Chancellor");
            JsonModel.PersonJson kowal = person("p-ewa-kowal", "Ewa Kowal", "POL", "Prime Minister");
            JsonModel.PersonJson silva = person("p-rui-silva", "Rui Silva", "PRT", "Foreign Minister");
            List<JsonModel.Event> events = List.of(
                    event(1, "visit", "Ruiz visits France, 10 January 2024", "occurred", List.of(ruiz, moreau), "Paris", "FRA",
                            day("2024-01-10", "2024-01-10"), 0.5, "a.txt", "Ruiz arrived in Paris for a visit on Wednesday.", "visit"),
                    event(6, "visit", "Moreau visits Spain, 12–15 January 2024", "ongoing", List.of(moreau, ruiz), "Madrid", "ESP",
                            day("2024-01-12", "2024-01-15"), 0.75, "b.txt", SCRIPT_TEXT, "visit"),
                    event(2, "meeting", "Ruiz meets Braun, February 2024", "planned", List.of(ruiz, braun), null, null,
                            new JsonModel.DateJson("2024-02", "2024-02", "month", null), 0.5, "c.txt",
                            "Ruiz will meet Braun in February.", "meet"),
                    event(3, "call", "Moreau calls Braun, 5 March 2024", "cancelled", List.of(moreau, braun), null, null,
                            day("2024-03-05", "2024-03-05"), 0.5, "c.txt", "A call between Moreau and Braun was called off.", "call"),
                    event(4, "summit", "Summit of four in Warsaw, 2024", "proposed", List.of(kowal, ruiz, moreau, braun), "Warsaw",
                            "POL", new JsonModel.DateJson("2024", "2024", "year", null), 0.94, "d.txt",
                            "Kowal proposed a summit with Ruiz, Moreau and Braun this year.", "summit"),
                    event(7, "call", "Silva calls Ruiz, 20 January 2024", "occurred", List.of(silva, ruiz), null, null,
                            day("2024-01-20", "2024-01-20"), 0.5, "d.txt", "Silva held a call with Ruiz on Saturday.", "call"),
                    event(5, "meeting", "Ana Ruiz meets Dieter Braun", "occurred", List.of(ruiz, braun), null, null, null, 0.25,
                            "e.txt", "Ruiz once met Braun.", "met"));
            List<JsonModel.Document> docs = new ArrayList<>();
            for (String d : List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt")) {
                docs.add(new JsonModel.Document(d, "Article " + d, "2024-01-15", "frontmatter"));
            }
            List<JsonModel.CountryJson> countries = new ArrayList<>();
            for (String c : List.of("DEU", "ESP", "FRA", "POL", "PRT")) countries.add(new JsonModel.CountryJson(c, "Country " + c, 2));
            JsonModel.Root root = new JsonModel.Root(ReportWriter.FORMAT, docs, events, List.of(ruiz, braun, kowal, moreau, silva),
                    countries, List.of(new JsonModel.SkippedJson("f.pdf", "not an article: a .pdf file")));
            String json = JSON.writeValueAsString(root);
            assertEquals(List.of(), List.copyOf(Schemas.errors(json)), "the hand-built file is valid parley output");
            assertFalse(json.isEmpty());
            return json;
        }

        private static JsonModel.PersonJson person(String id, String name, String country, String title) {
            return new JsonModel.PersonJson(id, name, List.of(), country, List.of(title), 3);
        }

        private static JsonModel.DateJson day(String start, String end) {
            return new JsonModel.DateJson(start, end, "day", null);
        }

        private static JsonModel.Event event(int n, String type, String label, String status, List<JsonModel.PersonJson> who,
                                             String place, String placeCountry, JsonModel.DateJson date, double confidence,
                                             String doc, String text, String trigger) {
            List<JsonModel.Participant> ps = new ArrayList<>();
            java.util.TreeSet<String> countries = new java.util.TreeSet<>();
            for (JsonModel.PersonJson p : who) {
                ps.add(new JsonModel.Participant(p.name(), p.id(), p.country(), ps.isEmpty() ? "visitor" : "host"));
                countries.add(p.country());
            }
            return new JsonModel.Event(String.format(Locale.ROOT, "ev-%016d", n), type, label, status, ps, List.copyOf(countries),
                    new JsonModel.Location(place, placeCountry), date, confidence,
                    new JsonModel.Codes(List.of(), new JsonModel.Plover("CONSULT", null)),
                    List.of(new JsonModel.Mention(doc, 0, 0, text.length(), text, trigger, status, date)));
        }
    }
}
