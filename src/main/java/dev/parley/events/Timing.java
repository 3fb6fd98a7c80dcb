package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Tense, date and stated length of an event mention, from the dependency parse and parley's own date resolver. */
final class Timing {
    private Timing() {
    }

    /** "after a two-day visit", "following their call": a noun in a phrase of what came before its clause. */
    static boolean afterPhrase(Deps d, int trig) {
        return !d.isVerb(trig) && (Lexicon.AFTER_CASES.contains(d.caseOf(trig))
                || d.rel(trig).equals("obj") && Lexicon.AFTER_CASES.contains(d.word(d.head(trig))));
    }

    static Tense tense(Deps d, int trig, int verb) {
        if (underPlan(d, trig)) return Tense.FUTURE; // "confirmed the plans of holding a call on December 7"
        // "following their September 9 phone call, the leaders will discuss", "will meet on Friday, after his talks in Kyiv
        // on Jan. 19": what a clause comes after precedes it, not necessarily the report; its date is the nearest one
        if (afterPhrase(d, trig)) return Tense.PRESENT;
        int v = verb != 0 ? verb : trig;
        for (int k : new int[] {trig, v}) {
            for (int c : d.children(k)) {
                String l = d.lemma(c);
                if (d.rel(c).equals("amod") && Lexicon.FUTURE_ADJ.contains(l)) return Tense.FUTURE;
                if (d.rel(c).equals("amod") && Lexicon.PAST_ADJ.contains(l) && !l.equals("first")) return Tense.PAST;
            }
        }
        int cur = v;
        // ("is due in Vientiane later this month for the Mekong River Commission summit": an event a plan word is due
        // or expected for is in that word's time)
        if (v == trig && !d.isVerb(trig) && d.rel(trig).startsWith("obl") && d.head(trig) != 0
                && d.tok(d.head(trig)).pos().startsWith("JJ") && Lexicon.FUTURE_GOVERNORS.contains(d.lemma(d.head(trig)))) {
            cur = d.head(trig);
        }
        for (int guard = 0; cur > 0 && guard < 6; guard++) {
            for (int c : d.children(cur)) {
                String r = d.rel(c);
                String w = d.word(c);
                if (r.startsWith("aux") && (w.equals("will") || w.equals("wo") || w.equals("shall") || w.equals("'ll")
                        || w.equals("going") || w.equals("would") || w.equals("'d"))) {
                    return Tense.FUTURE;
                }
                // "might be received in April", "could take place in September": a possibility lies ahead, unless it is
                // one that was ("could have met")
                if (r.startsWith("aux") && Lexicon.MODAL_PROPOSE.contains(w.toLowerCase(Locale.ROOT)) && !perfect(d, cur)
                        && !(w.equalsIgnoreCase("could") && d.negated(cur))) { // "could not attend" was past
                    return Tense.FUTURE;
                }
            }
            // "has been scheduled for Saturday", "is to be hosted on 14 October", "has been invited to the summit in
            // August": the event a plan is made for lies ahead of the report; a plan told in the past ("had been set for
            // Tuesday", "was scheduled for Monday") may lie either side of it
            if (d.tok(cur).pos().equals("VBN") && passive(d, cur) && Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur))) {
                return pastAux(d, cur) ? Tense.PRESENT : Tense.FUTURE;
            }
            if (d.tok(cur).pos().equals("VBN") && passive(d, cur) && hasInfinitiveTo(d, cur)) return Tense.FUTURE;
            if (hasInfinitiveTo(d, cur) && d.tok(cur).pos().equals("VB")) {
                // "to visit": a plan, whether headline style ("X to visit Y") or under "expected/agreed/hopes"
                int h = d.head(cur);
                if (h != 0 && d.tok(h).pos().equals("VBD") && !Lexicon.FUTURE_GOVERNORS.contains(d.lemma(h))
                        && (d.lemma(h).equals("manage") || d.lemma(h).equals("go"))) {
                    return Tense.PAST;
                }
                // "He was due to fly home on Thursday", "was expected to leave on Friday" (the parser may leave the
                // infinitive a bare dep of "due"): a plan as it stood, either side of the report
                if (h != 0 && d.rel(cur).equals("dep") && d.tok(h).pos().startsWith("JJ") && Lexicon.FUTURE_GOVERNORS.contains(d.lemma(h))
                        && d.children(h).stream().anyMatch(c -> d.rel(c).equals("cop")
                                && (d.word(c).equalsIgnoreCase("was") || d.word(c).equalsIgnoreCase("were")))) {
                    return Tense.PRESENT;
                }
                return Tense.FUTURE;
            }
            String pos = d.tok(cur).pos();
            if (dueMisread(d, cur)) {
                // "who was due to head to China": "due to" read as a preposition on the verb after it
                for (int c : d.children(cur)) {
                    String w = d.word(c).toLowerCase(Locale.ROOT);
                    if (d.rel(c).equals("cop") && (w.equals("was") || w.equals("were"))) return Tense.PRESENT;
                }
                return Tense.FUTURE;
            }
            if (pos.startsWith("JJ") && Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur))) {
                // "is due in Kyiv next week": ahead of the report; "was due in Kyiv on Monday", either side of it
                for (int c : d.children(cur)) {
                    String w = d.word(c).toLowerCase(Locale.ROOT);
                    if (d.rel(c).equals("cop") && (w.equals("was") || w.equals("were"))) return Tense.PRESENT;
                }
                return Tense.FUTURE;
            }
            if (pos.equals("VBD")) {
                // "was due to", "was expected to": planned as of the report; but the event's own verb of travel
                // ("went on to Vanuatu on Tuesday") went
                if (Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur)) && !(cur == v && Lexicon.TRAVEL_VERBS.contains(d.lemma(cur)))
                        && governs(d, cur, trig)) {
                    return Tense.FUTURE;
                }
                return Tense.PAST;
            }
            if (pos.equals("VBN")) {
                for (int c : d.children(cur)) {
                    String w = d.word(c);
                    if (d.rel(c).startsWith("aux") && (w.equals("has") || w.equals("have") || w.equals("had")
                            || w.equals("was") || w.equals("were"))) {
                        return Tense.PAST;
                    }
                    if (d.rel(c).startsWith("aux") && (w.equals("is") || w.equals("are"))) {
                        return Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur)) ? Tense.FUTURE : Tense.PRESENT;
                    }
                }
                // "Tchissola ... spent Friday afternoon in talks": a sentence's main verb as a participle, with a
                // subject of its own and no auxiliary, is a simple past the tagger took for a participle (not a
                // participle clause the parser gave a subject: "a programme endorsed by Xi")
                if (d.head(cur) == 0 && d.child(cur, "aux", "aux:pass") == 0 && d.child(cur, "nsubj") != 0) return Tense.PAST;
            }
            if (pos.equals("VBZ") || pos.equals("VBP")) {
                if (Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur))) return Tense.FUTURE;
                // the simple present of a schedule: "the trip begins on Monday", "she flies to Rome on Friday"
                if (Lexicon.SCHEDULE_VERBS.contains(d.lemma(cur)) && Scope.hasDateChild(d, cur)) return Tense.FUTURE;
                return Tense.PRESENT;
            }
            if (pos.equals("VBG")) {
                for (int c : d.children(cur)) {
                    String w = d.word(c);
                    if (d.rel(c).startsWith("aux") && (w.equals("is") || w.equals("are") || w.equals("'s"))) return Tense.PRESENT;
                    if (d.rel(c).startsWith("aux") && (w.equals("was") || w.equals("were"))) return Tense.PAST;
                }
            }
            // "will visit Kenya on Monday before travelling on to Uganda": a bare participle's clause is in the time of
            // the clause it hangs on
            boolean participle = pos.equals("VBG") && d.rel(cur).startsWith("advcl") && d.child(cur, "aux") == 0;
            if (!d.rel(cur).equals("xcomp") && !d.rel(cur).equals("conj") && !participle) break;
            cur = d.head(cur);
        }
        return Tense.UNKNOWN;
    }

    /** Whether the parser read "due to" before this word as a preposition ("was due to head to China"). */
    static boolean dueMisread(Deps d, int k) {
        for (int c : d.children(k)) {
            if (d.rel(c).equals("case") && d.lemma(c).equals("due") && d.child(c, "fixed") != 0) return true;
        }
        return false;
    }

    /**
     * Whether a governor of plans governs the event: through a clause it takes ("was expected to visit", "agreed that
     * they would meet") or as its object ("planned a visit"), not as the setting of what it did ("prepared the agenda
     * in a telephone conversation on 11 February", "agreed on a truce during a call").
     */
    private static boolean governs(Deps d, int gov, int trig) {
        // ("During a phone call on Monday, X invited Y to visit Kenya": the call is the setting of the inviting, not
        // what it invites to)
        for (int cur = trig, guard = 0; cur != 0 && cur != gov && guard < 6; cur = d.head(cur), guard++) {
            if (d.head(cur) != gov) continue;
            String r = d.rel(cur);
            if (r.equals("obl") || r.startsWith("obl:") || r.equals("advcl") || r.startsWith("nmod")) return false;
            break;
        }
        for (int c : d.children(gov)) {
            String r = d.rel(c);
            if (r.equals("xcomp") || r.equals("ccomp") || r.equals("dep") && d.isVerb(c)) return true;
        }
        // (the governor itself, as the verb a date hangs on: "prepared the agenda ... on 11 February" is past)
        if (gov == trig) return false;
        for (int cur = trig, guard = 0; cur != 0 && guard < 4; cur = d.head(cur), guard++) {
            if (d.head(cur) == gov) return d.rel(cur).equals("obj") || d.rel(cur).startsWith("nsubj");
        }
        return true;
    }

    /** A passive participle: "been" or a form of "be" as its passive auxiliary. */
    private static boolean passive(Deps d, int v) {
        return d.child(v, "aux:pass") != 0;
    }

    /** Whether a verb has a perfect auxiliary ("could have met"). */
    private static boolean perfect(Deps d, int v) {
        for (int c : d.children(v)) {
            if (d.rel(c).startsWith("aux") && d.lemma(c).equals("have")) return true;
        }
        return false;
    }

    /** Whether a verb's auxiliaries put it in the past: "had been set", "was scheduled". */
    private static boolean pastAux(Deps d, int v) {
        for (int c : d.children(v)) {
            String w = d.word(c).toLowerCase(Locale.ROOT);
            if (d.rel(c).startsWith("aux") && (w.equals("had") || w.equals("was") || w.equals("were"))) return true;
        }
        return false;
    }

    /** "to visit", also after another marker ("due to begin" parses "due" as a mark too). */
    static boolean hasInfinitiveTo(Deps d, int v) {
        for (int c : d.children(v)) if (d.rel(c).equals("mark") && d.word(c).equals("to")) return true;
        return false;
    }

    static EventDate date(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig,
                                  List<Integer> anchors, boolean summit) {
        return date(d, sentText, sentBegin, published, tense, trig, anchors, summit, null);
    }

    /** @param reference the last day the text named before this sentence ("the following day" counts from it), or null */
    static EventDate date(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig,
                                  List<Integer> anchors, boolean summit, LocalDate reference) {
        return date(d, sentText, sentBegin, published, tense, trig, anchors, summit, reference, null);
    }

    /**
     * @param frame the last calendar day written out in the four sentences before this one (frameDay), which a bare
     *              past weekday of an earlier week is read beside; or null
     */
    static EventDate date(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig,
                                  List<Integer> anchors, boolean summit, LocalDate reference, LocalDate frame) {
        Tense t = tense;
        if (t == Tense.UNKNOWN) t = DateExpressions.tenseAround(sentText, d.tok(trig).begin() - sentBegin);
        List<DateMention> found = DateExpressions.find(sentText, published, t, reference);
        EventDate best = null;
        int bestDist = Integer.MAX_VALUE;
        DateMention bestMention = null;
        Tense bestTense = t;
        int bestAnchor = 0;
        for (DateMention m : found) {
            if (inParentheses(sentText, m)) continue; // "(March 18, 2021)" cites a source
            if (dateline(sentText, m)) continue; // "DAR ES SALAAM, May 6 - President X will ..." is the report's day
            if (reportDate(sentText, m, d.tok(trig).begin() - sentBegin)) continue; // "According to the ministry on Thursday, ..."
            // "met the day before the summit opened on Tuesday": the day counted from the summit's is not the summit's
            int at = d.tok(trig).begin() - sentBegin;
            if (at >= m.end() && at - m.end() <= COUNTED_FROM_REACH && COUNTED_FROM_NEXT.matcher(m.text()).matches()) continue;
            boolean since = SINCE.matcher(m.text()).matches();
            if (since && !opensClauseOf(d, sentBegin, m, trig)) continue;
            int bestTok = -1;
            int anchorOf = trig;
            for (Token tok : d.sentence().tokens()) {
                int b = tok.begin() - sentBegin;
                if (b < m.begin() || b >= m.end()) continue;
                int h = tok.head();
                if (h > 0) {
                    int hb = d.tok(h).begin() - sentBegin;
                    if (hb >= m.begin() && hb < m.end()) continue; // not the top of the date phrase
                }
                int packed = attachment(d, tok.index(), anchors);
                int dist = packed < 0 ? -1 : packed >> 16;
                if (dist >= 0 && (bestTok < 0 || dist < bestTok)) {
                    bestTok = dist;
                    anchorOf = packed & 0xFFFF;
                }
            }
            if (bestTok < 0) continue;
            // (counted roughly from the report, it yields to any date the sentence gives the event itself: "two years
            // after X travelled to Beirut in November 2025")
            if (since) bestTok += SINCE_PENALTY;
            // as near, a date on the event's own word beats one on a verb ("his discussions with Nakatani in Tokyo
            // last week", briefed on Monday; "before travelling on to Uganda on Wednesday and ending the tour in Rwanda
            // on Thursday")
            // ("On Wednesday ... accepted an invitation to make a state visit to Finland next year": of two dates as
            // near their anchors, the one whose anchor is nearer the event, "make", and not "accepted"; both govern it,
            // unlike "which began on Monday")
            boolean nearerEvent = bestTok == bestDist && anchorOf != bestAnchor && bestAnchor != trig
                    && towardsEvent(d, trig, bestAnchor) != Integer.MAX_VALUE
                    && towardsEvent(d, trig, anchorOf) < towardsEvent(d, trig, bestAnchor);
            if (bestTok < bestDist || bestTok == bestDist && anchorOf == trig && bestAnchor != trig || nearerEvent) {
                DateMention chosen = m;
                Tense chosenTense = t;
                // a date on a verb of its own ("a visit that had been due to begin on Monday") follows that verb's tense
                if (anchorOf != trig && d.isVerb(anchorOf)) {
                    Tense own = tense(d, anchorOf, anchorOf);
                    if (own != Tense.UNKNOWN && own != t) {
                        for (DateMention again : DateExpressions.find(sentText, published, own, reference)) {
                            if (again.begin() == m.begin()) {
                                chosen = again;
                                chosenTense = own;
                            }
                        }
                    }
                }
                best = possessiveWeekday(d, sentText, sentBegin, chosen, trig, published, chosenTense)
                        .orElse(weekBeforeBelowTheLede(d, chosen, chosen.date(), published, chosenTense));
                bestDist = bestTok;
                bestMention = chosen;
                bestTense = chosenTense;
                bestAnchor = anchorOf;
            }
        }
        if (best != null && bestTense == Tense.PAST && published != null) {
            // (a calendar day written earlier in the sentence frames it as the paragraph's does)
            LocalDate framing = frame;
            for (DateMention m : found) {
                if (m.end() <= bestMention.begin() && calendarDay(sentText, m)) framing = m.date().start();
            }
            best = inTheFramesWeek(bestMention, best, framing, published);
        }
        if (best != null && Lexicon.has(Lexicon.BEGIN_VERBS, d, bestAnchor)) {
            best = laterPart(d, sentText, sentBegin, published, bestTense, bestMention, best);
        }
        if (best != null && (best.approximate() || best.precision() != Precision.DAY)) {
            EventDate narrowed = narrower(sentText, found, bestMention, best);
            best = narrowed != best ? narrowed : opensWithin(d, sentText, sentBegin, found, bestMention, best);
        }
        if (best == null && published != null && t != Tense.FUTURE && LIVE_ENTRY.matcher(sentText).lookingAt()) {
            // "16:10 - Faye and Ouattara met on the margins of the summit": an entry of a live page, on its day
            best = EventDate.day(published);
        }
        if (best == null && summit && published != null) {
            List<DateMention> own = new ArrayList<>();
            for (DateMention m : found) if (!inParentheses(sentText, m) && !reportDate(sentText, m)) own.add(m);
            if (own.size() == 1) best = own.get(0).date();
        }
        return best;
    }

    /** The time stamp that opens an entry of a live page: "16:10 - ", "09.45 GMT: ". */
    private static final java.util.regex.Pattern LIVE_ENTRY = java.util.regex.Pattern.compile(
            "\\s*[0-2]?\\d[:.][0-5]\\d(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|GMT|UTC|BST|CET|CEST|EST|EDT|local time))?\\s*[-–—:]\\s");

    /** "the day before", "two days after": a day counted from one the words after it name. */
    private static final java.util.regex.Pattern COUNTED_FROM_NEXT = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+day|\\w+\\s+days)\\s+(?:before|after)");

    /** "two months after": a time counted back from the report to the clause it opens. */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?i)\\S+\\s+(?:weeks?|months?|years?)\\s+after");

    /** Added to the distance of a date counted back from the report, so that any date of the event itself wins. */
    private static final int SINCE_PENALTY = 1000;

    /**
     * Whether the "after" that ends {@code m} opens the clause of the event's own word ("It will come two months after
     * Lula met with Biden": "met"), not a noun ("two months after the election") or a clause the event only hangs on
     * ("a week after X offered to meet Y" dates the offer).
     */
    private static boolean opensClauseOf(Deps d, int sentBegin, DateMention m, int trig) {
        for (Token tok : d.sentence().tokens()) {
            int b = tok.begin() - sentBegin;
            if (b < m.begin() || b >= m.end() || !d.word(tok.index()).equalsIgnoreCase("after")) continue;
            int h = d.head(tok.index());
            return d.rel(tok.index()).equals("mark") && h == trig;
        }
        return false;
    }

    /** How far after such a phrase the event it counts from may be named (as the date scanner reads it). */
    private static final int COUNTED_FROM_REACH = 80;

    /** Characters between a rough date and the exact days right beside it that narrow it: ", from ". */
    static final int NARROWING_GAP = 8;

    /**
     * A rough date narrowed by exact days written beside it: "next week, from Monday to Wednesday", "in August, on
     * the 17th and 18th" are those days, where they fall within it.
     */
    static EventDate narrower(String sentText, List<DateMention> found, DateMention rough, EventDate date) {
        for (DateMention m : found) {
            EventDate e = m.date();
            // ("next week (March 20-22)": days in brackets right after a rough date clarify it, and cite no source)
            boolean clarifies = inParentheses(sentText, m) && m.begin() >= rough.end() && m.begin() - rough.end() <= 2;
            if (m == rough || e.precision() != Precision.DAY || e.approximate() || e.start().isBefore(date.start())
                    || e.end().isAfter(date.end()) || inParentheses(sentText, m) && !clarifies || reportDate(sentText, m)) {
                continue;
            }
            int gap = m.begin() >= rough.end() ? m.begin() - rough.end() : rough.begin() - m.end();
            if (gap >= 0 && gap <= NARROWING_GAP) return e;
        }
        return date;
    }

    /**
     * A rough date whose first day the sentence names with a verb of beginning: "will gather in Georgetown next week,
     * with the regular meeting opening on Tuesday", "later this month; talks begin on the 14th". The event begins that
     * day (its length is for other reports to tell).
     */
    static EventDate opensWithin(Deps d, String sentText, int sentBegin, List<DateMention> found, DateMention rough,
                                 EventDate date) {
        for (DateMention m : found) {
            EventDate e = m.date();
            if (m == rough || e.precision() != Precision.DAY || e.approximate() || e.days() != 1 || e.start().isBefore(date.start())
                    || e.end().isAfter(date.end()) || inParentheses(sentText, m) || reportDate(sentText, m)) {
                continue;
            }
            for (Token tok : d.sentence().tokens()) {
                int b = tok.begin() - sentBegin;
                if (b < m.begin() || b >= m.end()) continue;
                int up = tok.head();
                for (int steps = 0; up > 0 && steps < 2; steps++, up = d.head(up)) {
                    if (!d.isVerb(up) || !Lexicon.BEGIN_VERBS.contains(d.lemma(up))) continue;
                    // what begins is an event ("talks opening on Tuesday"), not anything else ("after parliament opens")
                    int subj = d.child(up, "nsubj", "nsubj:pass");
                    if (eventWord(d, subj != 0 ? subj : d.head(up))) return e;
                }
                // (the tagger may take "opening on Tuesday" for a noun: the word before the date, or before its "on")
                int k = tok.index() - 1;
                if (k >= 1 && (d.word(k).equalsIgnoreCase("on") || d.word(k).equalsIgnoreCase("from"))) k--;
                if (k >= 2 && BEGINNING.contains(d.word(k).toLowerCase(Locale.ROOT)) && eventWord(d, k - 1)) return e;
                break;
            }
        }
        return date;
    }

    /** The forms of the one-word verbs of BEGIN_VERBS, as a tagger that took one for a noun leaves it. */
    private static final java.util.Set<String> BEGINNING = java.util.Set.of("begin", "begins", "beginning", "began", "begun",
            "start", "starts", "starting", "started", "commence", "commences", "commencing", "commenced", "open", "opens",
            "opening", "opened");

    /** A word for an event: a trigger word, or a conference, session or forum ("the meeting of the Conference"). */
    private static boolean eventWord(Deps d, int k) {
        if (k <= 0) return false;
        String l = d.lemma(k);
        return Triggers.isTriggerWord(d, k) || l.equals("summit") || l.equals("conference") || l.equals("session")
                || l.equals("forum");
    }

    /**
     * An event that begins with one part on a day and goes on with another on a later day of the same sentence ("is
     * scheduled to begin with a private dinner on Wednesday, followed by official meetings on Thursday", "the summit
     * opens on Monday and ends with a joint statement on Tuesday") spans both: the later date counts when a word of
     * SEQUENCE ("followed by", "then") or a verb of END_VERBS stands between the two.
     */
    static EventDate laterPart(Deps d, String sentText, int sentBegin, LocalDate published, Tense t, DateMention first,
                               EventDate begun) {
        if (begun.precision() != Precision.DAY || begun.approximate() || begun.days() != 1) return begun;
        for (DateMention m : DateExpressions.find(sentText, published, t)) {
            EventDate later = m.date();
            if (m.begin() < first.end() || later.precision() != Precision.DAY || later.approximate()
                    || !later.start().isAfter(begun.start())
                    || later.end().isAfter(begun.start().plusDays(Settings.MAX_DURATION_DAYS - 1L))
                    || reportDate(sentText, m) || !sequenceBetween(d, sentBegin + first.end(), sentBegin + m.begin())) {
                continue;
            }
            // the first later part is the end ("wrapped up on Tuesday, the ministry said on Wednesday")
            return EventDate.days(begun.start(), later.end());
        }
        return begun;
    }

    /** Whether a word of SEQUENCE or a verb of END_VERBS lies between two character offsets of the document. */
    private static boolean sequenceBetween(Deps d, int from, int to) {
        for (int k = 1; k <= d.size(); k++) {
            if (d.tok(k).begin() < from || d.tok(k).end() > to) continue;
            String w = d.word(k).toLowerCase(Locale.ROOT);
            String next = k < d.size() ? w + " " + d.word(k + 1).toLowerCase(Locale.ROOT) : w;
            if (Lexicon.SEQUENCE.contains(w) || Lexicon.SEQUENCE.contains(next) || d.isVerb(k) && Lexicon.has(Lexicon.END_VERBS, d, k)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    /**
     * A weekday in a past clause that names the day after the date stamp is read as that day (a stamp a time zone
     * behind the event: "concluded a historic meeting on Tuesday" in a US-dated Monday story from Singapore); that is
     * the news peg of a headline or lede. Further down an article it is the week before: "In Hanoi, where he arrived
     * on Tuesday", in Monday's analysis of a trip that ended on Sunday.
     */
    static EventDate weekBeforeBelowTheLede(Deps d, DateMention m, EventDate date, LocalDate published, Tense t) {
        if (published == null || t != Tense.PAST || d.sentence().index() < Settings.LEDE_SENTENCES || date.days() != 1
                || !date.start().equals(published.plusDays(1)) || !WEEKDAY.matcher(m.text()).matches()) {
            return date;
        }
        return EventDate.day(date.start().minusWeeks(1));
    }

    /**
     * The last single day named, outside a reporting frame, in the sentence before {@code s} (within its paragraph),
     * which "the following day" or "two days later" in {@code s} counts from; null when there is none.
     */
    static LocalDate dayBefore(AnnotatedDoc doc, Sentence s) {
        if (s.index() == 0 || doc.article().published() == null) return null;
        Sentence prev = doc.sentences().get(s.index() - 1);
        int from = prev.tokens().get(0).begin();
        int to = prev.tokens().get(prev.tokens().size() - 1).end();
        if (doc.text().substring(to, s.tokens().get(0).begin()).contains("\n\n")) return null; // another paragraph
        String text = doc.text().substring(from, to);
        LocalDate last = null;
        for (DateMention m : DateExpressions.find(text, doc.article().published(), Tense.UNKNOWN)) {
            EventDate d = m.date();
            if (d.precision() == Precision.DAY && !d.approximate() && !reportDate(text, m)) last = d.end();
        }
        return last;
    }

    /**
     * Whether the event's word is within the clause {@code c} itself, not in a conjoined clause after it. (A clause
     * that calls it off dates nothing of it: "on 11 May, when the visit was postponed" is the day of the postponement.)
     */
    private static boolean underClause(Deps d, int c, int trig) {
        int cur = trig;
        for (int guard = 0; cur != 0 && cur != c && guard < 8; guard++) {
            if (d.rel(cur).equals("conj")) return false;
            cur = d.head(cur);
        }
        return cur == c;
    }

    /**
     * The verb of the clause that names a place a "where" clause hangs on ("was to lead the delegation in Santa Cruz
     * on Wednesday, where she was due to meet X": "lead"), or 0.
     */
    static int whereClauseHost(Deps d, int v) {
        // (up through the verbs of the clause: "where she was due to meet X" has "due" for its relative)
        for (int steps = 0; v != 0 && steps < 3 && !d.rel(v).equals("acl:relcl")
                && (d.rel(v).equals("ccomp") || d.rel(v).equals("xcomp")); steps++) {
            v = d.head(v);
        }
        if (v == 0 || !d.rel(v).equals("acl:relcl")) return 0;
        boolean where = d.children(v).stream().anyMatch(c -> d.rel(c).equals("advmod") && d.lemma(c).equalsIgnoreCase("where"));
        int place = d.head(v);
        // (not a place come from: "returned on Thursday from Vilnius, where he attended the summit" was there before)
        if (!where || place == 0 || !d.places.contains(place) || d.caseOf(place).equals("from")) return 0;
        int host = d.head(place);
        for (int steps = 0; host != 0 && steps < 2 && d.isNoun(host); steps++) host = d.head(host); // "the delegation in X"
        return host != 0 && d.isVerb(host) ? host : 0;
    }

    /** How far back from the report a written-out day may frame a paragraph's weekdays. */
    private static final int FRAME_REACH_DAYS = 21;

    /**
     * "The two-day meeting opened on Friday [August 19] ... He flew out that night and landed in Maseru early on
     * Saturday morning", "The summit, which closed on 20 August, ...; Tchissola spent Friday afternoon in talks", in a
     * report of 29 August: a bare past weekday told after a calendar day of an earlier week, in the same sentence or
     * the four before it, is the one beside that day (within three days of it), not the one of the week before the
     * report.
     * Only for a frame one to three weeks before the report; a background date of other years frames nothing.
     */
    static EventDate inTheFramesWeek(DateMention m, EventDate date, LocalDate frame, LocalDate published) {
        if (frame == null || date.days() != 1 || date.approximate() || !WEEKDAY.matcher(m.text()).matches()) return date;
        long back = java.time.temporal.ChronoUnit.DAYS.between(frame, published);
        long gap = java.time.temporal.ChronoUnit.DAYS.between(frame, date.start());
        if (back < 7 || back > FRAME_REACH_DAYS || Math.abs(gap) <= 3) return date;
        LocalDate near = frame.minusDays(3);
        while (near.getDayOfWeek() != date.start().getDayOfWeek()) near = near.plusDays(1);
        return EventDate.day(near);
    }

    /** Whether a date mention writes out a calendar day ("20 August", "August 19"), not a relative one. */
    private static boolean calendarDay(String text, DateMention m) {
        return m.date().precision() == Precision.DAY && !m.date().approximate() && m.date().days() == 1
                && m.text().matches(".*\\d.*") && !reportDate(text, m);
    }

    /**
     * The last calendar day written out ("19 August", "Friday [August 19]") in the four sentences before {@code s},
     * for inTheFramesWeek; null when there is none.
     */
    static LocalDate frameDay(AnnotatedDoc doc, Sentence s) {
        if (doc.article().published() == null) return null;
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - 4); si--) {
            Sentence prev = doc.sentences().get(si);
            int to = prev.tokens().get(prev.tokens().size() - 1).end();
            String text = doc.text().substring(prev.tokens().get(0).begin(), to);
            LocalDate last = null;
            for (DateMention m : DateExpressions.find(text, doc.article().published(), Tense.UNKNOWN)) {
                if (calendarDay(text, m)) last = m.date().start();
            }
            if (last != null) return last;
        }
        return null;
    }

    /**
     * Words that set an encounter on the day of the report's news without naming it: "In a separate meeting", "in the
     * afternoon", and "the same day" when no sentence just before names a day to count from.
     */
    static final java.util.regex.Pattern NEWS_DAY_MARK = java.util.regex.Pattern.compile(
            "(?i)\\bin a separate (?:meeting|session|encounter)\\b|\\bseparately\\b|\\b(?:in|during) the (?:morning|afternoon|evening)\\b"
            + "|\\blater (?:in the day|that day)\\b|\\b(?:the|that) same day\\b");

    /**
     * The day of a report's news: the first exact single day its head tells (headline, dateline sentence, lede), not a
     * dateline or a day a source spoke, and within {@link Settings#DATELINE_NEWS_DAYS} before the report; else null.
     * "PRAGUE, May 17 (CENA) - Holubová received Samayoa at Prague Castle on Wednesday": Wednesday.
     */
    static LocalDate newsDay(AnnotatedDoc doc) {
        LocalDate published = doc.article().published();
        if (published == null) return null;
        int n = Math.min(doc.sentences().size(), Settings.DATELINE_SENTENCES + 2);
        for (int si = 0; si < n; si++) {
            Sentence sent = doc.sentences().get(si);
            String text = doc.text().substring(sent.begin(), sent.end());
            for (DateMention m : DateExpressions.find(text, published, Tense.PAST)) {
                EventDate d = m.date();
                if (d.precision() != Precision.DAY || d.approximate() || d.days() != 1 || reportDate(text, m) || dateline(text, m)
                        || dateStamp(text, m)) {
                    continue;
                }
                if (d.start().isAfter(published) || d.start().isBefore(published.minusDays(Settings.DATELINE_NEWS_DAYS))) continue;
                return d.start();
            }
        }
        return null;
    }

    /** Whether a date is all its line says ("Tuesday 11 September 2035" under the headline): the report's stamp, not news. */
    static boolean dateStamp(String text, DateMention m) {
        String rest = text.substring(0, m.begin()) + text.substring(m.end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Edges up to the anchor reached, and that anchor, packed as (steps << 16) | anchor; -1 when none. */
    /**
     * "a four-day state visit starting on Monday", "talks beginning 22 March": a participle of beginning on the event's
     * word, whose date is the event's first day.
     */
    private static boolean opening(Deps d, int verb, List<Integer> anchors) {
        // (or on the place the parser hangs it on: "a visit to Italy starting on Monday")
        int h = d.head(verb);
        boolean onEvent = anchors.contains(h) || h != 0 && (d.isNoun(h) || d.places.contains(h)) && anchors.contains(d.head(h));
        boolean participle = (d.rel(verb).startsWith("acl") || d.rel(verb).equals("advcl"))
                && (d.tok(verb).pos().equals("VBG") || d.tok(verb).pos().equals("VBN"));
        // ("wrapped up his visit, leaving Faleolo on Friday afternoon": the day of leaving is the day it ended; not
        // "setting" or "heading", which time something else)
        if ((participle || d.rel(verb).equals("dep")) && d.tok(verb).pos().equals("VBG")
                && (d.lemma(verb).equals("leave") || d.lemma(verb).equals("depart"))
                && anchors.contains(h)
                && Lexicon.has(Lexicon.END_VERBS, d, h)) {
            return true;
        }
        return participle && onEvent && Lexicon.has(Lexicon.BEGIN_VERBS, d, verb);
    }

    /** Edges from an anchor down to the event's word, or a large number when it does not govern it. */
    private static int towardsEvent(Deps d, int trig, int anchor) {
        int n = d.distanceUp(trig, anchor);
        return n < 0 ? Integer.MAX_VALUE : n;
    }

    static int attachment(Deps d, int top, List<Integer> anchors) {
        // "in October 2025, when Xanana travelled to Kuala Lumpur": the time a "when" clause hangs on is the clause's
        // (or on the part of the day the date names: "until Wednesday morning, when he flies to Bujumbura")
        List<Integer> hosts = d.rel(top).equals("compound") && d.head(top) != 0 && d.isNoun(d.head(top))
                ? List.of(top, d.head(top)) : List.of(top);
        for (int host : hosts) {
            for (int c : d.children(host)) {
                // (the parser may hang "where" on the date too: "in Santa Cruz on Wednesday, where she was due to meet")
                if (d.rel(c).equals("acl:relcl") && (anchors.contains(c) || underClause(d, c, anchors.get(0)))
                        && !Lexicon.has(Lexicon.CANCEL, d, c)
                        && d.children(c).stream().anyMatch(g -> d.rel(g).equals("advmod")
                        && (d.lemma(g).equalsIgnoreCase("when") || d.lemma(g).equalsIgnoreCase("where")))) {
                    return (1 << 16) | c;
                }
            }
        }
        int cur = top;
        int steps = 0;
        if (misparsedSubject(d, top)) {
            // ("is due to meet Hanley on Wednesday to discuss the programmes": the parser made "Wednesday" the subject of
            // "to discuss"; the date is a phrase of the verb the infinitive hangs on)
            cur = d.head(d.head(top));
            steps = 1;
        }
        for (; cur > 0 && steps < 6; steps++) {
            if (steps == 1 && reportedOn(d, cur, top)) return -1;
            if (anchors.contains(cur)) return sinceBetween(d, cur, top) ? -1 : (steps << 16) | cur;
            // "their first talks since the border incident in January": what follows "since" begins a stretch of
            // time before the event, and is not its date (the event's own "since February's summit" is its own)
            if (d.caseOf(cur).equals("since")) return -1;
            // "will take place against the backdrop of the first two-day dialogue ... from Thursday": a noun with a
            // length of its own is another event, and the date is its
            if (steps > 0 && d.isNoun(cur) && ownLength(d, cur)) return -1;
            if (steps > 0 && Lexicon.REPORTING.contains(d.lemma(cur)) && !People.isTrigger(d, cur)) {
                // "will pay a state visit to Norway from 8 to 10 October, State House said on Wednesday": a date the
                // parser hung on the reporting verb but told before its subject, after the event, is the event's
                int subj = d.child(cur, "nsubj");
                boolean before = steps == 1 && subj > top && cur > top && d.head(cur) != 0 && d.head(cur) < top
                        && !d.rel(cur).equals("ccomp") && !d.rel(cur).startsWith("xcomp");
                if (!before) return -1;
                cur = d.head(cur);
                continue;
            }
            // "announced plans on Friday to travel": a date on the plan dates its announcement, not the trip
            if (steps > 0 && Lexicon.PLAN_NOUNS.contains(d.lemma(cur)) && d.isNoun(cur)) return -1;
            if (steps > 0 && d.isVerb(cur) && !opening(d, cur, anchors)) return -1;
            if (Deps.CLAUSE_BOUNDARY.contains(d.rel(cur)) && !opening(d, cur, anchors)) return -1;
            cur = d.head(cur);
        }
        return -1;
    }

    /**
     * Whether the date {@code date}, hung by the parser on the event's noun {@code noun}, is the day of the verb of
     * reporting that takes the noun as its object: "His office announced the trip on Wednesday", "confirmed the visit
     * on Monday" (of the two readings, news means the announcement's day).
     */
    private static boolean reportedOn(Deps d, int noun, int date) {
        int verb = d.head(noun);
        return date > noun && d.isNoun(noun) && d.rel(noun).equals("obj") && verb != 0 && d.isVerb(verb)
                && Lexicon.REPORTING.contains(d.lemma(verb)) && d.head(date) == noun && d.caseOf(date).equals("on");
    }

    /**
     * Whether a date the parser made the subject of an infinitive is a phrase after a preposition: an infinitive has no
     * subject of its own, and "on Wednesday to discuss" is "on Wednesday", then "to discuss".
     */
    static boolean misparsedSubject(Deps d, int top) {
        int verb = d.head(top);
        return verb > 0 && d.rel(top).startsWith("nsubj") && top > 1 && top < verb && hasInfinitiveTo(d, verb)
                && d.tok(top - 1).pos().equals("IN") && d.head(verb) > 0;
    }

    /**
     * Whether a "since" phrase of the anchor stands between it and a date after it: in "their first talks since the
     * border incident in January" the date goes with the incident, whatever the parser hung it on.
     */
    private static boolean sinceBetween(Deps d, int anchor, int date) {
        for (int c : d.children(anchor)) {
            if (c > anchor && c < date && d.caseOf(c).equals("since")) return true;
        }
        return false;
    }

    /** Whether a noun has a stated length among its modifiers: "the two-day dialogue", "a week-long tour". */
    private static boolean ownLength(Deps d, int noun) {
        for (int c : d.children(noun)) {
            if ((d.rel(c).equals("compound") || d.rel(c).equals("amod")) && d.lengthDays(c) > 0) return true;
        }
        return false;
    }

    /** "Tuesday's meeting": the tense of the sentence says nothing; the nearest such weekday to publication. */
    static Optional<EventDate> possessiveWeekday(Deps d, String sentText, int sentBegin, DateMention m, int trig,
                                                         LocalDate published, Tense tense) {
        if (published == null) return Optional.empty();
        String t = m.text().replaceAll("[’']s$", "").strip();
        java.time.DayOfWeek dow;
        try {
            dow = java.time.DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int end = m.end();
        String after = sentText.substring(end, Math.min(sentText.length(), end + 3));
        if (!(after.startsWith("'s") || after.startsWith("’s") || m.text().endsWith("'s") || m.text().endsWith("’s"))) {
            return Optional.empty();
        }
        LocalDate next = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(dow));
        LocalDate prev = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
        long dn = next.toEpochDay() - published.toEpochDay();
        long dp = published.toEpochDay() - prev.toEpochDay();
        // ("Monday's conversation was the first since ...", "after Wednesday's call, the two sides released ...": an
        // event a clause in the past tells as done is the one before; "expressed optimism for Tuesday's meeting" says
        // nothing of it; a clause in the future tells the one to come)
        boolean toldDone = d.rel(trig).startsWith("nsubj") || Lexicon.AFTER_CASES.contains(d.caseOf(trig));
        if (tense == Tense.PAST && toldDone) return Optional.of(EventDate.day(prev));
        if (tense == Tense.FUTURE) return Optional.of(EventDate.day(next));
        return Optional.of(EventDate.day(dn <= dp ? next : prev));
    }

    static final java.util.regex.Pattern REPORT_FRAME = java.util.regex.Pattern.compile(
            "(?i)(according to|said|says|told (reporters|journalists|the media|a [a-z ]*briefing)|announced|reported)[^,;]{0,60}$");

    /** A date inside a reporting frame ("according to X on Thursday", "told reporters on Friday") dates the report. */
    static boolean reportDate(String s, DateMention m) {
        return reportDate(s, m, -1);
    }

    /**
     * As {@link #reportDate(String, DateMention)}, but a date after the event's own trigger ("said he would meet X on
     * Thursday") dates the event, not the report: the frame must end before the trigger ({@code trigAt}, an offset in
     * {@code s}; -1 when unknown).
     */
    static boolean reportDate(String s, DateMention m, int trigAt) {
        int from = Math.max(0, m.begin() - 80);
        java.util.regex.Matcher f = REPORT_FRAME.matcher(s.substring(from, m.begin()));
        if (!f.find()) return false;
        return !(trigAt >= 0 && trigAt > from + f.start() && trigAt < m.begin());
    }

    /** A dateline's place in capitals before the date ("DAR ES SALAAM, ", "ROME, "). */
    private static final java.util.regex.Pattern DATELINE_PLACE = java.util.regex.Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’/-]*,\\s*");
    /** What follows a dateline's date: an outlet in brackets, then a dash or colon ("May 6 (Wire) -", "June 8 - "). */
    private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile("\\.?\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—:]");

    /** Whether a date is the dateline that opens the sentence: the day of the report, not of what it tells. */
    static boolean dateline(String s, DateMention m) {
        return DATELINE_PLACE.matcher(s.substring(0, m.begin())).matches() && DATELINE_AFTER.matcher(s.substring(m.end())).lookingAt();
    }

    static boolean inParentheses(String s, DateMention m) {
        int open = s.lastIndexOf('(', m.begin());
        int close = s.lastIndexOf(')', m.begin());
        return open >= 0 && open > close && s.indexOf(')', m.end() - 1) >= 0 && m.begin() - open <= 2;
    }

    /** "two-day visit", "for four days", "a week-long tour": the stated length in days, or 0. */
    static int duration(Deps d, int trig, List<Integer> anchors) {
        int best = 0;
        for (int k = Math.max(1, trig - Settings.DURATION_BEFORE); k <= Math.min(d.size(), trig + Settings.DURATION_AFTER); k++) {
            int days = d.lengthDays(k);
            if (days <= 1 || days > Settings.MAX_DURATION_DAYS) continue;
            // the duration must modify this trigger (or its verb), not another noun
            int top = k;
            while (d.head(top) != 0 && d.lengthDays(d.head(top)) > 0) top = d.head(top);
            int h = d.head(top);
            boolean near = anchors.contains(h) && (h == trig || d.caseOf(top).equals("for") || d.head(trig) == top)
                    || (k < trig && allModifiers(d, k, trig));
            if (near) best = days;
        }
        if (best == 0) {
            // "arrived in Wellington on Tuesday for a four-day stay": the length of the stay a verb of the visit is
            // for, however far from the verb
            for (int a : anchors) {
                for (int c : d.children(a)) {
                    if (!Lexicon.VISIT_NOUNS.contains(d.lemma(c)) || !d.caseOf(c).equals("for")) continue;
                    for (int m : d.children(c)) {
                        int days = d.lengthDays(m);
                        if (days > 1 && days <= Settings.MAX_DURATION_DAYS) best = days;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The day of the event its date names, from an ordinal on a "day" the event is of ("a second day of talks on
     * Thursday") or that its verb takes ("the summit enters its final day on Thursday"): 1 for the first, 2 for the
     * second and so on, {@link Integer#MAX_VALUE} for its last (LAST_DAY), 0 when no such day is named. {@code dayVerb}
     * receives the verb that takes such a day, which dates it, or 0.
     */
    static int dayOfEvent(Deps d, int trig, int verb, int[] dayVerb) {
        dayVerb[0] = 0;
        int day = 0;
        int h = d.head(trig);
        if (h != 0 && d.lemma(h).equals("day") && d.caseOf(trig).equals("of")) day = h;
        if (day == 0 && verb != 0 && d.rel(trig).equals("nsubj") && d.head(trig) == verb) {
            int o = d.child(verb, "obj");
            if (o != 0 && d.lemma(o).equals("day")) {
                day = o;
                dayVerb[0] = verb;
            }
        }
        if (day == 0) return 0;
        for (int c : d.children(day)) {
            if (!d.rel(c).equals("amod")) continue;
            String w = d.word(c).toLowerCase(Locale.ROOT);
            if (Lexicon.LAST_DAY.contains(w)) return Integer.MAX_VALUE;
            int k = Lexicon.DAY_ORDINALS.indexOf(w);
            if (k >= 0) return k + 1;
        }
        dayVerb[0] = 0;
        return 0;
    }

    /**
     * The event's span when its date names its {@code k}th day (see {@link #dayOfEvent}): it began k - 1 days before
     * and lasts its stated length, or at least up to that day; its last day with a stated length began that length
     * before, and without one is all that is known.
     */
    static EventDate spanFromDay(EventDate day, int k, int duration) {
        LocalDate d = day.start();
        if (k == Integer.MAX_VALUE) return duration > 1 ? EventDate.days(d.minusDays(duration - 1L), d) : day;
        LocalDate start = d.minusDays(k - 1L);
        LocalDate end = duration >= k ? start.plusDays(duration - 1L) : d;
        return EventDate.days(start, end);
    }

    static boolean allModifiers(Deps d, int from, int trig) {
        for (int k = from + 1; k < trig; k++) {
            String pos = d.tok(k).pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals(":")
                    || pos.equals("``") || pos.equals("''") || d.lengthDays(k) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** A date inside the surface window of a meeting read by {@link #withFallback}: "... with X in Malta over the weekend". */
    static EventDate dateInWindow(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig, int end) {
        int from = d.tok(trig).begin() - sentBegin;
        int to = d.tok(end).end() - sentBegin;
        Tense t = tense == Tense.UNKNOWN ? DateExpressions.tenseAround(sentText, from) : tense;
        for (DateMention m : DateExpressions.find(sentText, published, t)) {
            if (m.begin() >= from && m.end() <= to && !reportDate(sentText, m)) return m.date();
        }
        return null;
    }

    /**
     * Whether the event is the content of a plan: within three steps up from the trigger, through complements and
     * modifiers, a noun of PLAN_NOUNS ("the plans of holding a video call", "preparations for a visit").
     */
    static boolean underPlan(Deps d, int trig) {
        int cur = trig;
        for (int steps = 0; cur > 0 && steps < 3; steps++) {
            String r = d.rel(cur);
            if (!(r.equals("obj") || r.startsWith("acl") && !r.equals("acl:relcl") || r.startsWith("nmod") || r.equals("xcomp")
                    || r.startsWith("obl"))) {
                return false;
            }
            cur = d.head(cur);
            if (cur > 0 && d.isNoun(cur) && Lexicon.PLAN_NOUNS.contains(d.lemma(cur))) return true;
        }
        return false;
    }
}
