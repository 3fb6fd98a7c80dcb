package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The summit" in an article that names one summit series is that summit (Summits.theArticlesSummit), on hand-built candidates. */
class ArticlesSummitTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 7, 1);
    private static final EventDate JULY_3_4 = EventDate.days(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4));

    private static Candidate named(String name) {
        return new Candidate("a.txt", 0, 0, 10, 0, 10, "Asunción ready for " + name + " summit", "summit", EventType.SUMMIT,
                List.of(), null, "PRY", null, 0, Status.PLANNED, false, name, PUBLISHED, false, List.of("named-summit"), List.of());
    }

    /** "Heads of state meet in Asunción on 3-4 July for the bloc's mid-year summit", with extra provenance. */
    private static Candidate bare(List<LocalParticipant> people, String... more) {
        List<String> rules = new ArrayList<>(List.of("unnamed-summit"));
        rules.addAll(List.of(more));
        return new Candidate("a.txt", 1, 11, 90, 11, 90, "Heads of state meet on Friday and Saturday for the bloc's summit.",
                "summit", EventType.MEETING, people, "Asunción", "PRY", JULY_3_4, 0, Status.PLANNED, false, null, PUBLISHED,
                false, rules, List.of());
    }

    @Test void theSummitOfAnArticleThatNamesOneSeriesIsThatSummit() {
        List<Candidate> out = Summits.theArticlesSummit("", List.of(named("Mercosur"), bare(List.of())));
        Candidate c = out.get(1);
        assertEquals(EventType.SUMMIT, c.type());
        assertEquals("Mercosur", c.name());
        assertEquals(JULY_3_4, c.date(), "it keeps its own sentence's date");
        assertEquals(true, c.strong(), "a dated reference to the named summit stands alone");
        assertEquals(true, c.rules().contains(Summits.THE_ARTICLES_SUMMIT));
    }

    @Test void notWhenTheArticleNamesTwoSeriesOrTheSummitIsAnotherOne() {
        assertNull(Summits.theArticlesSummit("", List.of(named("Mercosur"), named("G20"), bare(List.of()))).get(2).name());
        assertEquals(EventType.MEETING, Summits.theArticlesSummit("", List.of(named("Mercosur"), bare(List.of(), Summits.OF_A_SERIES)))
                .get(1).type(), "the next summit");
        assertEquals(EventType.MEETING, Summits.theArticlesSummit("", List.of(named("Mercosur"), bare(List.of(), Candidate.BACKGROUND)))
                .get(1).type(), "their last summit");
        assertEquals(EventType.MEETING, Summits.theArticlesSummit("", List.of(bare(List.of()))).get(0).type(), "no series named");
    }

    /** "Heads of state of {organisation} will gather in Maseru next week for the bloc's 53rd Ordinary Summit." */
    private static Candidate blocs(String organisation) {
        return new Candidate("a.txt", 1, 11, 90, 11, 90, "Heads of state of " + organisation
                + " will gather in Maseru next week for the bloc's 53rd Ordinary Summit.", "Summit", EventType.MEETING,
                List.of(), "Maseru", "LSO", JULY_3_4, 0, Status.PLANNED, false, null, PUBLISHED, false,
                List.of("unnamed-summit", Summits.THE_BLOCS_SUMMIT), List.of());
    }

    @Test void theBlocsSummitIsThatOfTheOrganisationItsSentenceNames() {
        // beside "the Highlands Mining and Investment Summit, a business conference": the bloc's is still SADC's
        List<Candidate> out = Summits.theArticlesSummit("", List.of(named("Highlands Mining and Investment"),
                blocs("the Southern African Development Community")));
        assertEquals(EventType.SUMMIT, out.get(1).type());
        assertEquals("SADC", out.get(1).name());
        // (the organisation named elsewhere in the article, when the sentence names none)
        List<Candidate> inArticle = Summits.theArticlesSummit("SADC leaders arrived. The Southern African Development"
                + " Community meets in Maseru.", List.of(named("Highlands Mining and Investment"), blocs("the region")));
        assertEquals("SADC", inArticle.get(1).name());
        // (no organisation named at all: as before, nothing to call it)
        assertEquals(EventType.MEETING, Summits.theArticlesSummit("", List.of(named("Highlands Mining and Investment"),
                named("G20"), blocs("the region"))).get(2).type());
    }

    @Test void notWhenTheArticleReportsASummitOfNamedLeaders() {
        // "Biden, Putin to hold summit June 16" beside "a G7 summit in Britain": "the June 16 summit" may be theirs
        Candidate theirs = bare(List.of(new LocalParticipant(0, Role.PARTICIPANT, 1), new LocalParticipant(1, Role.PARTICIPANT, 3)));
        List<Candidate> out = Summits.theArticlesSummit("", List.of(named("G7"), theirs, bare(List.of())));
        assertEquals(EventType.MEETING, out.get(2).type());
    }

    /** "Osei, who chaired the conclave, said on Friday": a gathering named by no words of its own (rule the-gathering). */
    private static Candidate gathering() {
        return new Candidate("a.txt", 2, 100, 140, 100, 140, "Osei, who chaired the conclave, said on Friday.", "conclave",
                EventType.SUMMIT, List.of(new LocalParticipant(0, Role.PARTICIPANT, 1)), null, null,
                EventDate.day(LocalDate.of(2026, 7, 3)), 0, Status.OCCURRED, true, null, PUBLISHED, false,
                List.of("the-gathering"), List.of());
    }

    @Test void aGatheringIsTheArticlesOneSummitAndTellsWhoWasThereNotWhen() {
        List<Candidate> out = Summits.theArticlesSummit("", List.of(named("Mercosur"), gathering()));
        assertEquals(2, out.size());
        Candidate c = out.get(1);
        assertEquals("Mercosur", c.name());
        assertEquals(1, c.participants().size());
        assertNull(c.date(), "its clause's day may be any other");
        assertEquals(false, c.strong());
        // "who hosted the previous gathering": another of the series
        Candidate previous = gathering();
        List<String> rules = new ArrayList<>(previous.rules());
        rules.add(Summits.OF_A_SERIES);
        Candidate other = new Candidate(previous.docId(), previous.sentence(), previous.begin(), previous.end(), previous.start(),
                previous.stop(), previous.text(), previous.trigger(), previous.type(), previous.participants(), null, null,
                previous.date(), 0, previous.status(), true, null, PUBLISHED, false, rules, List.of());
        assertEquals(1, Summits.theArticlesSummit("", List.of(named("Mercosur"), other)).size());
        // with no summit named, or two, it is none
        assertEquals(List.of(), Summits.theArticlesSummit("", List.of(gathering())));
        assertEquals(2, Summits.theArticlesSummit("", List.of(named("Mercosur"), named("G20"), gathering())).size());
    }

    private static Candidate regional(String name) {
        return new Candidate("a.txt", 0, 0, 10, 0, 10, name + " leaders wrapped up a two-day meeting.", "meeting",
                EventType.SUMMIT, List.of(), null, "GUY", JULY_3_4, 0, Status.OCCURRED, true, name, PUBLISHED, false,
                List.of("group-leaders-meeting"), List.of());
    }

    @Test void aRegionsSummitIsThatOfTheOneOrganisationOfTheRegionItsArticleNames() {
        String caricom = "Caribbean leaders wrapped up a two-day meeting. The leaders of the Caribbean Community said ...";
        assertEquals("CARICOM", Summits.regionsOrganisation(caricom, List.of(regional("Caribbean"))).get(0).name());
        assertEquals("Caribbean", Summits.regionsOrganisation("Caribbean leaders met.", List.of(regional("Caribbean"))).get(0).name(),
                "no organisation named");
        String two = "European leaders met. The European Union and the European Council said ...";
        assertEquals("European", Summits.regionsOrganisation(two, List.of(regional("European"))).get(0).name(), "two of the region");
        assertEquals("G20", Summits.regionsOrganisation(caricom, List.of(regional("G20"))).get(0).name(), "no region");
        // the region anywhere in the one organisation's name, the article naming it by its acronym: "West African leaders
        // opened their year-end summit" in a wire that writes "ECOWAS"
        String ecowas = "West African leaders opened their year-end summit in Accra. ECOWAS ministers met the day before.";
        assertEquals("ECOWAS", Summits.regionsOrganisation(ecowas, List.of(regional("African"))).get(0).name());
        assertEquals("African", Summits.regionsOrganisation(ecowas + " ECCAS sent an envoy.",
                List.of(regional("African"))).get(0).name(), "two organisations with the region in their names");
        // the compass word its sentence puts before the region is part of it: "West African leaders" in an article that
        // names the African Union is no AU summit; "East African leaders" beside ECOWAS and the EAC is the EAC's
        Candidate west = regional("African");
        Candidate westAfrican = new Candidate(west.docId(), 0, 0, 10, 0, 10, "West African leaders wrapped up a two-day meeting.",
                west.trigger(), west.type(), west.participants(), west.place(), west.country(), west.date(), 0, west.status(), true,
                "African", west.published(), false, west.rules(), west.parties());
        assertEquals("African", Summits.regionsOrganisation("West African leaders met. The African Union sent an envoy.",
                List.of(westAfrican)).get(0).name());
        Candidate eastAfrican = new Candidate(west.docId(), 0, 0, 10, 0, 10, "East African leaders wrapped up a two-day meeting.",
                west.trigger(), west.type(), west.participants(), west.place(), west.country(), west.date(), 0, west.status(), true,
                "African", west.published(), false, west.rules(), west.parties());
        assertEquals("EAC", Summits.regionsOrganisation("East African leaders met. ECOWAS and the EAC sent envoys.",
                List.of(eastAfrican)).get(0).name());
    }
}
