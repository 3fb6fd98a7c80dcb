package dev.parley.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a saved web page: the title, the main text (the {@code <article>}, else the element holding the most
 * paragraph text) as paragraphs separated by blank lines, and the publication date from
 * {@code article:published_time}, JSON-LD {@code datePublished} or {@code <time datetime>}.
 */
final class HtmlArticles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Page furniture, by tag. */
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=complementary], [role=contentinfo]";
    /** Page furniture, by class or id words. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:ads?|advert\\w*|sponsor\\w*|promo\\w*|comments?|disqus|share|sharing|social|related|"
                    + "recommended|newsletter|subscribe|cookies?|consent|sidebar|menu|navbar|breadcrumbs?|popup|modal|"
                    + "banner|outbrain|taboola|paywall)(?:$|[\\s_-])");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final String MAIN_CANDIDATES = "[itemprop=articleBody], article, main, [role=main]";

    private HtmlArticles() {
    }

    /** The generator meta tag of parley's HTML report (src/main/resources/dev/parley/report/report.html). */
    static final String REPORT_GENERATOR = "parley report";

    static Parsed parse(String html) {
        Document doc = Jsoup.parse(html);
        // parley's own HTML report (parley report, --format html) beside the articles is not news to read again
        if (doc.select("meta[name=generator]").attr("content").equals(REPORT_GENERATOR)) return new Parsed.NotArticle();
        Map<String, String> fields = new LinkedHashMap<>();
        publishedDate(doc).ifPresent(d -> fields.put("published", d));
        String canonical = doc.select("link[rel=canonical]").attr("href");
        if (!canonical.isBlank()) fields.put("url", canonical);
        String title = title(doc);
        if (!title.isBlank()) fields.put("title", title);

        removeFurniture(doc);
        Element main = mainContent(doc);
        String text = paragraphs(main);
        if (text.isBlank()) return new Parsed.Bad("web page without article text");
        return new Parsed.Doc(title, text, fields, "metadata");
    }

    private static String title(Document doc) {
        String og = doc.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) return og;
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        return doc.title().strip();
    }

    private static Optional<String> publishedDate(Document doc) {
        for (String sel : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "meta[name=pubdate]")) {
            String v = doc.select(sel).attr("content").strip();
            if (!v.isEmpty()) return Optional.of(v);
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<String> d = findDatePublished(MAPPER.readTree(script.data()));
                if (d.isPresent()) return d;
            } catch (Exception e) {
                // a broken JSON-LD block is common; other date sources remain
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        return time == null ? Optional.empty() : Optional.of(time.attr("datetime").strip());
    }

    /** The first {@code datePublished} in a JSON-LD tree (objects, arrays and {@code @graph} lists). */
    private static Optional<String> findDatePublished(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isObject()) {
            JsonNode d = n.get("datePublished");
            if (d != null && d.isTextual() && !d.asText().isBlank()) return Optional.of(d.asText().strip());
            for (JsonNode child : n) {
                Optional<String> found = findDatePublished(child);
                if (found.isPresent()) return found;
            }
        } else if (n.isArray()) {
            for (JsonNode child : n) {
                Optional<String> found = findDatePublished(child);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    /** Drops navigation, scripts, ads and comment sections, but never an element holding the article itself. */
    private static void removeFurniture(Document doc) {
        doc.select(FURNITURE).not(MAIN_CANDIDATES).forEach(e -> {
            if (e.selectFirst("article, [itemprop=articleBody]") == null) e.remove();
        });
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() == null || e.is("body, html") || e.is(MAIN_CANDIDATES)) continue;
            String names = e.className() + " " + e.id();
            if (FURNITURE_NAME.matcher(names).find() && e.selectFirst("article, [itemprop=articleBody]") == null) {
                e.remove();
            }
        }
    }

    /**
     * The {@code itemprop=articleBody}, {@code article} or {@code main} element with the most paragraph text; when
     * none holds any, the element whose own paragraphs hold the most text; else the body.
     */
    private static Element mainContent(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element c : doc.select(MAIN_CANDIDATES)) {
            int len = paragraphLength(c);
            if (len > bestLen) {
                best = c;
                bestLen = len;
            }
        }
        if (best != null) return best;
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        List<Element> parents = new ArrayList<>(); // document order, so ties go to the first
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            if (!byParent.containsKey(parent)) parents.add(parent);
            byParent.merge(parent, p.text().length(), Integer::sum);
        }
        for (Element parent : parents) {
            if (byParent.get(parent) > bestLen) {
                best = parent;
                bestLen = byParent.get(parent);
            }
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphLength(Element e) {
        int len = 0;
        for (Element p : e.select("p")) len += p.text().length();
        return len;
    }

    /** Block texts in document order, innermost blocks only, joined by blank lines. */
    private static String paragraphs(Element root) {
        Elements blocks = root.select(BLOCKS);
        Set<Element> selected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        selected.addAll(blocks);
        StringBuilder sb = new StringBuilder();
        for (Element b : blocks) {
            boolean hasInner = false;
            for (Element d : b.select(BLOCKS)) {
                if (d != b && selected.contains(d)) {
                    hasInner = true;
                    break;
                }
            }
            if (hasInner) continue;
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        if (sb.length() == 0) return root.text().strip();
        return sb.toString();
    }
}
