package dev.parley.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense of the clause around a word from cue words alone. The cue nearest the word wins, first
 * within its clause, then within the whole sentence; "was due to" counts as one future cue, not a past "was".
 */
final class TenseCues {
    private static final Pattern CUES = Pattern.compile(
            "\\b(?<future>(?:is|are|am|was|were|be|been|being|'s|'re)\\s+(?:widely\\s+|also\\s+|now\\s+)?"
            + "(?:expected|due|scheduled|slated|set|going|poised|planning|preparing|likely|invited)\\s+to"
            + "|(?:slated|scheduled|set|planned|pencil+ed\\s+in|due)\\s+(?:for|on)"
            + "|will|'ll|shall|would|won't|next|upcoming|forthcoming|tomorrow|plans?\\s+to|planning\\s+to"
            + "|intends?\\s+to|to\\s+(?:visit|meet|travel|attend|hold|host|arrive|tour|sign|discuss|fly|go|make))\\b"
            + "|\\b(?<past>ago|last|earlier|yesterday|was|were|had|did|met|held|went|came|made|took|spoke|said"
            + "|told|began|flew|left|saw|gave|sent|brought|paid|sat|stood|won|led|drove|wrote|became|kept|"
            + "thought|felt|found|got|heard|meant|ran|rose|sought|struck|chose|broke|has\\s+been|have\\s+been"
            + "|[a-z]{3,}ed)\\b"
            + "|\\b(?<present>is|are|am|says|say)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words ending in -ed that are rarely past-tense verbs in news. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "indeed", "united", "hundred", "based",
            "proposed", "expected", "scheduled", "planned", "alleged", "related", "detailed", "limited",
            "concerned", "interested", "supposed", "sacred", "armed", "skilled", "advanced", "so-called",
            "embed", "seed", "feed", "breed", "exceed", "proceed", "succeed", "shred", "naked", "wicked",
            "beloved", "aged", "red", "bed", "fed", "wed", "ned", "ted", "fred", "ahmed", "mohammed",
            "muhammed", "mohamed", "hamed", "javed", "saeed", "rasheed", "zayed", "ed");
    /** Clause boundaries: punctuation and subordinating words. */
    private static final Pattern BREAK = Pattern.compile(
            "[;:!?()\\[\\]]|,\\s|\\.(?=\\s|$)|\\b(?:that|but|while|whereas|although|though|because|when|after"
            + "|before|and|which|who)\\b", Pattern.CASE_INSENSITIVE);

    private TenseCues() {
    }

    static Tense around(String sentence, int offset) {
        int at = Math.max(0, Math.min(offset, sentence.length()));
        int from = 0;
        int to = sentence.length();
        Matcher b = BREAK.matcher(sentence);
        while (b.find()) {
            if (b.end() <= at) from = b.end();
            else if (b.start() > at) {
                to = b.start();
                break;
            }
        }
        Tense inClause = nearest(sentence, from, to, at);
        return inClause != Tense.UNKNOWN ? inClause : nearest(sentence, 0, sentence.length(), at);
    }

    private static Tense nearest(String s, int from, int to, int at) {
        Matcher m = CUES.matcher(s);
        m.region(from, to);
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            Tense t;
            if (m.group("future") != null) t = Tense.FUTURE;
            else if (m.group("past") != null) {
                if (NOT_PAST.contains(m.group().toLowerCase(Locale.ROOT))) continue;
                t = Tense.PAST;
            } else t = Tense.PRESENT;
            int d = m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }
}
