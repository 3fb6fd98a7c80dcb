package dev.parley.events;

/**
 * The numbers that tune the detector, in one place. Each was chosen by reading the parses of the sample and
 * hand-written articles and of the phrasing bank, and kept where a change made no difference on the development
 * files 01-74; the comment says what each one bounds.
 */
final class Settings {
    private Settings() {
    }

    /** Words either side of a talk verb or noun within which a call word makes it a call ("spoke by phone"). */
    static final int CALL_WORD_WINDOW = 3;
    /** Words before a name within which "counterpart" makes the person the other side ("his Egyptian counterpart, X"). */
    static final int COUNTERPART_WINDOW = 5;
    /** Words after a meeting trigger within which its "with" is looked for when the parse lost it. */
    static final int WITH_SEARCH = 6;
    /** Words after that "with" that may hold the other side's names, up to the next clause punctuation. */
    static final int WITH_WINDOW = 14;
    /** Worst rank of a person's relation to a visit that still makes them the visitor (People.subjectRank). */
    static final int MAX_VISITOR_RANK = 4;
    /** Extra distance, in words, per noun step between a place and the event's anchor (Places.placeIn). */
    static final int PLACE_STEP_COST = 5;
    /** Distance given to a place reached only through a summit's phrase. */
    static final int PLACE_FAR = 50;
    /** Parse steps up from a place or a summit within which the two are one phrase, or a summit finds its attendee. */
    static final int SUMMIT_REACH = 7;
    /**
     * Sentences of an article's headline and lede, where its news peg is told (Timing.weekBeforeBelowTheLede): the
     * headline, a dateline or standfirst, and the first sentence of the body. The one development article with a
     * stamp a day behind its event tells it in sentence 0; an analysis told the week before's day in sentence 3.
     */
    static final int LEDE_SENTENCES = 3;
    /** Words before and after a trigger within which a stated length ("two-day") belongs to it. */
    static final int DURATION_BEFORE = 7;
    static final int DURATION_AFTER = 6;
    /** Longest stated length, in days, taken as a visit's or meeting's own ("a 40-day tour" is not). */
    static final int MAX_DURATION_DAYS = 31;
    /**
     * Sentences at an article's head that may hold its dateline: headline, standfirst, byline, "Updated" line and photo
     * caption come before it on a news page.
     */
    static final int DATELINE_SENTENCES = 8;
    /** Days before its report within which a visit told as under way or done is the news its dateline is filed on. */
    static final int DATELINE_NEWS_DAYS = 3;
    /**
     * Days after its report within which a past verb's day is still the event's own (a report stamped a time zone or a
     * day behind what it tells); beyond them the past verb is the plan's, and the event is planned.
     */
    static final int PAST_VERB_AHEAD_DAYS = 7;
}
