package dev.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-document merge on hand-built candidates. In every document local person 0 is Claire Dubois (FRA), 1 is
 * Grace Wanjiru (KEN), 2 is Kenji Sato (JPN), 3 is James Otieno (KEN, Trade Minister).
 */
class EventMergerTest {
    static final Person DUBOIS = new Person("p-claire-dubois", "Claire Dubois", List.of(), "FRA", List.of("Foreign Minister"), 5, false);
    static final Person WANJIRU = new Person("p-grace-wanjiru", "Grace Wanjiru", List.of(), "KEN", List.of("Foreign Minister"), 3, false);
    static final Person SATO = new Person("p-kenji-sato", "Kenji Sato", List.of(), "JPN", List.of(), 2, false);
    static final Person OTIENO = new Person("p-james-otieno", "James Otieno", List.of(), "KEN", List.of("Trade Minister"), 2, false);
    static final Person GIL = new Person("p-pablo-gil", "Pablo Gil", List.of(), null, List.of("Foreign Minister"), 1, false);
    static final List<Person> PEOPLE = List.of(DUBOIS, WANJIRU, SATO, OTIENO, GIL);

    private static Entities entities(List<Candidate> cs) {
        Map<String, Person> byLocal = new HashMap<>();
        for (Candidate c : cs) for (int i = 0; i < PEOPLE.size(); i++) byLocal.put(Entities.localKey(c.docId(), i), PEOPLE.get(i));
        return Entities.of(PEOPLE, byLocal);
    }

    private static List<DiplomaticEvent> merge(List<Candidate> cs) {
        return new EventMerger(Gazetteer.get()).merge(cs, entities(cs));
    }

    private static Candidate visit(String doc, int sentence, LocalDate published, EventDate date, Status status,
                                   String place, String country, LocalParticipant... ps) {
        String text = "Sentence " + sentence + " of " + doc + ".";
        return new Candidate(doc, sentence, 0, text.length(), 0, text.length(), text, "visit", EventType.VISIT,
                List.of(ps), place, country, date, 0, status, true, null, published, false);
    }

    private static Candidate meeting(String doc, int sentence, LocalDate published, EventDate date, Status status,
                                     String place, String country, boolean counterpart, LocalParticipant... ps) {
        String text = "Meeting sentence " + sentence + " of " + doc + ".";
        return new Candidate(doc, sentence, 0, text.length(), 0, text.length(), text, "met", EventType.MEETING,
                List.of(ps), place, country, date, 0, status, true, null, published, counterpart);
    }

    /** {@code c} with one more rule in its provenance ("completed", "left-place"), as the detector adds it. */
    private static Candidate withRule(Candidate c, String rule) {
        List<String> rules = new java.util.ArrayList<>(c.rules());
        rules.add(rule);
        return rebuilt(c, c.text(), c.strong(), rules);
    }

    /** {@code c} with another sentence text, strength and provenance. */
    private static Candidate rebuilt(Candidate c, String text, boolean strong, List<String> rules) {
        return new Candidate(c.docId(), c.sentence(), 0, text.length(), 0, text.length(), text, c.trigger(), c.type(),
                c.participants(), c.place(), c.country(), c.date(), c.durationDays(), c.status(), strong, c.name(),
                c.published(), c.counterpart(), rules, c.parties());
    }

    /** {@code c} with the sentence {@code text} (the helpers' texts name their documents). */
    private static Candidate told(String text, Candidate c) {
        return rebuilt(c, text, c.strong(), c.rules());
    }

    /** {@code c} as a weak mention, one that only supports an event found elsewhere. */
    private static Candidate weak(Candidate c) {
        return rebuilt(c, c.text(), false, c.rules());
    }

    static LocalParticipant p(int person, Role role, int token) {
        return new LocalParticipant(person, role, token);
    }

    static final LocalDate MAY15 = LocalDate.of(2024, 5, 15);
    static final LocalDate MAY22 = LocalDate.of(2024, 5, 22);

    @Test void aReportOfTheVisitEndedInsideTheAnnouncedDaysEndsIt() {
        // a.txt (1 May): "will visit Kenya from 13 to 16 May"; b.txt (14 May): "arrived in Nairobi on Monday" (13 May);
        // c.txt (15 May): "left Kenya on Tuesday [14 May], cutting the visit short": 13-14 May
        Candidate announced = visit("a.txt", 0, MAY15.minusDays(14), EventDate.days(MAY15.minusDays(2), MAY15.plusDays(1)),
                Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate arrived = visit("b.txt", 0, MAY15.minusDays(1), EventDate.day(MAY15.minusDays(2)), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1));
        Candidate left = withRule(visit("c.txt", 0, MAY15, EventDate.day(MAY15.minusDays(1)), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1)), Candidate.ENDED);
        List<DiplomaticEvent> events = merge(List.of(announced, arrived, left));
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(MAY15.minusDays(2), MAY15.minusDays(1)), events.get(0).date());
        // without the report of its end, the announced days stand
        assertEquals(EventDate.days(MAY15.minusDays(2), MAY15.plusDays(1)), merge(List.of(announced, arrived)).get(0).date());
        // a report as new as the end's that still gives a later day ("had been due to fly home this evening at the end of
        // the visit ... would now leave on Wednesday"): the end moved on, not forward
        // (e.txt, 14 May, told that evening)
        Candidate endTold = withRule(visit("e.txt", 0, MAY15.minusDays(1), EventDate.day(MAY15.minusDays(1)), Status.OCCURRED, null,
                "KEN", p(0, Role.VISITOR, 1)), Candidate.ENDED);
        Candidate staysOn = visit("e.txt", 1, MAY15.minusDays(1), EventDate.day(MAY15), Status.PLANNED, null, "KEN",
                p(0, Role.VISITOR, 1));
        assertEquals(EventDate.days(MAY15.minusDays(2), MAY15.plusDays(1)),
                merge(List.of(announced, arrived, endTold, staysOn)).get(0).date());
        // but a plan for a day already come when it is told is the plan as it had stood ("she had been due to fly on to
        // Mombasa today"): the end stays where the report of it puts it
        Candidate hadBeenDue = visit("c.txt", 2, MAY15, EventDate.day(MAY15), Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 1));
        assertEquals(EventDate.days(MAY15.minusDays(2), MAY15.minusDays(1)),
                merge(List.of(announced, arrived, left, hadBeenDue)).get(0).date());
        // nor does a meeting of the visit concluded that day end the visit ("concluded his talks with Ruto on Tuesday")
        Candidate talks = withRule(meeting("d.txt", 0, MAY15, EventDate.day(MAY15.minusDays(1)), Status.OCCURRED, null, "KEN",
                true, p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 5)), Candidate.ENDED);
        List<DiplomaticEvent> withTalks = merge(List.of(announced, arrived, talks));
        DiplomaticEvent visitOf = withTalks.stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElseThrow();
        assertEquals(EventDate.days(MAY15.minusDays(2), MAY15.plusDays(1)), visitOf.date());
    }

    @Test void aPlanToVisitAgainIsNotTheVisitHeldBeforeIt() {
        // a.txt (15 May): "Dubois was in Kenya from Monday to Wednesday" (undated here) and "Ruto invited her to visit
        // Kenya again": two visits; without "again", an invitation and the visit it led to may be one
        Candidate held = visit("a.txt", 0, MAY15, null, Status.OCCURRED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate invited = visit("a.txt", 1, MAY15, null, Status.PROPOSED, null, "KEN", p(0, Role.VISITOR, 1));
        assertEquals(2, merge(List.of(held, withRule(invited, Candidate.AGAIN))).size());
        assertEquals(1, merge(List.of(held, invited)).size());
    }

    @Test void aVisitThatNamesNoPlaceJoinsNoLegOfATour() {
        // a.txt: Dubois in Kenya 13-15 May and in Japan 16-17 May; b.txt (18 May): "on Friday visited the site of the
        // fire" (17 May, no place): either leg, or neither, so it joins none; with one country only it joins the trip
        Candidate kenya = visit("a.txt", 0, MAY15, EventDate.days(MAY15.minusDays(2), MAY15), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1));
        Candidate japan = visit("a.txt", 1, MAY15, EventDate.days(MAY15.plusDays(1), MAY15.plusDays(2)), Status.PLANNED, null,
                "JPN", p(0, Role.VISITOR, 1));
        Candidate site = weak(visit("b.txt", 0, MAY15.plusDays(3), EventDate.day(MAY15.plusDays(2)), Status.OCCURRED, null,
                null, p(0, Role.VISITOR, 1)));
        List<DiplomaticEvent> events = merge(List.of(kenya, japan, site));
        assertEquals(2, events.size());
        for (DiplomaticEvent e : events) assertEquals(Set.of("a.txt"), docsOf(e), e.label());
        List<DiplomaticEvent> one = merge(List.of(japan, site));
        assertEquals(Set.of("a.txt", "b.txt"), docsOf(one.get(0)));
    }

    @Test void aVisitNamingNoPlaceOverBeforeTheTripWasToldAsToComeIsNotIt() {
        // a.txt (15 May): "Dubois accepted an invitation to visit Kenya" (undated, proposed); b.txt (16 May): "on Monday
        // she visited the construction site" (13 May, no place): over before the trip was still to come, so not it;
        // told after the invitation, it may be
        Candidate invited = visit("a.txt", 0, MAY15, null, Status.PROPOSED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate site = weak(visit("b.txt", 0, MAY15.plusDays(1), EventDate.day(MAY15.minusDays(2)), Status.OCCURRED, null,
                null, p(0, Role.VISITOR, 1)));
        List<DiplomaticEvent> events = merge(List.of(invited, site));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Set.of("a.txt"), docsOf(events.get(0)));
        Candidate later = weak(visit("b.txt", 0, MAY22.plusDays(1), EventDate.day(MAY22), Status.OCCURRED, null,
                null, p(0, Role.VISITOR, 1)));
        assertEquals(Set.of("a.txt", "b.txt"), docsOf(merge(List.of(invited, later)).get(0)));
        // c.txt has the trip under way: a plan told during it ("will travel to Mombasa on Wednesday") is no bar
        Candidate underWay = visit("c.txt", 0, MAY15.minusDays(1), EventDate.day(MAY15.minusDays(2)), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1));
        assertEquals(Set.of("a.txt", "b.txt", "c.txt"), docsOf(merge(List.of(invited, underWay, site)).get(0)));
    }

    @Test void aVisitNamingNoPlaceIsInTheCountryOfTheOneItMeets() {
        // a.txt: Dubois in Kenya 13-15 May and in Japan 16-17 May; b.txt: "Wanjiru received Dubois on Wednesday" (15 May,
        // no place): Wanjiru is Kenyan, so it is the Kenya leg's
        Candidate kenya = visit("a.txt", 0, MAY15, EventDate.days(MAY15.minusDays(2), MAY15), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1));
        Candidate japan = visit("a.txt", 1, MAY15, EventDate.days(MAY15.plusDays(1), MAY15.plusDays(2)), Status.PLANNED, null,
                "JPN", p(0, Role.VISITOR, 1));
        Candidate received = weak(visit("b.txt", 0, MAY15.plusDays(1), EventDate.day(MAY15), Status.OCCURRED, null, null,
                p(1, Role.PARTICIPANT, 1), p(0, Role.VISITOR, 3)));
        List<DiplomaticEvent> events = merge(List.of(kenya, japan, received));
        DiplomaticEvent inKenya = events.stream().filter(e -> e.countries().contains("KEN")).findFirst().orElseThrow();
        assertEquals(Set.of("a.txt", "b.txt"), docsOf(inKenya), events.toString());
    }

    @Test void exactDaysOfOneStayMakeOneVisitSpanningThem() {
        // a.txt: "arrived in Nairobi on Monday" (13 May); b.txt: "travels to Mombasa on Wednesday, the last day of the
        // visit" (15 May): one visit, 13-15 May; a plan for those days called off is another event
        LocalDate monday = LocalDate.of(2024, 5, 13);
        Candidate arrived = visit("a.txt", 0, monday, EventDate.day(monday), Status.OCCURRED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate lastDay = visit("b.txt", 0, monday.plusDays(1), EventDate.day(monday.plusDays(2)), Status.PLANNED, "Mombasa", "KEN",
                p(0, Role.VISITOR, 1));
        List<DiplomaticEvent> events = merge(List.of(arrived, lastDay));
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(monday, monday.plusDays(2)), events.get(0).date());
        Candidate calledOff = visit("b.txt", 0, monday.plusDays(1), EventDate.day(monday.plusDays(2)), Status.CANCELLED, "Mombasa",
                "KEN", p(0, Role.VISITOR, 1));
        assertEquals(2, merge(List.of(arrived, calledOff)).size());
        Candidate weekLater = visit("b.txt", 0, monday.plusDays(1), EventDate.day(monday.plusDays(7)), Status.PLANNED, "Mombasa", "KEN",
                p(0, Role.VISITOR, 1));
        assertEquals(2, merge(List.of(arrived, weekLater)).size(), "days a week apart are two stays");
    }

    @Test void daysWithinTheVisitsToldLengthAreOneStayFromItsFirstDay() {
        // c.txt (8 May): "a five-day state visit to Kenya" (no day); a.txt: "arrived in Nairobi on Monday" (13 May);
        // b.txt: "travels to Mombasa on Thursday" (16 May), three days on, within the five: one visit, 13-17 May
        LocalDate monday = LocalDate.of(2024, 5, 13);
        String text = "Sentence 0 of c.txt.";
        Candidate fiveDays = new Candidate("c.txt", 0, 0, text.length(), 0, text.length(), text, "visit", EventType.VISIT,
                List.of(p(0, Role.VISITOR, 5)), null, "KEN", null, 5, Status.PLANNED, true, null, monday.minusDays(5), false);
        Candidate arrived = visit("a.txt", 0, monday, EventDate.day(monday), Status.OCCURRED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate thursday = visit("b.txt", 0, monday.plusDays(1), EventDate.day(monday.plusDays(3)), Status.PLANNED, "Mombasa", "KEN",
                p(0, Role.VISITOR, 1));
        // (d.txt, "spent today in Mombasa" on Thursday: the later day has more reports, and the stay still begins Monday)
        Candidate inMombasa = visit("d.txt", 0, monday.plusDays(3), EventDate.day(monday.plusDays(3)), Status.OCCURRED, "Mombasa", "KEN",
                p(0, Role.VISITOR, 1));
        List<DiplomaticEvent> events = merge(List.of(fiveDays, arrived, thursday, inMombasa));
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(monday, monday.plusDays(4)), events.get(0).date());
        // without a told length, days three apart are two stays
        assertEquals(2, merge(List.of(arrived, thursday)).size());
    }

    @Test void aStaysLengthCountsBackFromTheDayItWasLeft() {
        // a.txt: "arrived from Nairobi on Thursday" (16 May, the day Kenya was left); b.txt: "in Nairobi, where she spent
        // two nights" (three days, no day of its own): 14-16 May
        LocalDate thursday = LocalDate.of(2024, 5, 16);
        String ta = "Sentence 0 of a.txt.";
        Candidate left = new Candidate("a.txt", 0, 0, ta.length(), 0, ta.length(), ta, "arrived", EventType.VISIT,
                List.of(p(0, Role.VISITOR, 1)), "Nairobi", "KEN", EventDate.day(thursday), 0, Status.OCCURRED, true, null,
                thursday.plusDays(1), false, List.of("arrived-from", Candidate.LEFT_PLACE), List.of());
        String tb = "Sentence 0 of b.txt.";
        Candidate spent = new Candidate("b.txt", 0, 0, tb.length(), 0, tb.length(), tb, "spent", EventType.VISIT,
                List.of(p(0, Role.VISITOR, 1)), "Nairobi", "KEN", null, 3, Status.OCCURRED, true, null, thursday.plusDays(1), false);
        List<DiplomaticEvent> events = merge(List.of(left, spent));
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(thursday.minusDays(2), thursday), events.get(0).date());
    }

    private static Set<String> docsOf(DiplomaticEvent e) {
        return e.mentions().stream().map(m -> m.document()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test void aVisitBegunByItsLatestReportHasTakenPlace() {
        // a.txt (15 May) announces 20-22 May; b.txt (21 May) tells it as over, as under way, or only as still to come
        LocalDate may21 = LocalDate.of(2024, 5, 21);
        Candidate plan = visit("a.txt", 2, MAY15, EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 22)), Status.PLANNED,
                null, "KEN", p(0, Role.VISITOR, 5));
        Candidate left = visit("b.txt", 0, may21, EventDate.day(may21), Status.OCCURRED, null, "KEN", p(0, Role.VISITOR, 1));
        assertEquals(Status.OCCURRED, merge(List.of(plan, withRule(left, Candidate.COMPLETED))).get(0).status(), "left after a visit");
        assertEquals(Status.OCCURRED, merge(List.of(plan, left)).get(0).status(), "arrived on Monday for a three-day visit");
        Candidate underWay = visit("b.txt", 0, may21, null, Status.ONGOING, null, "KEN", p(0, Role.VISITOR, 1));
        assertEquals(Status.OCCURRED, merge(List.of(plan, underWay)).get(0).status(), "is visiting Kenya");
        // its days reached, but the latest report tells it only as still to come: under way by its dates alone
        Candidate ahead = visit("b.txt", 0, may21, null, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 1));
        assertEquals(Status.ONGOING, merge(List.of(plan, ahead)).get(0).status(), "will tour the port");
    }

    @Test void anEventToldAsDoneTheDayAfterItsStampHasTakenPlace() {
        // "concluded their talks on Saturday" in a report stamped Friday 15 May (a time zone behind): 16 May, done
        Candidate done = meeting("a.txt", 0, MAY15, EventDate.day(MAY15.plusDays(1)), Status.OCCURRED, null, null, false,
                p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 4));
        assertEquals(Status.OCCURRED, merge(List.of(done)).get(0).status());
        Candidate ahead = meeting("a.txt", 0, MAY15, EventDate.day(MAY15.plusDays(1)), Status.PLANNED, null, null, false,
                p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 4));
        assertEquals(Status.PLANNED, merge(List.of(ahead)).get(0).status());
    }

    @Test void aOneDayEventOnTheDayOfItsLatestReportIsPlannedOnlyIfToldOnlyAsAPlan() {
        // a.txt (15 May): "will visit Kenya on 21 May"; b.txt (21 May): "is to arrive in Nairobi today", or "is in
        // Nairobi" (under way), or nothing more
        LocalDate may21 = LocalDate.of(2024, 5, 21);
        Candidate plan = visit("a.txt", 2, MAY15, EventDate.day(may21), Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 5));
        Candidate today = visit("b.txt", 0, may21, EventDate.day(may21), Status.PLANNED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        assertEquals(Status.PLANNED, merge(List.of(plan, today)).get(0).status());
        Candidate there = visit("b.txt", 1, may21, null, Status.ONGOING, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        assertEquals(Status.OCCURRED, merge(List.of(plan, today, there)).get(0).status());
        assertEquals(Status.PLANNED, merge(List.of(plan)).get(0).status(), "reported only before its day");
    }

    @Test void anEarlierEventRecalledLongAfterJoinsTheOneDatedEventItCanBe() {
        // a.txt (15 May 2024): they met in Nairobi on 14 May; b.txt, nine months on: "since their first meeting in
        // Kenya" (undated, recalled: provenance background-mention)
        Candidate held = meeting("a.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 14)), Status.OCCURRED,
                "Nairobi", "KEN", false, p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 4));
        LocalDate feb = LocalDate.of(2025, 2, 12);
        Candidate told = weak(meeting("b.txt", 3, feb, null, Status.OCCURRED, null, "KEN", false,
                p(0, Role.PARTICIPANT, 2), p(1, Role.PARTICIPANT, 5)));
        Candidate recalled = withRule(told, Candidate.BACKGROUND);
        List<DiplomaticEvent> events = merge(List.of(held, recalled));
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).mentions().size(), "the recalled meeting cites the later article");
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 14)), events.get(0).date(), "a recall changes no date");
        // an undated mention not marked as recalled is too far from the event to be it
        assertEquals(1, merge(List.of(held, told)).get(0).mentions().size());
        // nor a plan called off: a recall tells what took place
        Candidate off = meeting("a.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.CANCELLED,
                "Nairobi", "KEN", false, p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 4));
        List<DiplomaticEvent> called = merge(List.of(off, recalled));
        assertEquals(Status.CANCELLED, called.get(0).status());
        assertEquals(1, called.get(0).mentions().size());
        // nor is an event not yet over when the later article appeared what it recalls
        Candidate later = meeting("a.txt", 0, MAY15, EventDate.day(LocalDate.of(2025, 3, 1)), Status.PLANNED,
                "Nairobi", "KEN", false, p(0, Role.PARTICIPANT, 1), p(1, Role.PARTICIPANT, 4));
        assertEquals(1, merge(List.of(later, recalled)).get(0).mentions().size());
    }

    @Test void anUndatedPlanCalledOffIsTheEarlierPlanNotTheTripThatTookPlace() {
        // a.txt (8 Jan): Dubois will visit Kenya 20-22 January; b.txt (10 Feb): she arrived in Nairobi on Monday (5 Feb);
        // c.txt (4 March), an analysis: "she had to postpone the visit to Kenya" (undated, called off)
        Candidate plan = visit("a.txt", 1, LocalDate.of(2024, 1, 8), EventDate.days(LocalDate.of(2024, 1, 20),
                LocalDate.of(2024, 1, 22)), Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate held = visit("b.txt", 1, LocalDate.of(2024, 2, 10), EventDate.day(LocalDate.of(2024, 2, 5)),
                Status.OCCURRED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate postponed = visit("c.txt", 4, LocalDate.of(2024, 3, 4), null, Status.CANCELLED, null, "KEN",
                p(0, Role.VISITOR, 1));
        for (Candidate off : List.of(postponed, weak(postponed))) {
            List<DiplomaticEvent> events = merge(List.of(plan, held, off));
            assertEquals(2, events.size(), events.toString());
            DiplomaticEvent first = events.stream().filter(e -> e.date().start().getMonthValue() == 1).findFirst().orElseThrow();
            DiplomaticEvent second = events.stream().filter(e -> e.date().start().getMonthValue() == 2).findFirst().orElseThrow();
            assertEquals(Set.of("a.txt", "c.txt"), docsOf(first), "the plan called off cites the report of it");
            assertEquals(Status.CANCELLED, first.status());
            assertEquals(Set.of("b.txt"), docsOf(second));
            assertEquals(Status.OCCURRED, second.status());
        }
    }

    @Test void theNewDatesOfAPostponedTripAreTheLaterTrip() {
        // a.txt (Sat 25 March): "Dubois, who was due to head to Kenya, has postponed her trip" (undated, called off);
        // b.txt (1 April): "Dubois will leave for Kenya on 11 April" and "will meet Wanjiru on 14 April in Nairobi";
        // c.txt (14 April): she arrived in Kenya on Wednesday (12 April) and met Wanjiru on Friday
        Candidate off = visit("a.txt", 0, LocalDate.of(2023, 3, 25), null, Status.CANCELLED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate leaves = visit("b.txt", 1, LocalDate.of(2023, 4, 1), EventDate.day(LocalDate.of(2023, 4, 11)).asApproximate(),
                Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate willMeet = meeting("b.txt", 0, LocalDate.of(2023, 4, 1), EventDate.day(LocalDate.of(2023, 4, 14)),
                Status.PLANNED, "Nairobi", "KEN", true, p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 4));
        Candidate arrived = visit("c.txt", 0, LocalDate.of(2023, 4, 14), EventDate.days(LocalDate.of(2023, 4, 12),
                LocalDate.of(2023, 4, 14)), Status.OCCURRED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate met = meeting("c.txt", 1, LocalDate.of(2023, 4, 14), EventDate.day(LocalDate.of(2023, 4, 14)),
                Status.OCCURRED, null, null, true, p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 4));
        List<DiplomaticEvent> events = merge(List.of(off, leaves, willMeet, arrived, met));
        DiplomaticEvent calledOff = events.stream().filter(e -> e.status() == Status.CANCELLED).findFirst().orElseThrow();
        assertEquals(Set.of("a.txt"), docsOf(calledOff), events.toString());
        DiplomaticEvent held = events.stream().filter(e -> e.type() == EventType.VISIT && e.status() == Status.OCCURRED)
                .findFirst().orElseThrow();
        assertTrue(docsOf(held).containsAll(Set.of("b.txt", "c.txt")), events.toString());
    }

    @Test void aSummitWhoseReportsNameNoOneHasThePeopleOfItsMarginsMeetings() {
        // a.txt: "West African leaders opened their summit in Nairobi on Wednesday" (no one named); b.txt: "Dubois and
        // Sato met on the first afternoon" (no place, in an article that reports the summit), and Wanjiru meets Otieno
        // in Nairobi a week later, after it
        String summitText = "Summit sentence of a.txt.";
        Candidate summit = new Candidate("a.txt", 0, 0, summitText.length(), 0, summitText.length(), summitText, "summit",
                EventType.SUMMIT, List.of(), "Nairobi", "KEN", EventDate.day(MAY15), 0, Status.OCCURRED, true, "EAC", MAY15, false);
        Candidate alsoB = new Candidate("b.txt", 0, 0, summitText.length(), 0, summitText.length(), summitText, "summit",
                EventType.SUMMIT, List.of(), "Nairobi", "KEN", EventDate.day(MAY15), 0, Status.OCCURRED, true, "EAC", MAY15, false);
        Candidate margins = meeting("b.txt", 1, MAY15, EventDate.day(MAY15), Status.OCCURRED, null, null, false,
                p(0, Role.PARTICIPANT, 1), p(2, Role.PARTICIPANT, 4));
        Candidate later = meeting("c.txt", 1, MAY22, EventDate.day(MAY22), Status.OCCURRED, "Nairobi", "KEN", false,
                p(1, Role.PARTICIPANT, 1), p(3, Role.PARTICIPANT, 4));
        DiplomaticEvent s = merge(List.of(summit, alsoB, margins, later)).stream().filter(e -> e.type() == EventType.SUMMIT)
                .findFirst().orElseThrow();
        assertEquals(Set.of("Claire Dubois", "Kenji Sato"),
                s.participants().stream().map(x -> x.person().name()).collect(Collectors.toSet()));
    }

    @Test void aWeakMentionOfTheSameSentenceDoesNotOutweighACalledOffPlan() {
        // a.txt (Mon 13 May): "Dubois, who was due to head to Kenya this week, has postponed her trip": the plan,
        // called off (strong), and "her trip" (weak, read as done) from the same sentence
        Candidate off = visit("a.txt", 0, LocalDate.of(2024, 5, 13), EventDate.days(LocalDate.of(2024, 5, 13),
                LocalDate.of(2024, 5, 19)), Status.CANCELLED, null, "KEN", p(0, Role.VISITOR, 1));
        Candidate trip = weak(visit("a.txt", 0, LocalDate.of(2024, 5, 13), null, Status.OCCURRED, null, null,
                p(0, Role.VISITOR, 1)));
        List<DiplomaticEvent> events = merge(List.of(off, trip));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Status.CANCELLED, events.get(0).status());
    }

    @Test void leavingForTheNextCountryEndsTheStayInTheOneBefore() {
        // a.txt (10 May): Dubois arrived in Nairobi on Thursday (9 May); b.txt (10 May): she leaves this morning for Dar
        // es Salaam (provenance depart-for)
        Candidate kenya = visit("a.txt", 1, LocalDate.of(2024, 5, 10), EventDate.day(LocalDate.of(2024, 5, 9)), Status.OCCURRED,
                "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate leaves = withRule(visit("b.txt", 2, LocalDate.of(2024, 5, 10), EventDate.day(LocalDate.of(2024, 5, 10)).asApproximate(),
                Status.PLANNED, "Dar es Salaam", "TZA", p(0, Role.VISITOR, 1)), "depart-for");
        DiplomaticEvent first = merge(List.of(kenya, leaves)).stream().filter(e -> "KEN".equals(e.placeCountry())).findFirst().orElseThrow();
        assertEquals(EventDate.days(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 10)), first.date());
        // arriving is not leaving: an overnight flight may lie between the two
        Candidate arrives = visit("b.txt", 2, LocalDate.of(2024, 5, 10), EventDate.day(LocalDate.of(2024, 5, 10)), Status.OCCURRED,
                "Dar es Salaam", "TZA", p(0, Role.VISITOR, 1));
        DiplomaticEvent alone = merge(List.of(kenya, arrives)).stream().filter(e -> "KEN".equals(e.placeCountry())).findFirst().orElseThrow();
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 9)), alone.date());
        // two days between the stay's last known day and the leaving may be a trip home between two
        Candidate later = withRule(visit("b.txt", 2, LocalDate.of(2024, 5, 11), EventDate.day(LocalDate.of(2024, 5, 11)).asApproximate(),
                Status.PLANNED, "Dar es Salaam", "TZA", p(0, Role.VISITOR, 1)), "depart-for");
        DiplomaticEvent apart = merge(List.of(kenya, later)).stream().filter(e -> "KEN".equals(e.placeCountry())).findFirst().orElseThrow();
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 9)), apart.date());
    }

    @Test void theNamesOfTheFilesDecideNothing() {
        // one meeting told by two readouts, each naming its own side first; swapping the files' names swaps nothing
        LocalDate day = LocalDate.of(2024, 5, 14);
        for (String[] names : new String[][] {{"a.txt", "b.txt"}, {"b.txt", "a.txt"}}) {
            Candidate paris = told("Dubois met Wanjiru on Tuesday.", meeting(names[0], 0, MAY15, EventDate.day(day),
                    Status.OCCURRED, null, null, false, p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 4)));
            Candidate nairobi = told("Wanjiru met Dubois on Tuesday.", meeting(names[1], 0, MAY15, EventDate.day(day),
                    Status.OCCURRED, null, null, false, p(1, Role.PARTICIPANT, 1), p(0, Role.COUNTERPART, 4)));
            List<DiplomaticEvent> events = merge(List.of(paris, nairobi));
            assertEquals(1, events.size());
            assertEquals("Dubois meets Wanjiru, 14 May 2024", events.get(0).label(), "with " + String.join(", ", names));
        }
    }

    /** {@code c} with a side named only as a country's ("her Argentine counterpart"). */
    private static Candidate withParty(Candidate c, String party) {
        return new Candidate(c.docId(), c.sentence(), 0, c.text().length(), 0, c.text().length(), c.text(), c.trigger(), c.type(),
                c.participants(), c.place(), c.country(), c.date(), c.durationDays(), c.status(), c.strong(), c.name(),
                c.published(), c.counterpart(), c.rules(), List.of(party));
    }

    @Test void aSideNamedOnlyAsACountrysJoinsNoMeetingWithoutThatCountry() {
        // a.txt: "whether Dubois would meet her Japanese counterpart" (one person and JPN); b.txt: Dubois met Wanjiru;
        // c.txt: "Dubois was greeted by the mayor" (Dubois alone, weak)
        LocalDate day = LocalDate.of(2024, 5, 14);
        Candidate japanese = withParty(meeting("a.txt", 0, MAY15, null, Status.PROPOSED, null, null, true,
                p(0, Role.PARTICIPANT, 1)), "JPN");
        Candidate kenyan = meeting("b.txt", 0, MAY15, EventDate.day(day), Status.OCCURRED, null, null, false,
                p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 3));
        Candidate greeted = weak(meeting("c.txt", 0, MAY15, null, Status.OCCURRED, null, null, false, p(0, Role.PARTICIPANT, 1)));
        for (List<Candidate> cs : List.of(List.of(japanese, kenyan, greeted), List.of(kenyan, greeted, japanese))) {
            List<DiplomaticEvent> events = merge(cs);
            DiplomaticEvent withJapan = events.stream().filter(e -> e.countries().contains("JPN")).findFirst().orElseThrow();
            assertEquals(Set.of("a.txt"), docsOf(withJapan), "not the meeting with Wanjiru, nor the greeting");
            assertEquals(Status.PROPOSED, withJapan.status());
        }
    }

    @Test void aWireCopyCountsOnceWhicheverArticleComesFirst() {
        // b.txt repeats one sentence of a.txt, which has a second of its own: a.txt's report holds b.txt's
        for (String[] names : new String[][] {{"a.txt", "b.txt"}, {"b.txt", "a.txt"}}) {
            EventDate days = EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21));
            Candidate wire = told("Dubois arrived in Nairobi.", visit(names[0], 0, MAY22, days, Status.OCCURRED, "Nairobi", "KEN",
                    p(0, Role.VISITOR, 1)));
            Candidate more = told("She met Wanjiru.", visit(names[0], 1, MAY22, days, Status.OCCURRED, "Nairobi", "KEN",
                    p(0, Role.VISITOR, 1)));
            Candidate copy = told("Dubois arrived in Nairobi.", visit(names[1], 0, MAY22, days, Status.OCCURRED, "Nairobi", "KEN",
                    p(0, Role.VISITOR, 1)));
            List<DiplomaticEvent> events = merge(List.of(wire, more, copy));
            assertEquals(1, events.size());
            assertEquals(0.5, events.get(0).confidence(), 1e-9, "one strong report, with " + String.join(", ", names));
        }
    }

    @Test void aWeakMentionToldAsHeldDoesNotUndoAPlanCalledOff() {
        // a.txt (15 May): the 20-21 May visit, planned; b.txt (18 May): called off; c.txt (30 May), weak: "if Dubois
        // does come to Nairobi, the visit would be empty" read as held
        EventDate days = EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21));
        Candidate plan = visit("a.txt", 0, MAY15, days, Status.PLANNED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate off = visit("b.txt", 0, LocalDate.of(2024, 5, 18), days, Status.CANCELLED, "Nairobi", "KEN", p(0, Role.VISITOR, 1));
        Candidate later = weak(visit("c.txt", 3, LocalDate.of(2024, 5, 30), null, Status.OCCURRED, null, "KEN", p(0, Role.VISITOR, 1)));
        List<DiplomaticEvent> events = merge(List.of(plan, off, later));
        assertEquals(1, events.size());
        assertEquals(Status.CANCELLED, events.get(0).status());
    }

    @Test void oneVisitReportedByTwoArticles() {
        List<Candidate> cs = List.of(
                visit("a.txt", 2, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, null, "KEN",
                        p(0, Role.VISITOR, 5)),
                visit("b.txt", 0, MAY22, EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21)), Status.OCCURRED,
                        "Nairobi", "KEN", p(0, Role.VISITOR, 1), p(1, Role.HOST, 7)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(1, events.size());
        DiplomaticEvent e = events.get(0);
        assertEquals("Dubois visits Kenya, 20–21 May 2024", e.label());
        assertEquals(Status.OCCURRED, e.status(), "the latest article, 22 May, reports a visit that ended on the 21st");
        assertEquals(List.of("a.txt", "b.txt"), e.mentions().stream().map(EventMention::document).toList());
        assertEquals(List.of(Status.PLANNED, Status.OCCURRED), e.mentions().stream().map(EventMention::status).toList(),
                "each mention keeps what its own sentence says");
        assertEquals(List.of("Claire Dubois:visitor", "Grace Wanjiru:host"),
                e.participants().stream().map(x -> x.person().name() + ":" + x.role().json()).toList());
        assertEquals("Nairobi", e.place());
        assertEquals("KEN", e.placeCountry());
        assertEquals(List.of("FRA", "KEN"), e.countries());
        assertEquals(0.75, e.confidence(), 1e-9, "two independent strong articles: 1 - 0.5 * 0.5");
    }

    @Test void samePeopleMeetingInMarchAndSeptemberAreTwoEvents() {
        List<Candidate> cs = List.of(
                meeting("a.txt", 0, LocalDate.of(2024, 3, 12), EventDate.day(LocalDate.of(2024, 3, 8)), Status.OCCURRED,
                        "Tokyo", "JPN", false, p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4)),
                meeting("b.txt", 0, LocalDate.of(2024, 9, 17), EventDate.day(LocalDate.of(2024, 9, 13)), Status.OCCURRED,
                        "Tokyo", "JPN", false, p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(List.of("Dubois meets Sato in Tokyo, 8 March 2024", "Dubois meets Sato in Tokyo, 13 September 2024"),
                events.stream().map(DiplomaticEvent::label).toList());
        assertNotEquals(events.get(0).id(), events.get(1).id());
    }

    @Test void undatedReportsMonthsApartAreTwoEvents() {
        List<Candidate> cs = List.of(
                meeting("a.txt", 0, LocalDate.of(2024, 3, 12), null, Status.OCCURRED, null, null, false,
                        p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4)),
                meeting("b.txt", 0, LocalDate.of(2024, 9, 17), null, Status.OCCURRED, null, null, false,
                        p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4)));
        assertEquals(2, merge(cs).size());
    }

    @Test void visitAbsorbsTheMeetingWithTheCounterpart() {
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, "Nairobi", "KEN",
                        p(0, Role.VISITOR, 2)),
                meeting("b.txt", 3, MAY22, EventDate.day(LocalDate.of(2024, 5, 20)), Status.OCCURRED, "Nairobi", "KEN", true,
                        p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(1, events.size(), events.toString());
        DiplomaticEvent e = events.get(0);
        assertEquals(EventType.VISIT, e.type());
        assertEquals("Dubois visits Kenya, 20 May 2024", e.label());
        assertEquals(List.of("Claire Dubois:visitor", "Grace Wanjiru:host"),
                e.participants().stream().map(x -> x.person().name() + ":" + x.role().json()).toList());
        assertEquals(List.of("visit", "met"), e.mentions().stream().map(EventMention::trigger).toList());
    }

    @Test void aVisitKnownRoughlyIsDatedByTheExactDayOfItsMeeting() {
        // a.txt: "will travel to Kenya next week" (20-26 May, rough); b.txt: "met Wanjiru in Nairobi on 21 May"
        EventDate nextWeek = EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 26)).asApproximate();
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY15, nextWeek, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 2)),
                meeting("b.txt", 3, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, "Nairobi", "KEN", true,
                        p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 21)), events.get(0).date());
    }

    @Test void theDayAVisitorLeftEndsTheStay() {
        // a.txt: "arrived in Nairobi late on Monday" (20 May); b.txt: "departed Kenya on Tuesday" (a place left, weak)
        Candidate left = visit("b.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, null, "KEN",
                p(0, Role.VISITOR, 1));
        List<String> rules = new java.util.ArrayList<>(left.rules());
        rules.add("left-place");
        left = new Candidate(left.docId(), left.sentence(), left.begin(), left.end(), left.start(), left.stop(), left.text(),
                left.trigger(), left.type(), left.participants(), left.place(), left.country(), left.date(), 0, left.status(),
                false, null, left.published(), false, rules, left.parties());
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 20)), Status.OCCURRED, "Nairobi", "KEN",
                        p(0, Role.VISITOR, 2)),
                left);
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21)), events.get(0).date());
        assertEquals(2, events.get(0).mentions().size());
    }

    @Test void aMeetingsStatedLengthSpansItFromItsFirstDay() {
        // a.txt: "a two-day meeting of Dubois and Wanjiru" (undated); b.txt: "their meeting opened on 20 May"
        Candidate twoDays = meeting("a.txt", 0, MAY15, null, Status.PLANNED, "Nairobi", "KEN", true,
                p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6));
        twoDays = new Candidate(twoDays.docId(), twoDays.sentence(), twoDays.begin(), twoDays.end(), twoDays.start(), twoDays.stop(),
                twoDays.text(), twoDays.trigger(), twoDays.type(), twoDays.participants(), twoDays.place(), twoDays.country(), null, 2,
                twoDays.status(), true, null, twoDays.published(), true, twoDays.rules(), twoDays.parties());
        List<Candidate> cs = List.of(twoDays, meeting("b.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED,
                "Nairobi", "KEN", true, p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21)), events.get(0).date());
    }

    @Test void ofTwoRoughDatesTheNarrowerWins() {
        // a.txt: "will travel to Kenya next week" (rough week); b.txt: "heads to Kenya on Tuesday" (about 21 May)
        EventDate nextWeek = EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 26)).asApproximate();
        EventDate tuesday = EventDate.day(LocalDate.of(2024, 5, 21)).asApproximate();
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY15, nextWeek, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 2)),
                visit("b.txt", 0, MAY15, tuesday, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 2)));
        assertEquals(tuesday, merge(cs).get(0).date());
    }

    @Test void aVisitOnlyProposedAbsorbsNoMeetingAlreadyHeld() {
        // a.txt (22 May): Wanjiru met Dubois on the 21st, and invited her to visit Kenya, which she accepted (undated)
        List<Candidate> cs = List.of(
                meeting("a.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, null, null, false,
                        p(1, Role.PARTICIPANT, 1), p(0, Role.COUNTERPART, 6)),
                visit("a.txt", 2, MAY22, null, Status.PROPOSED, null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(List.of(EventType.VISIT, EventType.MEETING), events.stream().map(DiplomaticEvent::type).sorted().toList(),
                events.toString());
        // accepted and so planned, but on no day, it is still to come after the meeting its article reports as held
        List<Candidate> planned = List.of(cs.get(0),
                visit("a.txt", 2, MAY22, null, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)));
        assertEquals(2, merge(planned).size(), merge(planned).toString());
        // planned in one article and the meeting held in a later one, the meeting with the host is the visit's own
        List<Candidate> later = List.of(
                visit("a.txt", 2, MAY15, null, Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)),
                meeting("b.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, null, null, false,
                        p(1, Role.PARTICIPANT, 1), p(0, Role.COUNTERPART, 6)));
        assertEquals(1, merge(later).size(), merge(later).toString());
        // nor do undated talks told as held, one-sided and weak, join the visit their article tells only as invited
        List<Candidate> weakTalks = List.of(
                visit("a.txt", 2, MAY22, null, Status.PROPOSED, null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)),
                weak(meeting("a.txt", 0, MAY22, null, Status.OCCURRED, null, null, false, p(1, Role.PARTICIPANT, 1),
                        p(0, Role.COUNTERPART, 6))));
        assertTrue(merge(weakTalks).stream().allMatch(e -> e.mentions().size() == 1), merge(weakTalks).toString());
    }

    @Test void talksHeldBeforeAReportStillHadTheVisitToComeAreNotItsOwn() {
        // a.txt (22 May): Wanjiru and Dubois met on the 21st; b.txt (24 May): "Dubois accepted an invitation to visit
        // Kenya later this year": the visit is still to come after the talks, which are not its own
        Candidate talks = meeting("a.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, null, null,
                false, p(1, Role.PARTICIPANT, 1), p(0, Role.COUNTERPART, 6));
        List<Candidate> after = List.of(talks, visit("b.txt", 2, LocalDate.of(2024, 5, 24), EventDate.year(2024), Status.PLANNED,
                null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)));
        assertEquals(2, merge(after).size(), merge(after).toString());
        // told before the talks, the same plan is the visit they were held on
        List<Candidate> before = List.of(talks, visit("b.txt", 2, MAY15, EventDate.year(2024), Status.PLANNED,
                null, "KEN", p(0, Role.VISITOR, 5), p(1, Role.HOST, 1)));
        assertEquals(1, merge(before).size(), merge(before).toString());
    }

    @Test void aMeetingOnTheDaysOfASummitInTheCountryVisitedIsItsOwnEvent() {
        // Dubois goes to Kenya for a summit on 20-21 May and meets her host Wanjiru there on the 21st: a bilateral on
        // the margins of the summit, not the business of the trip; without the summit, the visit absorbs it
        String text = "The summit in Nairobi.";
        Candidate summit = new Candidate("a.txt", 5, 0, text.length(), 0, text.length(), text, "summit", EventType.SUMMIT,
                List.of(), "Nairobi", "KEN", EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21)), 0,
                Status.OCCURRED, true, "EAC", MAY22, false);
        Candidate trip = visit("a.txt", 0, MAY22, EventDate.day(LocalDate.of(2024, 5, 19)), Status.OCCURRED, "Nairobi", "KEN",
                p(0, Role.VISITOR, 1));
        Candidate bilateral = meeting("a.txt", 2, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, null, null,
                true, p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6));
        List<DiplomaticEvent> withSummit = merge(List.of(trip, bilateral, summit));
        assertEquals(3, withSummit.size(), withSummit.toString());
        List<DiplomaticEvent> without = merge(List.of(trip, bilateral));
        assertEquals(1, without.size(), without.toString());
    }

    @Test void anOfficeHoldersVisitToACityStandsWhenTheArticleGivesTheVisitorsState() {
        // "Foreign Minister Pablo Gil travelled to Nairobi in May": of no stated country, he may be at home; with the
        // article's other state for his (visitors-state), it is a visit between states
        Candidate toNairobi = visit("a.txt", 0, MAY22, EventDate.month(java.time.YearMonth.of(2024, 5)), Status.OCCURRED,
                "Nairobi", "KEN", p(4, Role.VISITOR, 1));
        assertEquals(List.of(), merge(List.of(toNairobi)));
        Candidate fromFrance = new Candidate(toNairobi.docId(), 0, 0, toNairobi.text().length(), 0, toNairobi.text().length(),
                toNairobi.text(), "travelled", EventType.VISIT, toNairobi.participants(), "Nairobi", "KEN", toNairobi.date(), 0,
                Status.OCCURRED, true, null, MAY22, false, List.of("travel-to-destination", "visitors-state"), List.of("FRA"));
        List<DiplomaticEvent> events = merge(List.of(fromFrance));
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("FRA", "KEN"), events.get(0).countries());
    }

    @Test void meetingWithAThirdCountryDuringTheVisitStaysSeparate() {
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, "Nairobi", "KEN",
                        p(0, Role.VISITOR, 2), p(1, Role.HOST, 8)),
                meeting("a.txt", 4, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, "Nairobi", "KEN", false,
                        p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 6)));
        List<DiplomaticEvent> events = merge(cs);
        assertEquals(List.of("Dubois meets Sato in Nairobi, 20 May 2024", "Dubois visits Kenya, 20 May 2024"),
                events.stream().map(DiplomaticEvent::label).toList());
    }

    @Test void talksThatFitBothTheMeetingAndTheVisitTheyTookPlaceInJoinTheMeeting() {
        // a.txt: Dubois visits Kenya 20-22 May (no host named) and will hold talks with Otieno, a minister of another
        // office, on the 21st (kept apart from the visit); b.txt, weakly, "after talks in Nairobi with Otieno on
        // Tuesday" fits both: the talks, not the visit they were part of
        List<Candidate> cs = List.of(
                visit("a.txt", 0, MAY15, EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 22)), Status.PLANNED,
                        "Nairobi", "KEN", p(0, Role.VISITOR, 2)),
                meeting("a.txt", 2, MAY15, EventDate.day(LocalDate.of(2024, 5, 21)), Status.PLANNED, null, null, false,
                        p(0, Role.PARTICIPANT, 1), p(3, Role.COUNTERPART, 6)),
                weak(meeting("b.txt", 1, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, "Nairobi", "KEN", false,
                        p(0, Role.PARTICIPANT, 1), p(3, Role.COUNTERPART, 6))));
        List<DiplomaticEvent> events = merge(cs);
        DiplomaticEvent talks = events.stream().filter(e -> e.type() == EventType.MEETING).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(Set.of("a.txt", "b.txt"), talks.mentions().stream().map(m -> m.document()).collect(Collectors.toSet()),
                events.toString());
    }

    @Test void resultDoesNotDependOnInputOrder() {
        List<Candidate> cs = new ArrayList<>(List.of(
                visit("a.txt", 2, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, null, "KEN", p(0, Role.VISITOR, 5)),
                visit("b.txt", 0, MAY22, EventDate.days(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 21)), Status.OCCURRED,
                        "Nairobi", "KEN", p(0, Role.VISITOR, 1), p(1, Role.HOST, 7)),
                meeting("b.txt", 3, MAY22, EventDate.day(LocalDate.of(2024, 5, 21)), Status.OCCURRED, "Nairobi", "KEN", true,
                        p(0, Role.PARTICIPANT, 1), p(1, Role.COUNTERPART, 6)),
                meeting("c.txt", 0, LocalDate.of(2024, 3, 12), EventDate.day(LocalDate.of(2024, 3, 8)), Status.OCCURRED,
                        "Tokyo", "JPN", false, p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4)),
                meeting("d.txt", 0, LocalDate.of(2024, 9, 17), EventDate.day(LocalDate.of(2024, 9, 13)), Status.OCCURRED,
                        "Tokyo", "JPN", false, p(0, Role.PARTICIPANT, 1), p(2, Role.COUNTERPART, 4))));
        List<DiplomaticEvent> forward = merge(cs);
        assertEquals(3, forward.size());
        Collections.reverse(cs);
        assertEquals(forward, merge(cs));
        Collections.swap(cs, 0, 3);
        Collections.swap(cs, 1, 4);
        assertEquals(forward, merge(cs));
        // total order: by first day of the date
        assertEquals(List.of(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 9, 13)),
                forward.stream().map(e -> e.date().start()).toList());
    }

    @Test void idIsStableWhenAnotherArticleRefinesTheDateWithinTheMonth() {
        Candidate monthOnly = visit("a.txt", 0, LocalDate.of(2024, 5, 2), EventDate.month(YearMonth.of(2024, 5)), Status.PLANNED,
                null, "KEN", p(0, Role.VISITOR, 1));
        Candidate exact = visit("b.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 5, 20)), Status.PLANNED, null, "KEN",
                p(0, Role.VISITOR, 1));
        DiplomaticEvent before = merge(List.of(monthOnly)).get(0);
        DiplomaticEvent after = merge(List.of(monthOnly, exact)).get(0);
        assertEquals("Dubois visits Kenya, May 2024", before.label());
        assertEquals("Dubois visits Kenya, 20 May 2024", after.label());
        assertEquals(before.id(), after.id());
        Candidate june = visit("c.txt", 0, MAY15, EventDate.day(LocalDate.of(2024, 6, 3)), Status.PLANNED, null, "KEN",
                p(0, Role.VISITOR, 1));
        assertNotEquals(before.id(), merge(List.of(june)).get(0).id(), "another month is another event id");
    }
}
