package dev.parley.events;

import java.util.Set;

/** The words that signal events, their modality and the reporting around them (lemmas, lower case). */
final class Lexicon {
    private Lexicon() {
    }

    /** Nouns naming a trip. */
    static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "voyage", "stay", "journey");
    /** Verbs of travel that make a visit when they have a destination. */
    static final Set<String> TRAVEL_VERBS = Set.of("travel", "arrive", "land", "fly", "head", "leave",
            "depart", "jet");
    /** Nouns naming a meeting. */
    static final Set<String> MEETING_NOUNS = Set.of("meeting", "talk", "talks", "dialogue", "negotiation",
            "discussion", "summit", "encounter", "meet");
    /** Nouns and words that make a talk a call. */
    static final Set<String> CALL_WORDS = Set.of("phone", "telephone", "telephonic", "video", "videoconference",
            "teleconference", "phonecall", "virtual", "videolink");
    /** Verbs that report speech: their subject is a source, their date is the report's. */
    static final Set<String> REPORTING = Set.of("say", "tell", "announce", "report", "add", "note", "quote", "accord",
            "claim", "state", "confirm", "cite", "write", "predict", "comment", "disclose", "reveal", "brief", "warn",
            "insist", "explain", "declare", "stress", "emphasize", "emphasise", "describe", "characterize", "praise",
            "criticise", "criticize", "urge", "tweet", "post");
    /** Governors of "to VERB" that put the event in the future. */
    static final Set<String> FUTURE_GOVERNORS = Set.of("expect", "due", "schedule", "slate", "set", "plan", "intend",
            "go", "prepare", "hope", "want", "agree", "aim", "likely", "poised", "expected", "scheduled", "slated",
            "will", "decide", "seek", "wish", "arrange");
    /** Words that cancel an event. */
    static final Set<String> CANCEL = Set.of("cancel", "postpone", "scrap", "shelve", "defer", "call", "rule", "delay",
            "decline", "abandon", "suspend", "cancellation", "postponement", "reschedule");
    /** Words that make an event only proposed. */
    static final Set<String> PROPOSE = Set.of("possible", "potential", "proposed", "propose", "proposal", "offer",
            "invite", "invitation", "suggest", "consider", "mull", "could", "might", "may", "would", "hope",
            "possibility", "prospect", "pave");
    /** Adjectives that mark a future event. */
    static final Set<String> FUTURE_ADJ = Set.of("upcoming", "coming", "forthcoming", "next", "planned", "scheduled",
            "expected", "proposed", "future");
    /** Adjectives that mark a past event. */
    static final Set<String> PAST_ADJ = Set.of("last", "previous", "recent", "earlier", "past", "former", "first");
    /** Words that say a person stayed away from an event. */
    static final Set<String> ABSENT = Set.of("absent", "skip", "miss", "boycott", "snub", "without");
    /** Pronouns that refer back to a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "his", "him", "she", "her", "hers");
}
