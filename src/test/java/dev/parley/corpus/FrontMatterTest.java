package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.time.MonthNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Front matter is YAML, read by Jackson's YAML parser; dates in metadata include RFC 1123; one month-name table. */
class FrontMatterTest {
    @Test
    void yamlQuotingCommentsListsAndScalarsAsWritten() {
        FrontMatter fm = FrontMatter.parse("---\n# a comment\ntitle: 'It''s \"talks\": day two'\nid: 0012\n"
                + "tags: [visit, Beijing]\nauthors:\n  - Jane Doe\n  - John Roe\nplace:\n  city: Beijing\n"
                + "empty:\npublished: 2021-03-18\n---\nLavrov met Wang.\n");
        assertEquals(List.of(), fm.problems());
        assertEquals(Map.of("title", "It's \"talks\": day two", "id", "0012", "tags", "visit, Beijing",
                "authors", "Jane Doe, John Roe", "empty", "", "published", "2021-03-18"), fm.fields());
        assertEquals(List.of("title", "id", "tags", "authors", "empty", "published"), List.copyOf(fm.fields().keySet()),
                "file order; the nested mapping is dropped");
        assertEquals("Lavrov met Wang.\n", fm.body());
    }

    @Test
    void plainKeyValueLinesAreReadWithoutTheYamlParserAsItReadsThem() throws Exception {
        List<String> plain = List.of("", "\n", "published: 2021-03-18\nsource: example.org\n",
                "title: Lavrov visits Beijing, talks with Wang\nid: 0012\n", "empty:\nalso:   \n",
                "a: null\nb: Null\nc: NULL\nd: nullish\n", "yes: yes\nno: No\non: off\ntrue: True\n",
                "n: 1_000\nh: 0x1F\nf: 1e3\ni: 12:30\nt: 2021-03-18 12:00:00\n",
                "url: https://example.org/a?b=c&d=e\n", "title: It's São Paulo — and Brasília\n",
                "k: v\r\nk2: v2\r\n", "dup: first\nother: x\ndup: second\n", "title: 100% sure @home *now* !\n",
                "title: trailing spaces   \n", "snake_case-key9: v\n");
        for (String block : plain) {
            Map<String, String> fast = FrontMatter.plainFields(block);
            assertNotNull(fast, block);
            assertEquals(FrontMatter.yamlFields(block), fast, block);
            assertEquals(List.copyOf(FrontMatter.yamlFields(block).keySet()), List.copyOf(fast.keySet()), block);
        }
        assertEquals(Map.of("a", "", "b", "", "c", "", "d", "nullish"), FrontMatter.plainFields("a: null\nb: Null\nc: NULL\nd: nullish\n"));
        // Everything YAML might read otherwise is left to it.
        for (String block : List.of("# comment\nk: v\n", "k: v # comment\n", "title: Lavrov: talks\n", "k: v:\n",
                "k: 'quoted'\n", "k: \"quoted\"\n", "k: [a, b]\n", "k: {a: b}\n", "k: ~\n", "k: &anchor v\n", "k: !tag v\n",
                "k: |\n  text\n", "k: >\n  text\n", "k: -1\n", "k: .5\n", "k: v\n  continued\n", " k: v\n", "k:v\n",
                "my key: v\n", "9k: v\n", "k:\tv\n", "k: a\tb\n", "k: a\\b\n", "k: a\u0085b\n", "k: \uD83D\uDE00\n",
                "- a\n- b\n", "...\n", "%YAML 1.1\n", "   \n", "k: a\rb\n")) {
            assertNull(FrontMatter.plainFields(block), block);
        }
        assertEquals(Map.of("title", "Lavrov in Beijing", "published", "2021-03-22"),
                FrontMatter.parse("---\r\ntitle: Lavrov in Beijing\r\npublished: 2021-03-22\r\n---\r\nText.\r\n").fields());
    }

    @Test
    void brokenYamlIsAProblemNamingTheLineAndTheWholeFileIsText() {
        String raw = "---\npublished: 2023-02-03\nthis line is no field\nsource: x\n---\nLavrov met Wang.\n";
        FrontMatter fm = FrontMatter.parse(raw);
        assertEquals(Map.of(), fm.fields());
        assertEquals(raw, fm.body());
        assertEquals(List.of("the front matter is not valid YAML (line 3: could not find expected ':'), so the block was"
                + " read as article text"), fm.problems());
        // An unquoted value with ': ' in it is not YAML: quote it.
        FrontMatter colon = FrontMatter.parse("---\ntitle: Lavrov: talks in Beijing\n---\nText.\n");
        assertEquals(List.of("the front matter is not valid YAML (line 2: mapping values are not allowed here), so the"
                + " block was read as article text"), colon.problems());
        assertEquals(Map.of("title", "Lavrov: talks in Beijing"),
                FrontMatter.parse("---\ntitle: \"Lavrov: talks in Beijing\"\n---\nText.\n").fields());
        FrontMatter list = FrontMatter.parse("---\n- a\n- b\n---\nText.\n");
        assertTrue(list.problems().get(0).contains("not 'key: value' fields"), list.problems().toString());
        assertEquals(Map.of(), FrontMatter.parse("---\n---\nText.\n").fields());
        assertEquals(List.of(), FrontMatter.parse("---\n---\nText.\n").problems());
    }

    @Test
    void rfc1123DatesAreReadWithTheJdksFormatter() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 18)), PublicationDates.parseRfc1123("Thu, 18 Mar 2021 20:44:06 GMT"));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 18)), PublicationDates.parseRfc1123("18 Mar 2021 23:30:00 -0500"));
        assertEquals(Optional.empty(), PublicationDates.parseRfc1123("2021-03-18"));
        Article a = CorpusReader.fromText("a.txt", "---\ndate: Thu, 18 Mar 2021 20:44:06 +0800\n---\nLavrov met Wang.\n", null);
        assertEquals(LocalDate.of(2021, 3, 18), a.published());
        assertEquals("frontmatter", a.publishedFrom());
    }

    @Test
    void datelinesReadFullNamesAndCustomaryAbbreviationsFromTheOneTable() {
        Pattern p = Pattern.compile("(?:" + MonthNames.NAMES_AND_ABBREVIATIONS + ")", Pattern.CASE_INSENSITIVE);
        for (String w : List.of("January", "Jan", "Sept", "Sep", "September", "June", "Jun", "May", "dec")) {
            assertTrue(p.matcher(w).matches(), w);
        }
        for (String w : List.of("Janu", "Septem", "Febuary", "Ma")) assertTrue(!p.matcher(w).matches(), w);
        assertEquals(Optional.of(LocalDate.of(2021, 9, 3)), TextDates.parseFullDate("Sept. 3, 2021"));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 3)), TextDates.parseFullDate("3 June 2021"));
    }
}
