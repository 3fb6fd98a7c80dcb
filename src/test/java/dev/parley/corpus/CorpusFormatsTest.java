package dev.parley.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per input format. */
class CorpusFormatsTest {
    @TempDir Path dir;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static Corpus read(Path p) {
        return new CorpusReader(CorpusConfig.defaults()).read(p);
    }

    @Test void textWithAndWithoutFrontMatter() throws IOException {
        write(dir.resolve("a.txt"), "---\ntitle: Talks in Geneva\npublished: 2021-03-18\nsource: example.org\n---\nBody one.\n");
        write(dir.resolve("b.md"), "# Envoys meet\n\nBody two.\n");
        Corpus c = read(dir);
        assertEquals(List.of("a.txt", "b.md"), c.articles().stream().map(Article::id).toList());
        Article a = c.articles().get(0);
        assertEquals("Talks in Geneva", a.title());
        assertEquals("Body one.\n", a.text());
        assertEquals(LocalDate.of(2021, 3, 18), a.published());
        assertEquals("frontmatter", a.publishedFrom());
        assertEquals("example.org", a.metadata().get("source"));
        assertEquals("Envoys meet", c.articles().get(1).title());
    }

    @Test void newsPleaseJson() throws IOException {
        write(dir.resolve("x.json"), """
                {"title": "Envoys meet in Oslo", "maintext": "The envoys met on Monday.\\nThey talked.",
                 "date_publish": "2022-05-03 10:11:12", "url": "https://example.org/envoys",
                 "source_domain": "example.org", "authors": ["A. Writer", "B. Writer"], "image": {"w": 1}}
                """);
        write(dir.resolve("y.json"), "{\"headline\": \"Other\", \"body\": \"Body text.\", \"datePublished\": \"2022-05-04T08:00:00Z\"}");
        Corpus c = read(dir);
        Article x = c.articles().get(0);
        assertEquals("Envoys meet in Oslo", x.title());
        assertEquals("The envoys met on Monday.\nThey talked.", x.text());
        assertEquals(LocalDate.of(2022, 5, 3), x.published());
        assertEquals("metadata", x.publishedFrom());
        assertEquals("example.org", x.metadata().get("source_domain"));
        assertEquals("https://example.org/envoys", x.metadata().get("url"));
        assertEquals("A. Writer, B. Writer", x.metadata().get("authors"));
        assertFalse(x.metadata().containsKey("maintext"));
        assertFalse(x.metadata().containsKey("image"));
        Article y = c.articles().get(1);
        assertEquals("Body text.", y.text());
        assertEquals(LocalDate.of(2022, 5, 4), y.published());
    }

    @Test void jsonlFromStdin() {
        String stream = """
                {"title": "One", "text": "First article.", "date": "2020-01-02"}

                {"title": "Two", "content": "Second article."
                {"title": "Three", "body": "Third article."}
                """;
        CorpusReader reader = new CorpusReader(CorpusConfig.defaults(), FileSource.FILES,
                () -> new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
        Corpus c = reader.read(Path.of("-"));
        assertEquals(List.of("stdin#1", "stdin#4"), c.articles().stream().map(Article::id).toList());
        assertEquals(LocalDate.of(2020, 1, 2), c.articles().get(0).published());
        assertEquals("Third article.", c.articles().get(1).text());
        assertEquals(1, c.skipped().size());
        assertEquals("stdin#3", c.skipped().get(0).document());
        assertTrue(c.skipped().get(0).reason().startsWith("malformed JSON at line 3, column"), c.skipped().get(0).reason());
    }

    @Test void jsonlFileIdsAndOrder() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 11; i++) sb.append("{\"text\": \"Article ").append(i).append(".\"}\n");
        write(dir.resolve("2021-03-18 batch.ndjson"), sb.toString());
        Corpus c = read(dir);
        assertEquals(11, c.articles().size());
        assertEquals("2021-03-18 batch.ndjson#1", c.articles().get(0).id());
        assertEquals("2021-03-18 batch.ndjson#2", c.articles().get(1).id());
        assertEquals("2021-03-18 batch.ndjson#11", c.articles().get(10).id());
        assertEquals("filename", c.articles().get(0).publishedFrom());
    }

    @Test void savedWebPage() throws IOException {
        write(dir.resolve("page.html"), """
                <!doctype html>
                <html><head>
                  <title>Envoys meet | Example News</title>
                  <meta property="og:title" content="Envoys meet in Oslo">
                  <meta property="article:published_time" content="2022-05-03T09:00:00+02:00">
                  <script>var tracking = "Buy now";</script>
                  <style>p { color: red }</style>
                </head><body>
                  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                  <div class="ad-slot"><p>Buy the best shoes today, a long advertisement paragraph that goes on and on
                    to be longer than the article itself, on and on and on and on and on and on and on.</p></div>
                  <article>
                    <header><h1>Envoys meet in Oslo</h1><time datetime="2022-05-01">1 May</time></header>
                    <p>The envoys met in Oslo on Monday.</p>
                    <p>They discussed   trade
                       and fishing.</p>
                    <blockquote><p>"We agreed," one said.</p></blockquote>
                    <script>document.write("injected");</script>
                    <div class="share-buttons"><p>Share on social media</p></div>
                  </article>
                  <section id="comments"><h3>Comments</h3><p>First! This comment is not part of the story at all.</p></section>
                  <footer><p>Copyright Example News</p></footer>
                </body></html>
                """);
        Article a = read(dir).articles().get(0);
        assertEquals("page.html", a.id());
        assertEquals("Envoys meet in Oslo", a.title());
        assertEquals("The envoys met in Oslo on Monday.\n\nThey discussed trade and fishing.\n\n\"We agreed,\" one said.", a.text());
        assertEquals(LocalDate.of(2022, 5, 3), a.published());
        assertEquals("metadata", a.publishedFrom());
    }

    @Test void webPageWithoutArticleElementUsesJsonLdAndDensestBlock() throws IOException {
        write(dir.resolve("p.htm"), """
                <html><head><title>Talks</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2021-03-22T10:00:00Z"}]}</script>
                </head><body>
                <div class="menu"><p>Home</p><p>World</p></div>
                <div class="story"><p>Foreign ministers held talks in Guilin.</p><p>They spoke for two hours.</p></div>
                <div class="sidebar"><p>Most read</p></div>
                </body></html>
                """);
        Article a = read(dir).articles().get(0);
        assertEquals("Talks", a.title());
        assertEquals("Foreign ministers held talks in Guilin.\n\nThey spoke for two hours.", a.text());
        assertEquals(LocalDate.of(2021, 3, 22), a.published());
    }

    @Test void timeElementDate() throws IOException {
        write(dir.resolve("t.html"), "<html><body><article><h1>T</h1><time datetime=\"2020-02-03T01:00\">Feb 3</time>"
                + "<p>Text of the story.</p></article></body></html>");
        Article a = read(dir).articles().get(0);
        assertEquals(LocalDate.of(2020, 2, 3), a.published());
        assertEquals("Text of the story.", a.text());
    }
}
