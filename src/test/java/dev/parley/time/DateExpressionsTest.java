package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date expressions resolved by hand with a calendar. Publication days used: 2024-06-14 Friday,
 * 2021-03-17 Wednesday, 2023-10-02 Monday, 2022-12-04 Sunday, 2021-03-25 Thursday, 2024-05-10 Friday.
 */
class DateExpressionsTest {

    /** Each sentence must yield exactly one mention with the expected date; an empty start means no mention. */
    @ParameterizedTest(name = "{0} @ {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # explicit days, with and without a year
        The two leaders met on 5 May to discuss trade.                      | 2024-06-14 | PAST    | 2024-05-05 | 2024-05-05 | DAY   | false
        The president will travel to Tokyo on May 5.                        | 2024-06-14 | FUTURE  | 2025-05-05 | 2025-05-05 | DAY   | false
        Talks were held in Geneva on May 5, 2023.                           | 2024-06-14 | PAST    | 2023-05-05 | 2023-05-05 | DAY   | false
        Macron will host the summit on 10 January.                          | 2024-06-14 | FUTURE  | 2025-01-10 | 2025-01-10 | DAY   | false
        The king visited Oslo on 20 December.                               | 2024-06-14 | PAST    | 2023-12-20 | 2023-12-20 | DAY   | false
        Geneva was chosen for the talks between October 11 and 13.          | 2019-09-03 | PAST    | 2019-10-11 | 2019-10-13 | DAY   | false
        The envoys met on 28 December to settle the text.                   | 2024-01-10 | PAST    | 2023-12-28 | 2023-12-28 | DAY   | false
        The envoys met on 10 January to settle the text.                    | 2024-12-20 | PAST    | 2024-01-10 | 2024-01-10 | DAY   | false
        The envoys met on 3 September to settle the text.                   | 2024-06-14 | PAST    | 2023-09-03 | 2023-09-03 | DAY   | false
        A meeting on 20 July is on the agenda.                              | 2024-06-14 | UNKNOWN | 2024-07-20 | 2024-07-20 | DAY   | false
        A communique from the 2 January meeting in Cairo.                   | 2024-06-14 | UNKNOWN | 2024-01-02 | 2024-01-02 | DAY   | false
        The minister is due to arrive on 12 June.                           | 2024-06-14 | FUTURE  | 2024-06-12 | 2024-06-12 | DAY   | false
        Ministers signed the accord on 14 June.                             | 2024-06-14 | PAST    | 2024-06-14 | 2024-06-14 | DAY   | false
        The treaty was ratified on June 12th.                               | 2024-06-14 | PAST    | 2024-06-12 | 2024-06-12 | DAY   | false
        The ceremony took place on the 12th of June.                        | 2024-06-14 | PAST    | 2024-06-12 | 2024-06-12 | DAY   | false
        Talks resume on Monday, 5 May 2025, in Doha.                        | 2024-06-14 | FUTURE  | 2025-05-05 | 2025-05-05 | DAY   | false
        The pact was initialled on Friday, 9 June, in Baku.                 | 2024-06-14 | UNKNOWN | 2023-06-09 | 2023-06-09 | DAY   | false
        # ranges and choices
        Negotiators will convene between July 8 and 10 in Vienna.           | 2024-06-14 | FUTURE  | 2024-07-08 | 2024-07-10 | DAY   | false
        Consultations between March 22 and 23 ended without a statement.    | 2021-03-25 | PAST    | 2021-03-22 | 2021-03-23 | DAY   | false
        The forum takes place 5–7 November in Lisbon.                       | 2023-10-02 | FUTURE  | 2023-11-05 | 2023-11-07 | DAY   | false
        Ministers gathered 18-19 September for the conference.              | 2023-10-02 | PAST    | 2023-09-18 | 2023-09-19 | DAY   | false
        The delegation stayed from 30 May to 2 June.                        | 2024-06-14 | PAST    | 2024-05-30 | 2024-06-02 | DAY   | false
        Leaders convene on Nov. 14-15 in Bali.                              | 2022-10-01 | FUTURE  | 2022-11-14 | 2022-11-15 | DAY   | false
        The envoy will arrive on 8 or 9 June 2024.                          | 2024-05-01 | FUTURE  | 2024-06-08 | 2024-06-09 | DAY   | true
        Officials met on March 19 or 22, 2021, according to two accounts.   | 2021-04-10 | PAST    | 2021-03-19 | 2021-03-22 | DAY   | true
        Celebrations ran from 31 December 2021 to 2 January 2022.           |            | PAST    | 2021-12-31 | 2022-01-02 | DAY   | false
        The talks in Vienna lasted 30 March – 2 April 2021.                 |            | PAST    | 2021-03-30 | 2021-04-02 | DAY   | false
        Delegates sat from 29 December to 3 January.                        | 2024-01-10 | PAST    | 2023-12-29 | 2024-01-03 | DAY   | false
        The fair runs Thursday to Saturday.                                 | 2021-03-17 | FUTURE  | 2021-03-18 | 2021-03-20 | DAY   | false
        The envoy spent Sunday to Wednesday in Banjul.                      | 2034-06-19 | PAST    | 2034-06-11 | 2034-06-14 | DAY   | false
        The envoy spent Monday to Wednesday in Banjul.                      | 2034-06-22 | PAST    | 2034-06-19 | 2034-06-21 | DAY   | false
        The summit is set for May 5-7 in Seoul.                             | 2024-04-20 | FUTURE  | 2024-05-05 | 2024-05-07 | DAY   | false
        Ministers met between 5 and 7 May.                                  | 2024-06-14 | PAST    | 2024-05-05 | 2024-05-07 | DAY   | false
        The meeting opened on Friday [August 19] without him.               | 2033-08-29 | PAST    | 2033-08-19 | 2033-08-19 | DAY   | false
        The guest on the 15th was received at the palace.                   | 2033-09-17 | PAST    | 2033-09-15 | 2033-09-15 | DAY   | false
        They had spoken on the morning of the 15th, a few hours later.      | 2031-10-27 | PAST    | 2031-10-15 | 2031-10-15 | DAY   | false
        The envoy stays from Tuesday 2 to Thursday 4 December 2031.         | 2031-11-27 | FUTURE  | 2031-12-02 | 2031-12-04 | DAY   | false
        Talks run from Sunday 30 November to Tuesday 2 December.            | 2031-11-27 | FUTURE  | 2031-11-30 | 2031-12-02 | DAY   | false
        The fair runs Tuesday, December 2 to Thursday, December 4.          | 2031-11-27 | FUTURE  | 2031-12-02 | 2031-12-04 | DAY   | false
        Envoys met on 10 and 11 July.                                       | 2024-08-01 | PAST    | 2024-07-10 | 2024-07-11 | DAY   | false
        Sessions are planned on 10 and 12 July.                             | 2024-06-14 | FUTURE  | 2024-07-10 | 2024-07-12 | DAY   | true
        The envoys talked on Monday and Thursday.                           | 2024-06-14 | PAST    | 2024-06-10 | 2024-06-13 | DAY   | true
        # a day of the month alone, by tense, and not an ordinal naming a thing
        He landed in Tashkent on the 16th, coming from Astana.             | 2024-06-18 | PAST    | 2024-06-16 | 2024-06-16 | DAY   | false
        She arrived on the 28th and left soon after.                        | 2024-06-14 | PAST    | 2024-05-28 | 2024-05-28 | DAY   | false
        The envoy will stay from the 20th to the 22nd.                      | 2024-06-14 | FUTURE  | 2024-06-20 | 2024-06-22 | DAY   | false
        Talks resume on the 2nd.                                            | 2024-06-14 | FUTURE  | 2024-07-02 | 2024-07-02 | DAY   | false
        A visit is scheduled for the 20th and 21st.                         | 2024-06-14 | FUTURE  | 2024-06-20 | 2024-06-21 | DAY   | false
        Leaders met on the 16th anniversary of the accord.                  | 2024-06-14 | PAST    |            |            |       | false
        # a weekday with its day of the month, in the month where the two agree
        He met the president on Wednesday the 18th, before lunch.           | 2035-04-30 | PAST    | 2035-04-18 | 2035-04-18 | DAY   | false
        The tour ended on Saturday, the 21st, with a flight home.           | 2035-04-30 | PAST    | 2035-04-21 | 2035-04-21 | DAY   | false
        She arrives on Monday the 17th for talks.                           | 2024-06-14 | FUTURE  | 2024-06-17 | 2024-06-17 | DAY   | false
        The delegation left on Friday the 31st.                             | 2024-06-14 | PAST    | 2024-05-31 | 2024-05-31 | DAY   | false
        # weekdays by tense
        Both sides held talks on Friday.                                    | 2024-06-14 | PAST    | 2024-06-14 | 2024-06-14 | DAY   | false
        Both sides held talks on Tuesday.                                   | 2024-06-14 | PAST    | 2024-06-11 | 2024-06-11 | DAY   | false
        She will meet the chancellor on Tuesday.                            | 2024-06-14 | FUTURE  | 2024-06-18 | 2024-06-18 | DAY   | false
        He was due to meet the emir on Friday.                              | 2024-06-14 | FUTURE  | 2024-06-14 | 2024-06-14 | DAY   | false
        The envoy is expected to arrive on Sunday.                          | 2024-06-14 | FUTURE  | 2024-06-16 | 2024-06-16 | DAY   | false
        The foreign ministers spoke last Wednesday.                         | 2021-03-17 | PAST    | 2021-03-10 | 2021-03-10 | DAY   | false
        # the day after the date stamp: a stamp a time zone behind the event, not six days back
        Both sides concluded their talks on Saturday.                       | 2024-06-14 | PAST    | 2024-06-15 | 2024-06-15 | DAY   | false
        Both sides concluded their talks last Saturday.                     | 2024-06-14 | PAST    | 2024-06-08 | 2024-06-08 | DAY   | false
        The envoys met on Saturday and Sunday.                              | 2024-06-14 | PAST    | 2024-06-08 | 2024-06-09 | DAY   | false
        # the week named after the day
        The envoys met on Thursday and Friday last week.                    | 2024-06-14 | PAST    | 2024-06-06 | 2024-06-07 | DAY   | false
        The ministers spoke on Tuesday last week.                           | 2021-03-17 | PAST    | 2021-03-09 | 2021-03-09 | DAY   | false
        The envoy will return on Friday next week.                          | 2021-03-17 | FUTURE  | 2021-03-26 | 2021-03-26 | DAY   | false
        The delegation travels to Riyadh next Monday.                       | 2021-03-17 | UNKNOWN | 2021-03-22 | 2021-03-22 | DAY   | false
        Talks continue from Thursday.                                       | 2021-03-17 | FUTURE  | 2021-03-18 | 2021-03-18 | DAY   | false
        Phone call between the two premiers on Saturday.                    | 2023-10-02 | UNKNOWN | 2023-09-30 | 2023-09-30 | DAY   | false
        The premier spoke with the chancellor on Monday.                    | 2023-10-02 | UNKNOWN | 2023-10-02 | 2023-10-02 | DAY   | false
        The cabinet will convene on Wednesday.                              | 2022-12-04 | UNKNOWN | 2022-12-07 | 2022-12-07 | DAY   | false
        # weeks, weekends, months and years relative to publication
        The envoy will return next week.                                    | 2024-06-14 | FUTURE  | 2024-06-17 | 2024-06-23 | DAY   | true
        Inspectors are in the country this week.                            | 2024-06-14 | PRESENT | 2024-06-10 | 2024-06-16 | DAY   | true
        The ministers talked last week.                                     | 2024-06-14 | PAST    | 2024-06-03 | 2024-06-09 | DAY   | true
        The ministers spoke earlier this week.                              | 2024-06-14 | PAST    | 2024-06-10 | 2024-06-14 | DAY   | true
        The envoy returns next week.                                        | 2022-12-04 | UNKNOWN | 2022-12-05 | 2022-12-11 | DAY   | true
        Elections are planned next month.                                   | 2024-06-14 | FUTURE  | 2024-07-01 | 2024-07-31 | MONTH | false
        The embassy reopened earlier this month.                            | 2024-06-14 | PAST    | 2024-06-01 | 2024-06-30 | MONTH | false
        Inflation has eased this month.                                     | 2024-06-14 | PAST    | 2024-06-01 | 2024-06-30 | MONTH | false
        A treaty could be signed later this year.                           | 2024-06-14 | FUTURE  | 2024-01-01 | 2024-12-31 | YEAR  | false
        Trade fell sharply last year.                                       | 2024-06-14 | PAST    | 2023-01-01 | 2023-12-31 | YEAR  | false
        The premier met the king over the weekend.                          | 2023-10-02 | PAST    | 2023-09-30 | 2023-10-01 | DAY   | true
        The premier will meet the king this weekend.                        | 2023-10-02 | FUTURE  | 2023-10-07 | 2023-10-08 | DAY   | true
        At the weekend the envoys met in Doha.                              | 2022-12-04 | PAST    | 2022-12-03 | 2022-12-04 | DAY   | true
        The envoy will fly home this weekend.                               | 2022-12-04 | FUTURE  | 2022-12-03 | 2022-12-04 | DAY   | true
        The ministers will meet over the weekend.                           | 2024-06-14 | FUTURE  | 2024-06-15 | 2024-06-16 | DAY   | true
        The ministers met yesterday.                                        | 2024-06-14 | PAST    | 2024-06-13 | 2024-06-13 | DAY   | false
        The summit opens today.                                             | 2024-06-14 | PRESENT | 2024-06-14 | 2024-06-14 | DAY   | false
        The chancellor flies to Ankara tomorrow.                            | 2024-06-14 | FUTURE  | 2024-06-15 | 2024-06-15 | DAY   | false
        Leaders dine together tonight.                                      | 2024-06-14 | UNKNOWN | 2024-06-14 | 2024-06-14 | DAY   | false
        They met three days ago.                                            | 2024-06-14 | PAST    | 2024-06-11 | 2024-06-11 | DAY   | false
        The allies last conferred two weeks ago.                            | 2024-06-14 | PAST    | 2024-05-31 | 2024-05-31 | DAY   | true
        They spoke the day before yesterday.                                | 2024-06-14 | PAST    | 2024-06-12 | 2024-06-12 | DAY   | false
        They will meet again in three days.                                 | 2024-06-14 | FUTURE  | 2024-06-17 | 2024-06-17 | DAY   | false
        The premier arrived for a visit lasting until Saturday.             | 2024-06-12 | PAST    | 2024-06-15 | 2024-06-15 | DAY   | false
        The premier stayed in Vienna until Saturday.                        | 2024-06-12 | PAST    | 2024-06-08 | 2024-06-08 | DAY   | false
        The sherpas met last weekend.                                       | 2024-06-14 | PAST    | 2024-06-08 | 2024-06-09 | DAY   | true
        The leaders will speak this coming Sunday.                          | 2022-12-04 | FUTURE  | 2022-12-11 | 2022-12-11 | DAY   | false
        # months by tense, never simply the nearest
        The president visited Kenya in March.                               | 2024-06-14 | PAST    | 2024-03-01 | 2024-03-31 | MONTH | false
        The president will visit Kenya in March.                            | 2024-06-14 | FUTURE  | 2025-03-01 | 2025-03-31 | MONTH | false
        The prime minister will go to Delhi in June.                        | 2024-06-14 | FUTURE  | 2024-06-01 | 2024-06-30 | MONTH | false
        In November the two navies held exercises.                          | 2024-06-14 | PAST    | 2023-11-01 | 2023-11-30 | MONTH | false
        The navies will exercise together in August.                        | 2024-06-14 | PAST    | 2023-08-01 | 2023-08-31 | MONTH | false
        Parliament session in October.                                      | 2024-06-14 | UNKNOWN | 2024-10-01 | 2024-10-31 | MONTH | false
        Budget talks in January.                                            | 2024-06-14 | UNKNOWN | 2024-01-01 | 2024-01-31 | MONTH | false
        The emir visited Paris last November.                               | 2024-11-20 | PAST    | 2023-11-01 | 2023-11-30 | MONTH | false
        The sultan will return next April.                                  | 2024-03-20 | FUTURE  | 2024-04-01 | 2024-04-30 | MONTH | false
        A second round is expected in mid-June.                             | 2024-05-01 | FUTURE  | 2024-06-01 | 2024-06-30 | MONTH | false
        Troops withdrew in late April.                                      | 2024-06-14 | PAST    | 2024-04-01 | 2024-04-30 | MONTH | false
        The minister may visit Cairo in May.                                | 2024-06-14 | FUTURE  | 2025-05-01 | 2025-05-31 | MONTH | false
        # years and months with a year need no publication date
        The accord was signed in 2022.                                      |            | PAST    | 2022-01-01 | 2022-12-31 | YEAR  | false
        Relations were restored in September 2020.                          |            | PAST    | 2020-09-01 | 2020-09-30 | MONTH | false
        The 2015 nuclear deal was discussed.                                | 2024-06-14 | PAST    | 2015-01-01 | 2015-12-31 | YEAR  | false
        The accord dates from Jan. 9, 2019.                                 |            | UNKNOWN | 2019-01-09 | 2019-01-09 | DAY   | false
        Sanctions imposed between 2017 and 2019 were lifted.                |            | PAST    | 2017-01-01 | 2019-12-31 | YEAR  | false
        Her 2018–21 term as envoy ended quietly.                            |            | PAST    | 2018-01-01 | 2021-12-31 | YEAR  | false
        The communique is dated 2024-06-12 in the archive.                  |            | UNKNOWN | 2024-06-12 | 2024-06-12 | DAY   | false
        The summit on 12/06/2024 ended.                                     | 2024-06-14 | PAST    |            |            |       |
        The visit, slated for June 20, was postponed.                       | 2024-06-14 | UNKNOWN | 2024-06-20 | 2024-06-20 | DAY   | false
        # noisy spellings
        The minister arrived on 14 Sept for talks.                          | 2023-10-02 | PAST    | 2023-09-14 | 2023-09-14 | DAY   | false
        Ties were upgraded on 3 Febuary.                                    | 2021-03-17 | PAST    | 2021-02-03 | 2021-02-03 | DAY   | false
        The consultations began on 22 Marc                                  | 2021-03-25 | PAST    | 2021-03-22 | 2021-03-22 | DAY   | false
        Delegates reconvene on Sept. 4.                                     | 2023-08-20 | FUTURE  | 2023-09-04 | 2023-09-04 | DAY   | false
        # not dates, or not placeable
        Police said a protest march in the capital drew 24 officials.      | 2024-06-14 | PAST    |            |            |       |
        Villagers march 5 kilometres to the border.                         | 2024-06-14 | PRESENT |            |            |       |
        The 15-minute call marked the 20th anniversary of ties.             | 2024-06-14 | PAST    |            |            |       |
        The package is worth US$155.1 billion.                              | 2024-06-14 | PRESENT |            |            |       |
        Covid-19 rules kept G20 ministers apart during the Kavkaz-2020 drills. | 2024-06-14 | PAST |            |            |       |
        Call the embassy at +1 202 555 2020 before 10:30.                   | 2024-06-14 | FUTURE  |            |            |       |
        The envoys met on Tuesday.                                          |            | PAST    |            |            |       |
        The envoy returns next week.                                        |            | FUTURE  |            |            |       |
        The king visited Kenya in March.                                    |            | PAST    |            |            |       |
        The king toured Kenya on 5 May.                                     |            | PAST    |            |            |       |
        """)
    void resolvesTheOnlyMention(String sentence, LocalDate published, Tense tense, LocalDate start, LocalDate end,
                                Precision precision, Boolean approximate) {
        List<DateMention> found = DateExpressions.find(sentence, published, tense);
        if (start == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), () -> "mentions: " + found);
        assertEquals(new EventDate(start, end, precision, approximate), found.get(0).date(), found.get(0).text());
    }

    @Test
    void nightsSpentAreTheDaysFromArrivalToLeaving() {
        // "spent two nights in Bamako" runs over three days; "two nights later" is no length
        assertEquals(List.of(3), Durations.find("In Bamako, where he spent two nights, he met Sangare.").stream()
                .map(Durations.Duration::days).toList());
        assertEquals(List.of(2), Durations.find("She spent a night in Kigali.").stream().map(Durations.Duration::days).toList());
        assertEquals(List.of(), Durations.find("Two nights later they met again."));
    }

    @Test
    void aDayCountedFromAnotherDayOfTheSentence() {
        // Friday 14 June 2024: Monday is the 10th, two days later the 12th
        List<DateMention> found = DateExpressions.find("Osei phoned Dube on Monday; two days later the two met in Geneva.",
                LocalDate.of(2024, 6, 14), Tense.PAST);
        assertEquals(List.of("Monday", "two days later"), found.stream().map(DateMention::text).toList());
        assertEquals(EventDate.day(LocalDate.of(2024, 6, 12)), found.get(1).date());
    }

    @Test
    void theSameDayIsTheDayNamedBefore() {
        // Friday 14 June 2024: "arrived on Monday and met Dube the same day" is Monday the 10th, as is "later that day"
        // after a sentence that named Monday; "the same day as the vote" counts from the vote
        assertEquals(EventDate.day(LocalDate.of(2024, 6, 10)), DateExpressions.find(
                "Osei arrived in Geneva on Monday and met Dube the same day.", LocalDate.of(2024, 6, 14), Tense.PAST)
                .get(1).date());
        assertEquals(List.of(EventDate.day(LocalDate.of(2024, 6, 10))), DateExpressions.find(
                "Later that day she met Dube.", LocalDate.of(2024, 6, 14), Tense.PAST, LocalDate.of(2024, 6, 10))
                .stream().map(DateMention::date).toList());
        assertEquals(List.of(), DateExpressions.find("They met on the same day as the vote.", LocalDate.of(2024, 6, 14),
                Tense.PAST, LocalDate.of(2024, 6, 10)));
    }

    @Test
    void aDayCountedFromTheDayBeforeTheSentence() {
        LocalDate named = LocalDate.of(2024, 6, 10);
        assertEquals(List.of(EventDate.day(LocalDate.of(2024, 6, 11))), DateExpressions.find(
                "The following day she flew to Rome.", LocalDate.of(2024, 6, 14), Tense.PAST, named)
                .stream().map(DateMention::date).toList());
        assertEquals(List.of(EventDate.day(LocalDate.of(2024, 6, 9))), DateExpressions.find(
                "She had arrived the previous day.", LocalDate.of(2024, 6, 14), Tense.PAST, named)
                .stream().map(DateMention::date).toList());
        // without a day to count from, or counted from an event rather than a day, nothing
        assertEquals(List.of(), DateExpressions.find("The following day she flew to Rome.", LocalDate.of(2024, 6, 14), Tense.PAST));
        assertEquals(List.of(), DateExpressions.find("They met the day before the summit.", LocalDate.of(2024, 6, 14),
                Tense.PAST, named));
    }

    @Test
    void aHalfOrAQuarterOfAYearIsItsMonths() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        assertEquals(List.of(new EventDate(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), Precision.MONTH, false)),
                DateExpressions.find("He will visit in the second half of the year.", published, Tense.FUTURE)
                        .stream().map(DateMention::date).toList());
        assertEquals(List.of(new EventDate(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Precision.MONTH, false)),
                DateExpressions.find("They hope to meet in the first half of next year.", published, Tense.FUTURE)
                        .stream().map(DateMention::date).toList());
        assertEquals(List.of(new EventDate(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31), Precision.MONTH, false)),
                DateExpressions.find("A summit is planned for the last quarter of 2027.", published, Tense.FUTURE)
                        .stream().map(DateMention::date).toList());
    }

    private static EventDate months(int y1, int m1, int y2, int m2) {
        return new EventDate(LocalDate.of(y1, m1, 1), java.time.YearMonth.of(y2, m2).atEndOfMonth(), Precision.MONTH, false);
    }

    private static List<EventDate> dates(String sentence, LocalDate published, Tense tense) {
        return DateExpressions.find(sentence, published, tense).stream().map(DateMention::date).toList();
    }

    @Test
    void theEndOfAMonthOrYearIsThatMonthOrYear() {
        LocalDate november = LocalDate.of(2027, 11, 17);
        assertEquals(List.of(EventDate.month(java.time.YearMonth.of(2027, 11))),
                dates("The commission will meet in Rabat at the end of the month.", november, Tense.FUTURE));
        assertEquals(List.of(EventDate.month(java.time.YearMonth.of(2027, 12))),
                dates("They will meet by the end of next month.", november, Tense.FUTURE));
        assertEquals(List.of(EventDate.year(2027)), dates("A forum will be held by year-end.", november, Tense.FUTURE));
        assertEquals(List.of(EventDate.year(2027)), dates("He will return before the end of the year.", november, Tense.FUTURE));
        assertEquals(List.of(EventDate.year(2028)), dates("He will return before the end of next year.", november, Tense.FUTURE));
    }

    @Test
    void aSeasonIsItsThreeMonths() {
        LocalDate february = LocalDate.of(2028, 2, 16);
        assertEquals(List.of(months(2028, 6, 2028, 8)), dates("She hoped to travel to Berlin this summer.", february, Tense.FUTURE));
        assertEquals(List.of(months(2028, 3, 2028, 5)), dates("He will visit next spring.", february, Tense.FUTURE));
        assertEquals(List.of(months(2027, 9, 2027, 11)), dates("They met last autumn.", february, Tense.PAST));
        assertEquals(List.of(months(2027, 12, 2028, 2)), dates("The talks this winter were hard.", february, Tense.PAST));
        assertEquals(List.of(months(2028, 9, 2028, 11)), dates("A visit is planned in the fall.", february, Tense.FUTURE));
        assertEquals(List.of(months(2026, 6, 2026, 8)), dates("They met in the summer of 2026.", february, Tense.PAST));
        assertEquals(List.of(months(2029, 3, 2029, 5)), dates("A summit is set for spring 2029.", february, Tense.FUTURE));
        // under way: "in the winter" told in February is this one, looking back or ahead; "next winter" is the one to come
        assertEquals(List.of(months(2027, 12, 2028, 2)), dates("He visited in the winter.", february, Tense.PAST));
        assertEquals(List.of(months(2028, 12, 2029, 2)), dates("He will visit next winter.", february, Tense.FUTURE));
        // a season is named as one only after a word that makes it one
        assertEquals(List.of(), dates("Prices fall as the Arab Spring is recalled.", february, Tense.PRESENT));
    }

    @Test
    void aDayCountedFromTheDayTheWordsAfterItName() {
        // Friday 30 May 2025: "the day before the summit opened there on Tuesday" is Monday the 26th
        List<DateMention> found = DateExpressions.find(
                "The ministers met in Kuala Lumpur the day before the two-day summit opened there on Tuesday.",
                LocalDate.of(2025, 5, 30), Tense.PAST);
        DateMention before = found.stream().filter(m -> m.text().equals("the day before")).findFirst().orElseThrow();
        assertEquals(EventDate.day(LocalDate.of(2025, 5, 26)), before.date());
        // at the end of a clause it still counts from the day named before it
        assertEquals(List.of("Tuesday", "the day before"), DateExpressions.find("Osei arrived on Tuesday, Dube the day before.",
                LocalDate.of(2025, 5, 30), Tense.PAST).stream().map(DateMention::text).toList());
    }

    @Test
    void mentionOffsetsPointIntoTheSentence() {
        String s = "Officials met on 8 or 9 June 2024 and again next week.";
        List<DateMention> found = DateExpressions.find(s, LocalDate.of(2024, 6, 14), Tense.UNKNOWN);
        assertEquals(List.of("8 or 9 June 2024", "next week"), found.stream().map(DateMention::text).toList());
        for (DateMention m : found) assertEquals(m.text(), s.substring(m.begin(), m.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        The spokesman said on Thursday that the premier will visit Seoul on 22 May.  | 2024-05-10 | FUTURE | visit   | 2024-05-22 | 2024-05-22
        The king arrived on Wednesday for a two-day stay.                            | 2021-03-19 | PAST   | arrived | 2021-03-17 | 2021-03-18
        He begins a three-day trip starting 4 October.                               | 2023-10-02 | FUTURE | trip    | 2023-10-04 | 2023-10-06
        The minister made a two-day visit beginning 22 Marc                          | 2021-03-25 | PAST   | visit   | 2021-03-22 | 2021-03-23
        She will start a week-long tour from 1 July.                                 | 2024-06-14 | FUTURE | tour    | 2024-07-01 | 2024-07-07
        The emir begins a four-day visit on Monday.                                  | 2024-06-14 | FUTURE | visit   | 2024-06-17 | 2024-06-20
        Under the 2015 nuclear deal, inspectors will visit on 3 July.                | 2024-06-14 | FUTURE | visit   | 2024-07-03 | 2024-07-03
        The envoy, who met Lavrov last Tuesday, flies to Ankara on Friday for three days. | 2024-06-12 | FUTURE | flies | 2024-06-14 | 2024-06-16
        Talks held in Rome on 3 June were followed by a summit in Paris on 9 June.   | 2024-06-14 | PAST   | summit  | 2024-06-09 | 2024-06-09
        The delegation stayed for four days after landing on 2 March.                | 2021-03-25 | PAST   | stayed  | 2021-03-02 | 2021-03-05
        After a two-day summit in Rome, the premier will visit Oslo on 3 July.       | 2024-06-14 | FUTURE | visit   | 2024-07-03 | 2024-07-03
        The foreign minister travels to Hanoi on 9 September for a five-day tour.    | 2023-08-30 | UNKNOWN | travels | 2023-09-09 | 2023-09-13
        """)
    void eventDatePicksTheExpressionOfTheTrigger(String sentence, LocalDate published, Tense tense, String trigger,
                                                 LocalDate start, LocalDate end) {
        int offset = sentence.indexOf(trigger);
        assertTrue(offset >= 0, trigger);
        assertEquals(Optional.of(EventDate.days(start, end)),
                DateExpressions.eventDate(sentence, published, tense, offset));
    }

    @Test
    void oneWrittenYearDatesTheOtherDaysOfTheSentence() {
        String s = "The envoys met on 4 March and again on 9 April 2019.";
        List<DateMention> found = DateExpressions.find(s, LocalDate.of(2024, 6, 14), Tense.PAST);
        assertEquals(List.of(EventDate.day(LocalDate.of(2019, 3, 4)), EventDate.day(LocalDate.of(2019, 4, 9))),
                found.stream().map(DateMention::date).toList());
    }

    @Test
    void aYearInAnotherClauseDoesNotDateTheEvent() {
        String s = "The accord signed in May 2015 will be reviewed on 3 July.";
        List<DateMention> found = DateExpressions.find(s, LocalDate.of(2024, 6, 14), Tense.FUTURE);
        assertEquals(List.of(EventDate.month(java.time.YearMonth.of(2015, 5)), EventDate.day(LocalDate.of(2024, 7, 3))),
                found.stream().map(DateMention::date).toList());
    }

    @Test
    void twoDatesJoinedByAndAcrossMonthsStaySeparate() {
        String s = "The king toured Kenya on 30 May and 14 June 2024.";
        List<DateMention> found = DateExpressions.find(s, null, Tense.PAST);
        assertEquals(List.of("30 May", "14 June 2024"), found.stream().map(DateMention::text).toList());
        assertEquals(LocalDate.of(2024, 5, 30), found.get(0).date().start());
    }

    @Test
    void aSentenceFullStopIsNotPartOfTheMonth() {
        String s = "Talks were held on 3 May.";
        assertEquals(List.of("3 May"), DateExpressions.find(s, LocalDate.of(2024, 6, 14), Tense.PAST).stream()
                .map(DateMention::text).toList());
    }

    @Test
    void eventDateRejectsAnOffsetOutsideTheSentence() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DateExpressions.eventDate("Talks on 5 May.", null, Tense.PAST, 40));
    }

    @Test
    void aStretchCountedIsNoDayThatFarOn() {
        // "met his counterpart twice in three days" counts meetings in a stretch; "will meet again in three days" is a day
        String twice = "He said he had met his counterpart twice in three days.";
        assertEquals(Optional.empty(), DateExpressions.eventDate(twice, LocalDate.of(2024, 6, 14), Tense.PAST, twice.indexOf("met")));
        String times = "The envoys met three times in two weeks.";
        assertEquals(Optional.empty(), DateExpressions.eventDate(times, LocalDate.of(2024, 6, 14), Tense.PAST, times.indexOf("met")));
    }

    @Test
    void eventDateKeepsAMonthAndIsEmptyWithoutADate() {
        String month = "The leaders met in Brussels for four days in May.";
        assertEquals(Optional.of(EventDate.month(java.time.YearMonth.of(2024, 5))),
                DateExpressions.eventDate(month, LocalDate.of(2024, 6, 14), Tense.PAST, month.indexOf("met")));
        String none = "The leaders met in Brussels.";
        assertEquals(Optional.empty(),
                DateExpressions.eventDate(none, LocalDate.of(2024, 6, 14), Tense.PAST, none.indexOf("met")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        The president will visit Paris.                              | visit    | FUTURE
        The president visited Paris.                                 | visited  | PAST
        The minister is expected to arrive on Sunday.                | arrive   | FUTURE
        The talks were due to begin on Tuesday.                      | Tuesday  | FUTURE
        Leaders met last week and will meet again next month.        | met      | PAST
        Leaders met last week and will meet again next month.        | meet     | FUTURE
        He said on Friday that she plans to travel to Rome.          | Friday   | PAST
        He said on Friday that she plans to travel to Rome.          | travel   | FUTURE
        The ministers held talks two days ago.                       | talks    | PAST
        The premier hopes to visit Hanoi.                            | Hanoi    | FUTURE
        She is in Rome.                                              | Rome     | PRESENT
        The visit, slated for June 20, was postponed.                | June     | FUTURE
        The visit, slated for June 20, was postponed.                | postponed | PAST
        Talks in Rome.                                               | Rome     | UNKNOWN
        """)
    void tenseAroundReadsCueWords(String sentence, String word, Tense expected) {
        assertEquals(expected, DateExpressions.tenseAround(sentence, sentence.indexOf(word)));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
        2021-03-22 | 2021-03-23 | 22–23 March 2021                  | DAY
        2021-03-30 | 2021-04-02 | 30 March – 2 April 2021           | DAY
        2021-12-31 | 2022-01-02 | 31 December 2021 – 2 January 2022 | DAY
        2023-10-01 | 2023-10-31 | October 2023                      | MONTH
        2022-01-01 | 2022-12-31 | 2022                              | YEAR
        2021-03-16 | 2021-03-16 | 16 March 2021                     | DAY
        2019-01-01 | 2021-12-31 | 2019–2021                         | YEAR
        """)
    void labels(LocalDate start, LocalDate end, String label, Precision precision) {
        assertEquals(label, new EventDate(start, end, precision, false).label());
    }

    @Test
    void aWeekAfterACommaIsNotTheDaysWeek() {
        // "Talks ended on Monday, next week the envoys return." (Wednesday 17 March): the Monday is the 15th
        List<DateMention> found = DateExpressions.find("Talks ended on Monday, next week the envoys return.",
                LocalDate.of(2021, 3, 17), Tense.PAST);
        assertEquals(EventDate.day(LocalDate.of(2021, 3, 15)), found.get(0).date(), found.toString());
    }

    @Test
    void aPresentTenseWeekdayIsTheNearestSuchDay() {
        LocalDate friday = LocalDate.of(2022, 1, 28);
        // "is travelling to the U.S. on Sunday", in a Friday paper: the coming Sunday, two days on, not five days back
        assertEquals(EventDate.day(LocalDate.of(2022, 1, 30)),
                DateExpressions.find("Scholz is travelling to the U.S. on Sunday.", friday, Tense.PRESENT).get(0).date());
        // "is visiting Paris on Wednesday", in a Friday paper: two days back, not five days on
        assertEquals(EventDate.day(LocalDate.of(2022, 1, 26)),
                DateExpressions.find("She is visiting Paris on Wednesday.", friday, Tense.PRESENT).get(0).date());
        assertEquals(EventDate.day(friday), DateExpressions.find("He is in Rome on Friday.", friday, Tense.PRESENT).get(0).date());
    }
}
