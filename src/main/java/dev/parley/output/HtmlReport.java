package dev.parley.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.corpus.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A parley-events file as one self-contained HTML page: a timeline, a who-met-whom network, a filterable table of
 * the events with their evidence, and the people, documents and skipped files. Apache ECharts (from its WebJar on
 * the class path), the page's script and style and the data are all inlined, so the file opens from disk with no
 * network; the same events give the same bytes.
 */
public final class HtmlReport {
    private static final String RESOURCES = "/dev/parley/report/";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    private HtmlReport() {
    }

    /**
     * Parses the text of an events file for a report, or says in one line why it cannot be reported.
     *
     * @param name how to call the file in messages (its path)
     * @throws ParleyException when the text is not parley output, or of a format version this parley does not read
     */
    public static JsonNode read(String text, String name) {
        JsonNode root = EventsDiff.parse(text, name);
        String format = root.path("format").asText();
        if (!format.equals(ReportWriter.FORMAT)) {
            throw new ParleyException("'" + name + "' is " + format + " output, and this parley reads " + ReportWriter.FORMAT
                    + "; report it with the parley that wrote it, or write it again with 'parley extract ... -o " + name + "'");
        }
        return root;
    }

    /**
     * The page of a parley-events/1 object ({@link #read}).
     *
     * @param name how to call the file in messages (its path); not written into the page
     */
    public static String render(JsonNode root, String name) {
        ReportData.Page page = ReportData.of(root, name);
        String echarts = echarts();
        String app = resource("report.js");
        scriptSafe(echarts, "ECharts");
        scriptSafe(app, "report.js");
        ReportData.Summary s = page.summary();
        String summary = count(s.events(), "event") + " (" + s.undated() + " undated) from " + count(s.documents(), "document")
                + ", " + count(s.people(), "person", "people") + ", " + count(s.countries(), "country", "countries") + ", "
                + count(s.skipped(), "skipped file") + (s.firstDay() == null ? "" : "; dated " + s.firstDay() + " to " + s.lastDay());
        return fill(resource("report.html"), Map.of(
                "title", "parley report: " + count(s.events(), "event") + " from " + count(s.documents(), "document"),
                "summary", summary,
                "style", resource("report.css"),
                "echartsVersion", echartsVersion(),
                "data", json(page),
                "echarts", echarts,
                "app", app));
    }

    /** The page data as JSON that cannot end its script element: no {@code <}, {@code >} or {@code &} appear raw. */
    static String json(Object page) {
        try {
            return MAPPER.writeValueAsString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the bundled ECharts, as the build put it (pom.xml's echarts.version). */
    static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = HtmlReport.class.getResourceAsStream("/dev/parley/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("echarts");
        if (v == null || v.startsWith("$")) throw new IllegalStateException("version.properties names no echarts version");
        return v;
    }

    /** The minified ECharts of the WebJar org.webjars.npm:echarts, which Maven put on the class path. */
    static String echarts() {
        String path = "/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js";
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new dev.parley.corpus.CannotRunException("Apache ECharts not on the classpath (" + path + "); add "
                        + "org.webjars.npm:echarts:" + echartsVersion() + " (the lib/ folder beside parley.jar must hold it; "
                        + "'mvn -B package' puts it there)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCES + name + " missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script text inlined in a script element must not contain what would end it or open an HTML comment in it. */
    static void scriptSafe(String script, String what) {
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(what + " contains '</script' or '<!--' and cannot be inlined in the page");
        }
    }

    /**
     * The template with each {@code {{name}}} replaced by its value, in one pass over the template, so text inside
     * a value is never taken for a placeholder. Values other than data and scripts are HTML-escaped.
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) break;
            int close = template.indexOf("}}", open);
            String key = template.substring(open + 2, close);
            String value = values.get(key);
            if (value == null) throw new IllegalStateException("no value for {{" + key + "}} in the report template");
            out.append(template, at, open);
            boolean raw = key.equals("data") || key.equals("echarts") || key.equals("app") || key.equals("style");
            out.append(raw ? value : escapeHtml(value));
            at = close + 2;
        }
        return out.append(template, at, template.length()).toString();
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * JSON escapes for text inside an HTML script element: {@code <}, {@code >} and {@code &} as {@code \u003c} ...,
     * so that article text with {@code </script>} or {@code <!--} stays data; U+2028 and U+2029 too, for older parsers.
     */
    static final class ScriptSafe extends CharacterEscapes {
        private final int[] ascii;

        ScriptSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            return null;
        }
    }
}
