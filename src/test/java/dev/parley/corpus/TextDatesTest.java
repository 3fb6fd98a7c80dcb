package dev.parley.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextDatesTest {
    private static final String BODY = "The two ministers spoke about trade.\nThey agreed to meet again.\n";

    private static Article read(String text) {
        return CorpusReader.fromText("a.txt", text, null);
    }

    private static void assertTextDate(String expected, String text) {
        Article a = read(text);
        assertEquals(LocalDate.parse(expected), a.published(), text);
        assertEquals("text", a.publishedFrom());
    }

    @Test void labelledUpdatedDateInHead() {
        assertTextDate("2021-03-18", "Ministers talk\nUpdated Date: March 18, 2021 20:44:06 IST\n" + BODY);
    }

    @Test void aDatelineOfTwoCitiesWithoutAYear() {
        assertEquals(java.util.Optional.of(java.time.MonthDay.of(6, 20)),
                TextDates.dateline("Ministers talk\nSEOUL/BEIJING, June 20 (Wire) -- The ministers met.\n" + BODY).map(TextDates.Found::monthDay));
    }

    @Test void datelineWithTheDateInTheOutletsBracket() {
        assertTextDate("2021-11-12", "Ministers talk\n\nLISBON (Example News / Wire - 12th November, 2021) The two ministers spoke.\n" + BODY);
    }

    @Test void aDatelineWithItsPlaceInTitleCaseAndADashAfterTheDate() {
        assertTextDate("2036-03-10", "Ministers talk\n\nLusaka, 10 March 2036 – By A. Writer | Online 10/03/2036 at 20:10\n" + BODY);
        // (without the dash it may be a sentence: "Yesterday, 10 March 2036 was ...")
        assertEquals(null, read("Ministers talk\n\nIn Lusaka, 10 March 2036 was a holiday.\n" + BODY).published());
    }

    @Test void aBracketedDateInsideASentenceIsNoDateline() {
        Article a = read("Ministers talk\n\nThe ministers (who last met - 12th November, 2021) spoke again.\n" + BODY);
        assertEquals(null, a.published());
    }

    @Test void publishedOnWithWeekday() {
        assertTextDate("2023-06-19", "Ministers talk\nPublished on Monday, 19 June 2023 07:50\n" + BODY);
    }

    @Test void aLabelledDateInNumbersWhoseOrderIsPlain() {
        assertTextDate("2033-05-19", "Ministers talk\nPublished: 19/05/2033 08:12 | Split\n" + BODY);
        assertTextDate("2033-05-25", "Ministers talk\nPublished: 25.05.2033\n" + BODY);
        assertTextDate("2033-05-19", "Ministers talk\nPosted 05/19/2033\n" + BODY);
        // "05/06/2033" may be 5 June or May 6: no date
        assertEquals(null, read("Ministers talk\nPublished: 05/06/2033\n" + BODY).published());
    }

    @Test void publishedBeatsUpdated() {
        assertTextDate("2023-06-19",
                "Ministers talk\nUpdated: June 21, 2023\nPublished: June 19, 2023\n" + BODY);
    }

    @Test void bylineWithLabelAndTime() {
        assertTextDate("2021-03-18", "Ministers talk\nPosted by A. Writer on March 18, 2021\n" + BODY);
        assertTextDate("2021-03-19", "Ministers talk\nUpdated: 9:30 AM IST, March 19, 2021\n" + BODY);
        assertTextDate("2023-06-20", "Ministers talk\nBy A. Writer | Jun 20, 2023\n" + BODY);
    }

    @Test void standaloneDateLineInHead() {
        assertTextDate("2023-06-20", "Ministers talk\nJun 20, 2023\n" + BODY);
    }

    @Test void lineEndingWithDateAtFoot() {
        assertTextDate("2021-03-24", "Ministers talk\n" + BODY + "Share this story with your friends 🥰 Mar. 24, 2021\n");
    }

    @Test void footDateIsPreferredOverHeadDateline() {
        assertTextDate("2021-03-24", "Ministers talk\nJun 20, 2023\n" + BODY + "Posted Mar. 24, 2021\n");
    }

    @Test void cityDatelineWithYear() {
        assertTextDate("2023-10-04", "BRUSSELS, Oct 4, 2023 (Reuters) - " + BODY);
    }

    @Test void yearlessReutersDatelineIsKeptInMetadata() {
        Article a = read("Ministers talk\nBRUSSELS, Oct 4 (Reuters) - The two ministers spoke about trade.\n");
        assertNull(a.published());
        assertEquals("--10-04", a.metadata().get("dateline"));
    }

    @Test void yearlessDashDateline() {
        assertEquals("--06-12", read("SINGAPORE, June 12 — The two ministers spoke.\n").metadata().get("dateline"));
    }

    @Test void yearlessTassDateline() {
        assertEquals("--05-25", read("WASHINGTON, May 25. /TASS/. The two ministers spoke.\n").metadata().get("dateline"));
    }

    @Test void yearlessDatelineWithFileNameDateUsesTheFileName() {
        Article a = CorpusReader.fromText("2023-10-05-talks.txt", "BRUSSELS, Oct 4 (Reuters) - Talks.\n", null);
        assertEquals(LocalDate.of(2023, 10, 5), a.published());
        assertEquals("filename", a.publishedFrom());
        assertEquals("--10-04", a.metadata().get("dateline"));
    }

    @Test void bodySentenceDateIsNotADateline() {
        Article a = read("Ministers talk\nThe minister spoke on Tuesday.\nHe repeated a claim.\n"
                + "An earlier report (March 18, 2021) said otherwise.\nMore text here.\nAnd here.\nAnd more.\n"
                + "The talks ended.\nNothing else.\nThey met on March 20, 2021.\nEnd.\n");
        assertNull(a.published());
        assertNull(a.publishedFrom());
    }

    @Test void frontMatterBeatsText() {
        Article a = read("---\npublished: 2021-03-17\n---\nMinisters talk\nJun 20, 2023\n" + BODY);
        assertEquals(LocalDate.of(2021, 3, 17), a.published());
        assertEquals("frontmatter", a.publishedFrom());
    }

    @Test void optionIsTheLastResort() {
        Article a = CorpusReader.fromText("a.txt", "Ministers talk\n" + BODY, LocalDate.of(2020, 1, 2));
        assertEquals(LocalDate.of(2020, 1, 2), a.published());
        assertEquals("option", a.publishedFrom());
    }

    @Test void fileNameDate() {
        Article a = CorpusReader.fromText("news/2021-03-18-lavrov.txt", "Ministers talk\n" + BODY, LocalDate.of(2020, 1, 2));
        assertEquals(LocalDate.of(2021, 3, 18), a.published());
        assertEquals("filename", a.publishedFrom());
    }

    @Test void latestFullDateInTextStopsAtTheDateline() {
        String text = "Ministers talk\nPublished: March 20, 2021\nOn 12 March 2021 they spoke; on 2021-03-15 again.\n"
                + "They will meet on March 22, 2021.\n";
        assertEquals(Optional.of(LocalDate.of(2021, 3, 20)), TextDates.latestFullDateInText(text));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 15)),
                TextDates.latestFullDateInText("They spoke on 12 March 2021 and on 2021-03-15; in may 2022 more."));
        assertEquals(Optional.empty(), TextDates.latestFullDateInText("No dates, just March 3."));
    }

    @Test void completingYearlessDatelines() {
        assertEquals(Optional.of(LocalDate.of(2023, 10, 4)), TextDates.completeYear(MonthDay.of(10, 4), 2023));
        assertEquals(Optional.empty(), TextDates.completeYear(MonthDay.of(2, 29), 2023));
        assertEquals(Optional.of(LocalDate.of(2022, 12, 31)),
                TextDates.completeNear(MonthDay.parse("--12-31"), LocalDate.of(2023, 1, 2)));
    }

    @Test void metadataDatesInOtherFormats() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 18)),
                PublicationDates.fromMetadata(Map.of("date", "Thu, 18 Mar 2021 10:00:00 GMT")));
    }
}
