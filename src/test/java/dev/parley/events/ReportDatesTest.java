package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.Tense;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date in a reporting frame dates the report, unless the event's own trigger stands between the two. */
class ReportDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static boolean reportDate(String sentence, String trigger) {
        DateMention m = DateExpressions.find(sentence, PUBLISHED, Tense.FUTURE).get(0);
        return Timing.reportDate(sentence, m, sentence.indexOf(trigger));
    }

    @Test void aDateRightAfterTheReportingVerbDatesTheReport() {
        assertTrue(reportDate("The ministry said on Thursday that Dubois would visit Kenya.", "visit"));
        assertTrue(reportDate("Dubois will visit Kenya, the ministry told reporters on Thursday.", "visit"));
    }

    @Test void aDateAfterTheEventsTriggerDatesTheEvent() {
        assertFalse(reportDate("Her office said she would meet Sato on Thursday morning.", "meet"));
    }
}
