package dev.parley.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * English month names as they appear in news text: full, abbreviated ("Sept."), truncated ("Marc") or misspelt. The
 * one table of month names: date expressions here, datelines ({@code corpus.TextDates}) and the mention cleaner
 * ({@code mentions.MentionExtractor}) all read it.
 */
public final class MonthNames {
    private static final String[] NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    /** The customary short forms, beyond a name's first three letters. */
    private static final String[] MORE_ABBREVIATIONS = {"sept"};
    private static final Map<String, Integer> MISSPELT = Map.ofEntries(
            Map.entry("janaury", 1), Map.entry("janurary", 1), Map.entry("febuary", 2), Map.entry("feburary", 2),
            Map.entry("febraury", 2), Map.entry("agust", 8), Map.entry("septmber", 9), Map.entry("setpember", 9),
            Map.entry("ocotber", 10), Map.entry("novmber", 11), Map.entry("novemeber", 11),
            Map.entry("decmber", 12), Map.entry("decemeber", 12));

    /** A regex alternation matching any accepted spelling (use case-insensitively, with word boundaries). */
    static final String REGEX = buildRegex();

    /**
     * A regex alternation of the full names and the customary abbreviations only (first three letters, "Sept"), for
     * dates printed by a page rather than written in prose; use case-insensitively.
     */
    public static final String NAMES_AND_ABBREVIATIONS = namesAndAbbreviations();

    private MonthNames() {
    }

    private static String buildRegex() {
        StringBuilder sb = new StringBuilder();
        for (String m : new java.util.TreeSet<>(MISSPELT.keySet())) sb.append(m).append('|');
        for (String name : NAMES) {
            // every prefix of at least three letters: "sep", "sept", "septe", ... "september"
            StringBuilder p = new StringBuilder(name.substring(0, 3));
            StringBuilder close = new StringBuilder();
            for (int i = 3; i < name.length(); i++) {
                p.append("(?:").append(name.charAt(i));
                close.append(")?");
            }
            sb.append(p).append(close).append('|');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String namesAndAbbreviations() {
        java.util.TreeSet<String> forms = new java.util.TreeSet<>(
                java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String name : NAMES) {
            forms.add(name);
            forms.add(name.substring(0, 3));
        }
        forms.addAll(java.util.Arrays.asList(MORE_ABBREVIATIONS));
        return String.join("|", forms); // longest first, so "September" is tried before "Sept" and "Sep"
    }

    /** The month number 1..12 of a token such as "Sept." or "Febuary", or empty. */
    public static OptionalInt parse(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        Integer miss = MISSPELT.get(t);
        if (miss != null) return OptionalInt.of(miss);
        if (t.length() < 3) return OptionalInt.empty();
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].startsWith(t)) return OptionalInt.of(i + 1);
        }
        return OptionalInt.empty();
    }

    /** Whether the word is a month's full name, so a full stop after it ends the sentence, not an abbreviation. */
    static boolean isFullName(String word) {
        return java.util.Arrays.asList(NAMES).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the token must be capitalised to count as a month: "may" is a modal verb and "march"/"mar" are
     * verbs and nouns ("a protest march"), while "Sept" or "Febuary" are months in any case.
     */
    static boolean acceptable(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace(".", "");
        boolean ambiguous = t.equals("may") || t.startsWith("mar");
        return !ambiguous || Character.isUpperCase(token.charAt(0));
    }
}
