package dev.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves date expressions in one sentence, anchored on the article's publication date. Pure text
 * rules, no NLP models: a missing year, week or direction is chosen from the clause's tense, and a date that
 * cannot be placed (a weekday without a publication date) is left out rather than guessed.
 */
public final class DateExpressions {
    /** Words before a date that tie it to an event: "on 5 May", "starting Monday", "between ...". */
    private static final Set<String> CUES = Set.of("on", "from", "between", "in", "beginning", "starting",
            "next", "last", "since", "until", "during", "by", "for", "this", "early", "mid", "late");
    /** Something between the trigger and a date that puts them in different clauses. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:()]|\\b(?:that|said|says|but|while|whereas|after|before|when|because)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far a written year reaches back to date a yearless day listed before it. */
    private static final int YEAR_SHARING_CHARS = 40;
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+)[\\s-]*$");

    private DateExpressions() {
    }

    /**
     * The date expressions of a sentence, left to right. {@code tense} chooses the direction of incomplete dates;
     * when it is UNKNOWN each expression uses {@link #tenseAround} at its own position.
     *
     * @param published the article's publication date, or null: then only dates with a year are resolved
     */
    public static List<DateMention> find(String sentence, LocalDate published, Tense tense) {
        return find(sentence, published, tense, null);
    }

    /**
     * As {@link #find(String, LocalDate, Tense)}, with the last day the text named before this sentence, from which
     * "the following day" or "two days later" counts when the sentence itself names no day before it.
     */
    public static List<DateMention> find(String sentence, LocalDate published, Tense tense, LocalDate reference) {
        List<DateMention> out = new ArrayList<>();
        for (DateScanner.Found f : scan(sentence, published, tense, reference)) {
            DateMention m = new DateMention(f.begin(), f.end(), sentence.substring(f.begin(), f.end()), f.date());
            out.add(withYearWord(sentence, m, published));
        }
        return bracketed(sentence, out);
    }

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\[\\s*");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("^\\s*\\]");

    /**
     * "opened on Friday [August 19]": an editor's bracketed date right after a relative one says which day it is;
     * the two are one mention with the bracket's date.
     */
    static List<DateMention> bracketed(String sentence, List<DateMention> ms) {
        List<DateMention> out = new ArrayList<>(ms);
        for (int i = 0; i + 1 < out.size(); i++) {
            DateMention a = out.get(i);
            DateMention b = out.get(i + 1);
            if (b.begin() < a.end() || !BRACKET_OPEN.matcher(sentence.substring(a.end(), b.begin())).matches()
                    || !BRACKET_CLOSE.matcher(sentence.substring(b.end())).find()) {
                continue;
            }
            out.set(i, new DateMention(a.begin(), b.end(), sentence.substring(a.begin(), b.end()), b.date()));
            out.remove(i + 1);
        }
        return out;
    }

    private static final Pattern YEAR_WORD = Pattern.compile("^,?\\s+(last|this|next) year\\b", Pattern.CASE_INSENSITIVE);

    /** "in July last year", "on 5 May next year": the year word after a yearless date sets its year. */
    static DateMention withYearWord(String sentence, DateMention m, LocalDate published) {
        if (published == null || m.date().precision() == Precision.YEAR || m.text().matches(".*\\d{4}.*")) return m;
        Matcher y = YEAR_WORD.matcher(sentence.substring(m.end()));
        if (!y.find()) return m;
        String which = y.group(1).toLowerCase(Locale.ROOT);
        int year = published.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        int shift = year - m.date().start().getYear();
        if (shift == 0) return new DateMention(m.begin(), m.end() + y.end(), sentence.substring(m.begin(), m.end() + y.end()), m.date());
        EventDate d = m.date();
        EventDate moved = new EventDate(d.start().plusYears(shift), d.end().plusYears(shift), d.precision(), d.approximate());
        return new DateMention(m.begin(), m.end() + y.end(), sentence.substring(m.begin(), m.end() + y.end()), moved);
    }

    /**
     * The date of an event whose trigger word starts at triggerOffset: the nearest date expression, preferring
     * one in the same clause and one after "on/from/between/in/starting/next/last", stretched by a duration
     * ("two-day visit", "for four days") when it names a single day. Empty when the sentence has no date.
     */
    public static Optional<EventDate> eventDate(String sentence, LocalDate published, Tense tense,
                                                int triggerOffset) {
        Objects.requireNonNull(sentence, "sentence");
        if (triggerOffset < 0 || triggerOffset > sentence.length()) {
            throw new IllegalArgumentException("trigger offset " + triggerOffset + " outside the sentence (length "
                    + sentence.length() + ")");
        }
        int triggerEnd = wordEnd(sentence, triggerOffset);
        DateScanner.Found best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DateScanner.Found f : scan(sentence, published, tense)) {
            int score = score(sentence, f, triggerOffset, triggerEnd) + sidePenalty(f.date(), published, tense);
            if (score < bestScore) {
                bestScore = score;
                best = f;
            }
        }
        if (best == null) return Optional.empty();
        EventDate date = best.date();
        if (date.precision() == Precision.DAY && date.days() == 1 && !date.approximate()) {
            Durations.Duration d = nearestDuration(sentence, triggerOffset, triggerEnd);
            if (d != null) date = EventDate.days(date.start(), date.start().plusDays(d.days() - 1L));
        }
        return Optional.of(date);
    }

    /**
     * The tense of the clause around a char offset, from cue words: "will", "to visit", "is expected/due/
     * scheduled to", "plans", "next" give FUTURE; past forms ("met", "held", "was", -ed), "last", "ago",
     * "earlier" give PAST; "is/are" PRESENT. The cue nearest the offset decides, within its clause if it has one.
     */
    public static Tense tenseAround(String sentence, int offset) {
        return TenseCues.around(Objects.requireNonNull(sentence, "sentence"), offset);
    }

    private static List<DateScanner.Found> scan(String sentence, LocalDate published, Tense tense) {
        return scan(sentence, published, tense, (LocalDate) null);
    }

    private static List<DateScanner.Found> scan(String sentence, LocalDate published, Tense tense, LocalDate reference) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(tense, "tense");
        List<DateScanner.Found> first = scan(sentence, published, tense, at -> null, reference);
        List<DateScanner.Found> stated = new ArrayList<>();
        for (DateScanner.Found f : first) {
            if (f.statedYear() != 0) stated.add(f);
        }
        if (stated.isEmpty()) return first;
        // "on 4 March and 9 April 2019": the year written after a list of days dates them all, but not a date
        // in another clause ("the accord signed in May 2015 is reviewed on 3 July")
        return scan(sentence, published, tense, at -> {
            for (DateScanner.Found f : stated) {
                if (f.begin() > at && f.begin() - at <= YEAR_SHARING_CHARS
                        && !CLAUSE_BREAK.matcher(sentence.substring(at, f.begin())).find()) return f.statedYear();
            }
            return null;
        }, reference);
    }

    private static List<DateScanner.Found> scan(String sentence, LocalDate published, Tense tense,
                                                Function<Integer, Integer> yearAt, LocalDate reference) {
        DateScanner scanner = new DateScanner(sentence, at -> new Anchor(published,
                tense == Tense.UNKNOWN ? TenseCues.around(sentence, at) : tense, yearAt.apply(at)), reference);
        return DateScanner.select(scanner.scan());
    }
    /** Lower is better: the gap in chars, plus penalties for another clause, no cue word, a coarse date. */
    private static int score(String s, DateScanner.Found f, int triggerBegin, int triggerEnd) {
        int gapFrom;
        int gapTo;
        if (f.end() <= triggerBegin) {
            gapFrom = f.end();
            gapTo = triggerBegin;
        } else if (f.begin() >= triggerEnd) {
            gapFrom = triggerEnd;
            gapTo = f.begin();
        } else {
            gapFrom = 0;
            gapTo = 0;
        }
        int score = gapTo - gapFrom;
        if (gapTo > gapFrom && CLAUSE_BREAK.matcher(s.substring(gapFrom, gapTo)).find()) score += 200;
        if (!hasCue(s, f)) score += 15;
        if (f.adjectival()) score += 300;
        if (f.date().precision() == Precision.YEAR) score += 30;
        return score;
    }

    /** A date wholly on the wrong side of publication for the clause's tense ("met last Tuesday" vs "will fly"). */
    private static int sidePenalty(EventDate d, LocalDate published, Tense tense) {
        if (published == null) return 0;
        if (tense == Tense.FUTURE && d.end().isBefore(published)) return 100;
        if (tense == Tense.PAST && d.start().isAfter(published)) return 100;
        return 0;
    }

    private static boolean hasCue(String s, DateScanner.Found f) {
        String text = s.substring(f.begin(), f.end()).toLowerCase(Locale.ROOT);
        for (String c : CUES) {
            if (text.startsWith(c + " ") || text.startsWith(c + "-")) return true;
        }
        Matcher m = WORD_BEFORE.matcher(s.substring(Math.max(0, f.begin() - 20), f.begin()));
        return m.find() && CUES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The duration nearest the trigger, if no comma or clause boundary separates them. */
    private static Durations.Duration nearestDuration(String s, int offset, int triggerEnd) {
        Durations.Duration best = null;
        for (Durations.Duration d : Durations.find(s)) {
            String gap = d.end() <= offset ? s.substring(d.end(), offset)
                    : d.begin() >= triggerEnd ? s.substring(triggerEnd, d.begin()) : "";
            if (gap.contains(",") || CLAUSE_BREAK.matcher(gap).find()) continue;
            if (best == null || distance(d, offset) < distance(best, offset)) best = d;
        }
        return best;
    }

    private static int distance(Durations.Duration d, int offset) {
        return d.end() <= offset ? offset - d.end() : Math.max(0, d.begin() - offset);
    }

    private static int wordEnd(String s, int offset) {
        int i = Math.max(0, Math.min(offset, s.length()));
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        return Math.max(i, Math.min(offset + 1, s.length()));
    }
}
