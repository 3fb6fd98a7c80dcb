package dev.parley.events;

import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event mention found in one sentence of one document: what that sentence alone says.
 *
 * @param begin        char offset of the sentence in the article text
 * @param end          char offset, exclusive
 * @param start        code-point offset of the sentence (as Python and jq count)
 * @param stop         code-point offset, exclusive
 * @param trigger      the word that signals the event ("visit", "talks", "phone")
 * @param participants people of the event with their roles (document-local ids)
 * @param place        the place named for the event (city or country text), or null
 * @param country      country where it takes place (for a visit, the visited country), or null
 * @param date         the date this sentence gives, or null
 * @param durationDays a stated length ("two-day visit"), 0 when none
 * @param status       what the sentence says of it
 * @param strong       whether the sentence alone is enough evidence for an event; weak mentions only support
 *                     events found elsewhere
 * @param name         a summit's name ("G20"), or null
 * @param published    publication date of the document, or null
 * @param counterpart  whether the sentence calls the other party the visitor's counterpart
 * @param rules        the rules that made it, trigger rule first (triggers.yaml, destinations.yaml, and the
 *                     detector's named steps); provenance for --explain and the per-rule report
 * @param parties      sides named only as a group ("EU officials", "Saudi leaders", "his Gulf counterparts"): a
 *                     country's alpha-3 code or an organisation's label, in text order
 */
public record Candidate(String docId, int sentence, int begin, int end, int start, int stop, String text, String trigger, EventType type,
                        List<LocalParticipant> participants, String place, String country, EventDate date,
                        int durationDays, Status status, boolean strong, String name, LocalDate published,
                        boolean counterpart, List<String> rules, List<String> parties) {
    /**
     * Provenance of participants lent by the sentence's people, not found by the parse around the event's word
     * ("insisted that Putin and Zelensky are committed to keep negotiations moving forward"): support only.
     */
    public static final String PEOPLE_OF_THE_SENTENCE = "people-of-the-sentence";
    /** Provenance of a visit's place that the visitor left ("departed Taiwan on Wednesday"): the stay's last day. */
    public static final String LEFT_PLACE = "left-place";
    /** Provenance of a visit naming no place, put in the one country the corpus gives the people it meets there. */
    public static final String HOSTS_COUNTRY = "hosts-country";
    /** Provenance of a verb of ending ("concluding his summit"): the event's last day. */
    public static final String ENDED = "ended";
    /** Provenance of a date that names a day of the event ("a second day of talks on Thursday", "its final day"). */
    public static final String DAY_OF_EVENT = "day-of-event";
    /** Provenance of a clause told as over ("left on Friday after a two-day visit"). */
    public static final String COMPLETED = "completed";
    /** Provenance of a plan or proposal told with "again" ("invited him to visit again"): one more, not one held before. */
    public static final String AGAIN = "again";
    /** Provenance of an earlier event recalled ("their first summit", "his last visit"). */
    public static final String BACKGROUND = "background-mention";
    /**
     * Provenance of a visit whose sentence names no visitor ("the visit to Ashgabat had been dropped"), given to the
     * one person the article has travelling at the time: it only supports an event found elsewhere.
     */
    public static final String ARTICLES_TRAVELLER = "the-articles-traveller";

    public Candidate {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        rules = List.copyOf(rules);
        parties = List.copyOf(parties);
    }

    /** This candidate with other dates, stated length and status, and one more rule in its provenance. */
    public Candidate with(EventDate newDate, int newDurationDays, Status newStatus, String rule) {
        List<String> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new Candidate(docId, sentence, begin, end, start, stop, text, trigger, type, participants, place, country,
                newDate, newDurationDays, newStatus, strong, name, published, counterpart, more, parties);
    }

    /** This candidate in a country it did not name, and one more rule in its provenance. */
    public Candidate inCountry(String newCountry, String rule) {
        List<String> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new Candidate(docId, sentence, begin, end, start, stop, text, trigger, type, participants, place, newCountry,
                date, durationDays, status, strong, name, published, counterpart, more, parties);
    }

    /** A candidate without recorded rules (made by hand in tests and tools). */
    public Candidate(String docId, int sentence, int begin, int end, int start, int stop, String text, String trigger,
                     EventType type, List<LocalParticipant> participants, String place, String country, EventDate date,
                     int durationDays, Status status, boolean strong, String name, LocalDate published, boolean counterpart) {
        this(docId, sentence, begin, end, start, stop, text, trigger, type, participants, place, country, date, durationDays,
                status, strong, name, published, counterpart, List.of(), List.of());
    }
}
