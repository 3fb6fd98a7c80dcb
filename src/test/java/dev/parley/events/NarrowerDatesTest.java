package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.EventDate;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rough date is narrowed by the exact days written right beside it, where they fall within it. */
class NarrowerDatesTest {
    /** Thursday 13 August 2026. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 8, 13);

    private static EventDate narrowed(String sentence, String rough) {
        List<DateMention> found = DateExpressions.find(sentence, PUBLISHED, Tense.FUTURE);
        DateMention r = found.stream().filter(m -> m.text().equals(rough)).findFirst().orElseThrow();
        return Timing.narrower(sentence, found, r, r.date());
    }

    @Test void nextWeekFromMondayToWednesdayIsThoseDays() {
        assertEquals(EventDate.days(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 19)),
                narrowed("Prabowo will pay a state visit to Australia next week, from Monday to Wednesday.", "next week"));
    }

    @Test void daysFarFromTheRoughDateOrOutsideItLeaveItAlone() {
        EventDate nextWeek = DateExpressions.find("next week", PUBLISHED, Tense.FUTURE).get(0).date();
        assertEquals(nextWeek, narrowed("Prabowo will visit Australia next week, the office said on Monday after talks.", "next week"));
        assertEquals(nextWeek, narrowed("Prabowo will visit Australia next week, on 2 September.", "next week"));
    }

    @Test void daysInBracketsRightAfterTheRoughDateClarifyIt() {
        // "next week (August 18-20)"; brackets further on ("... on Friday (August 14)") cite another day
        assertEquals(EventDate.days(LocalDate.of(2026, 8, 18), LocalDate.of(2026, 8, 20)),
                narrowed("Prabowo will visit Australia next week (August 18-20), the office said.", "next week"));
        EventDate nextWeek = DateExpressions.find("next week", PUBLISHED, Tense.FUTURE).get(0).date();
        assertEquals(nextWeek, narrowed("Prabowo will visit Australia next week, his office said in a statement (August 18-20).",
                "next week"));
    }
}
