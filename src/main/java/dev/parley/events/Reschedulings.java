package dev.parley.events;

import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.EventDate;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plan moved to other dates is two events (issue 14): the plan as it was, cancelled, with the dates it had, and the
 * event at its new dates ("The visit, initially set for 13 to 15 May, has been postponed to June"; "the meeting has
 * been moved from Monday to Thursday"). Read from the surface of the sentence: a verb of RESCHEDULE_VERBS, a date
 * after its "to", "until" or "for" (the new one), and a date the plan had ("initially set for", "from", "originally
 * planned for", or the one date left).
 */
final class Reschedulings {
    private Reschedulings() {
    }

    /** What opens the new date after a verb of moving: "postponed to June", "moved ... to Thursday", "rescheduled for". */
    private static final Pattern NEW_DATE_BEFORE = Pattern.compile("(?i)\\b(?:to|until|till|for)\\s+(?:the\\s+)?$");

    /** The candidates of one trigger, with a moved plan split into the plan cancelled and the event at its new dates. */
    static List<Candidate> split(List<Candidate> built) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : built) {
            String text = c.text();
            // the verb of moving after the trigger ("the meeting ... has been moved from Monday to Thursday"), or, for a
            // plan already read as cancelled, anywhere in the sentence
            int trigAt = text.indexOf(c.trigger());
            int verbAt = rescheduleVerb(text, c.status() == Status.CANCELLED ? 0 : Math.max(0, trigAt + 1));
            if (verbAt < 0 && trigAt > 0) verbAt = verbBefore(text, trigAt);
            java.util.regex.Matcher original = ORIGINALLY.matcher(text);
            int originalAt = trigAt >= 0 && original.find(trigAt) ? original.end() : -1;
            // "which had been scheduled for next week" names the old dates and nothing else
            boolean relativePlan = originalAt >= 0 && original.group().toLowerCase(java.util.Locale.ROOT).matches("(?:which|that)\\b.*");
            if (c.published() == null || verbAt < 0 && originalAt < 0 || c.status() != Status.CANCELLED && trigAt < 0) {
                out.add(c);
                continue;
            }
            List<DateMention> future = dates(text, c.published(), Tense.FUTURE, Math.max(verbAt, 0));
            // the plan's first dates, where the sentence names them: "originally set for Wednesday"
            DateMention first = null;
            if (originalAt >= 0) {
                for (DateMention m : future) {
                    if (m.begin() >= originalAt && m.begin() - originalAt <= 5) first = m;
                }
            }
            DateMention moved = null;
            // the plan's first dates are not its new ones ("originally set for Wednesday, to Friday"), unless they are
            // all the sentence offers after the verb
            DateMention[] skips = first == null ? new DateMention[] {null}
                    : relativePlan ? new DateMention[] {first} : new DateMention[] {first, null};
            for (DateMention skip : skips) {
                for (DateMention m : future) {
                    if (verbAt < 0 || m.begin() <= verbAt || m == skip || moved != null) continue;
                    String before = text.substring(Math.max(verbAt, m.begin() - 12), m.begin());
                    if (NEW_DATE_BEFORE.matcher(before).find()) moved = m;
                }
                if (moved != null) break;
            }
            if (moved == null && first != null) {
                // "originally planned for October, will now take place from 2 to 5 December": the other date of the
                // sentence that is not the report's is the new one
                // sentence that is not the report's is the new one, where the text says it replaces the first ("will
                // now take place", "instead"); without such a word the first dates are background to what is told
                for (DateMention m : future) {
                    if (m == first || Timing.reportDate(text, m) || moved != null || m.begin() < first.end()) continue;
                    if (CHANGED.matcher(text.substring(first.end(), m.begin())).find()) moved = m;
                }
            }
            if (moved == null) {
                out.add(c);
                continue;
            }
            // the plan's own dates: a date of the sentence other than the new one; a plan is moved before it happens,
            // so read forward unless the text says otherwise ("postponed last month")
            EventDate had = first == null ? null : first.date();
            for (DateMention m : future) {
                if (m.begin() >= moved.begin() && m.begin() < moved.end() || Timing.reportDate(text, m)) continue;
                if (had == null) had = m.date();
            }
            if (had != null && first != null && had.start().isAfter(moved.date().start())) {
                // a plan put off had its first dates before the new ones: "originally planned for October" written in
                // November is last October
                List<DateMention> past = DateExpressions.find(first.text(), c.published(), Tense.PAST);
                if (past.isEmpty()) past = DateExpressions.find("in " + first.text(), c.published(), Tense.PAST);
                if (past.size() == 1 && !past.get(0).date().start().isAfter(moved.date().start())) had = past.get(0).date();
            }
            out.add(c.with(had, c.durationDays(), Status.CANCELLED, "moved-plan"));
            // the new dates come after the old ones ("put off from 3 March to April" written in May is next April),
            // unless the plan was brought forward ("to 8 May from 20 May"); dates already after the old ones stand
            // ("moved from Monday to Thursday next week" is next week's Thursday)
            EventDate now = moved.date();
            if (had != null && !now.start().isAfter(had.start()) && !earlier(text, verbAt)) {
                List<DateMention> again = DateExpressions.find(moved.text(), had.start(), Tense.FUTURE);
                if (again.isEmpty()) again = DateExpressions.find("in " + moved.text(), had.start(), Tense.FUTURE);
                if (again.size() == 1) now = again.get(0).date();
            }
            Status then = now.end().isBefore(c.published()) ? Status.OCCURRED : Status.PLANNED;
            out.add(c.with(now, c.durationDays(), then, "rescheduled"));
        }
        return out;
    }

    /** Whether the verb of moving at {@code verbAt} moves the plan earlier: "brought forward", "moved up". */
    private static boolean earlier(String text, int verbAt) {
        if (verbAt < 0) return false;
        String rest = text.substring(verbAt).toLowerCase(Locale.ROOT);
        return Lexicon.RESCHEDULE_EARLIER.stream().anyMatch(w -> rest.startsWith(w) && (rest.length() == w.length()
                || !Character.isLetter(rest.charAt(w.length()))));
    }

    /** A month named after "to" ("postponed to June"), which the date scanner leaves alone ("to march"). */
    private static final Pattern TO_MONTH = Pattern.compile("\\b(?:to|until)\\s+((?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)(?:\\s+\\d{4})?)\\b");
    /** "moved from Monday to Thursday": the two ends of a range after "from" are the old date and the new one. */
    private static final Pattern FROM_TO = Pattern.compile("(?i)^(.+?)\\s+(?:to|until)\\s+(.+)$");

    /**
     * The date mentions of the sentence, with what a move needs apart: a range after "from" that follows the verb of
     * moving split into its two ends, and a capitalised month after "to".
     */
    private static List<DateMention> dates(String text, LocalDate published, Tense tense, int verbAt) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : DateExpressions.find(text, published, tense)) {
            java.util.regex.Matcher r = FROM_TO.matcher(m.text());
            String before = text.substring(Math.max(0, m.begin() - 6), m.begin()).toLowerCase(Locale.ROOT);
            if (m.begin() > verbAt && before.endsWith("from ") && r.matches()) {
                int second = m.begin() + r.start(2);
                List<DateMention> a = DateExpressions.find(r.group(1), published, tense);
                List<DateMention> b = DateExpressions.find(r.group(2), published, Tense.FUTURE);
                if (a.size() == 1 && b.size() == 1) {
                    out.add(new DateMention(m.begin(), m.begin() + r.group(1).length(), r.group(1), a.get(0).date()));
                    out.add(new DateMention(second, second + r.group(2).length(), r.group(2), b.get(0).date()));
                    continue;
                }
            }
            out.add(m);
        }
        java.util.regex.Matcher mo = TO_MONTH.matcher(text);
        while (mo.find()) {
            if (mo.start(1) <= verbAt) continue;
            boolean known = out.stream().anyMatch(x -> x.begin() <= mo.start(1) && x.end() > mo.start(1));
            List<DateMention> month = DateExpressions.find("in " + mo.group(1), published, tense);
            if (!known && month.size() == 1) out.add(new DateMention(mo.start(1), mo.end(1), mo.group(1), month.get(0).date()));
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::begin));
        return out;
    }

    /** A plan's first dates named as such: "originally set for", "initially planned for", "previously scheduled for". */
    private static final Pattern ORIGINALLY = Pattern.compile("(?i)\\b(?:(?:originally|initially|previously|first)|"
            // "postponed his trip, which had been scheduled for next week": a plan told in a relative clause in the past
            + "(?:which|that)\\s+(?:had\\s+been|was|were))\\s+"
            + "(?:planned|scheduled|set|slated|due|expected|meant)\\s+(?:for|on|in)\\s+(?:the\\s+)?");

    /** Words that put new dates in the place of a plan's first ones: "will now take place", "instead", "the new date". */
    private static final Pattern CHANGED = Pattern.compile("(?i)\\b(?:now|instead|new\\s+dates?|rather)\\b");

    /** A verb of moving whose object the trigger heads: "agreed to push back their phone call", "postponed the visit". */
    private static final Pattern VERB_THEN_OBJECT = Pattern.compile("(?i)\\s+(?:[a-z-]+\\s+){0,2}$");

    /** The offset of a verb of RESCHEDULE_VERBS just before the trigger, with at most two words between, or -1. */
    private static int verbBefore(String text, int trigAt) {
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = RESCHEDULE.matcher(lower);
        int found = -1;
        while (m.find() && m.end() <= trigAt) {
            if (VERB_THEN_OBJECT.matcher(lower.substring(m.end(), trigAt)).matches()) found = m.start();
        }
        return found;
    }

    /** The offset of the first verb of RESCHEDULE_VERBS ("postponed", "pushed back", "moved") from {@code from}, or -1. */
    private static int rescheduleVerb(String text, int from) {
        java.util.regex.Matcher m = RESCHEDULE.matcher(text.toLowerCase(Locale.ROOT));
        return m.find(from) ? m.start() : -1;
    }

    /** Any word form of RESCHEDULE_VERBS, as a whole word. */
    private static final Pattern RESCHEDULE = Pattern.compile("\\b(?:" + String.join("|",
            Lexicon.RESCHEDULE_VERBS.stream().sorted().map(Pattern::quote).toList()) + ")\\b");

}
