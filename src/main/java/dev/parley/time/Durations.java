package dev.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the length of an event in days: "two-day visit", "for four days", "a week-long tour", "a fortnight", "spent two
 * nights" (three days).
 */
public final class Durations {
    /** A duration found in a sentence; offsets are char offsets into the sentence, end exclusive. */
    public record Duration(int begin, int end, int days) {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fourteen", 14));
    private static final String NUMBER = "(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fourteen)";
    private static final Pattern PATTERN = Pattern.compile(
            "\\b(?:" + NUMBER + "[\\s-]+(?<unit>day|week|night)s?(?:[\\s-]*long)?"
            + "|(?<weeklong>week[\\s-]*long)|(?<daylong>day[\\s-]*long)|(?<fortnight>fortnight))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "three days after the vote" is an offset, but "for three days after landing" is still a length. */
    private static final Pattern OFFSET_AFTER = Pattern.compile(
            "^\\s+(?:ago|earlier|later|before|after|from\\s+now)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR_BEFORE = Pattern.compile("\\b(?:for|lasting)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "in two days" or "the past three days" measure distance from now, not an event's length. */
    private static final Pattern NOT_LENGTH_BEFORE = Pattern.compile(
            "\\b(?:in|within|after|past|last|next|every|coming)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Longer spans are campaigns or deadlines rather than visits. */
    private static final int MAX_DAYS = 31;

    private Durations() {
    }

    /** The stated lengths of one sentence, left to right; offsets ("in two days") and spans over 31 days are left out. */
    public static List<Duration> find(String sentence) {
        List<Duration> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(sentence);
        while (m.find()) {
            int days;
            if (m.group("weeklong") != null) days = 7;
            else if (m.group("daylong") != null) days = 1;
            else if (m.group("fortnight") != null) days = 14;
            else {
                String n = m.group("n").toLowerCase(Locale.ROOT);
                int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                // ("spent two nights in Bamako": three days, from the arrival to the leaving)
                days = unit.equals("week") ? count * 7 : unit.equals("night") ? count + 1 : count;
            }
            String before = sentence.substring(Math.max(0, m.start() - 20), m.start());
            if (days < 1 || days > MAX_DAYS || NOT_LENGTH_BEFORE.matcher(before).find()) continue;
            if (OFFSET_AFTER.matcher(sentence.substring(m.end())).find() && !FOR_BEFORE.matcher(before).find()) continue;
            out.add(new Duration(m.start(), m.end(), days));
        }
        return out;
    }
}
