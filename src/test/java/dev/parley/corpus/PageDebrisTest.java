package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document without a title in its metadata is titled by its first line that is not page debris. */
class PageDebrisTest {
    @Test
    void handWrittenPagesWithDebrisGetTheirHeadlineAsTitle() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/titles-expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            expected.put(f[0], f[1]);
        }
        Corpus corpus = new CorpusReader(CorpusConfig.defaults()).read(Path.of("src/test/resources/titles"));
        assertEquals(List.of(), corpus.skipped());
        Map<String, String> actual = corpus.articles().stream()
                .collect(Collectors.toMap(Article::id, Article::title, (a, b) -> a, TreeMap::new));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Politics", "World", "Middle East", "ALL SECTIONS", "Business & Economy", "Science and Technology", "Advertisement",
        "Home › News › Asia", "News | World", "World / Europe",
        "Skip to content", "Skip to main content", "Go to home page", "Jump to navigation", "Sign in", "Log in to comment",
        "Subscribe", "Menu", "Search", "Read more", "Also on example.net", "Most read", "Share this article",
        "Follow us on social media", "Accept all cookies", "We use cookies to improve your experience on our site and show you relevant ads",
        "Welcome to the Example.com BETA. Read our note on what changed.", "Try the new BETA site", "example-daily.com",
        "Your Region's Trusted 24-Hour News Channel", "icon search icon close icon menu icon share",
        "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe, Example Agency", "By Jane Doe | Updated 3 hours ago",
        "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by Li Wei in Beijing", "Written by Ana Ruiz",
        "Writer: Lois Lane", "Author: Kim Min-ji",
        "(Photo: Jane Doe/Example Agency)", "Photo: Getty Images", "Image: Handout", "File photo", "Credit: Jane Doe",
        "Leaders shake hands in Lima on May 3, 2024. REUTERS/Ana Ruiz", "File image of the minister. AP",
        "The ministers meet in Hanoi (Xinhua/Li Wei)", "Foreign ministers pose for a photo. Getty Images",
        "Photograph: Jane Doe/AP", "© 2024 Example Media",
        "Updated 12:30 GMT", "Published on March 18, 2021", "18 Mar 2021, 10:04 am IST", "5 min read",
        "Monday, June 3, 2024", "Last updated: 2 June 2024"})
    void debris(String line) {
        assertTrue(PageDebris.isDebris(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lavrov Visits Pretoria", "Speaker Arrives in Taiwan", "PRESIDENT TO VISIT NORTH KOREA",
        "China, Russia find common ground against US ‘hegemony’ as top diplomats compare notes in Moscow",
        "Share prices rally as Japan and Australia sign energy deal",
        "Search for survivors goes on as regional leaders meet in Manila to coordinate relief",
        "By the numbers: what Brazil and Egypt signed in Cairo", "Trump to visit KSA, UAE, and Qatar from May 13-16",
        "(6th LD) Kim, Xi hold summit talks in Pyongyang", "G20 Summit", "Biden, Xi to meet in Woodside on Wednesday",
        "Home secretary to visit Delhi for migration talks", "Japan’s Abe to meet Iran’s supreme leader amid tensions with U.S.",
        "Welcoming ceremony for Kenyan president held at the palace in Accra on Monday, officials said in a statement",
        "Macron meets Putin in Moscow, says next days crucial",
        "WASHINGTON, May 25. /TASS/. The meeting between the two presidents will take place in Geneva, the White House said."})
    void headlinesAndText(String line) {
        assertFalse(PageDebris.isDebris(line), line);
    }

    @Test
    void allDebrisGivesTheFirstLineAndMarkdownHeadingsLoseTheirMarks() {
        assertEquals("Politics", PageDebris.title("Politics\n\nWorld\n"));
        assertEquals("Talks in Oslo", PageDebris.title("\n## Talks in Oslo\n\nText."));
        assertEquals("", PageDebris.title("\n  \n"));
    }
}
