package dev.parley.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Datelines: the place, date and outlet a wire report opens with ("PORT LOUIS –", "OSLO, 21 January (Fjord Wire) –"). */
public final class Datelines {
    private Datelines() {
    }

    /**
     * A dateline that opens a paragraph: a place in capitals ("OSLO", "DAR ES SALAAM", "WASHINGTON, D.C."), or a
     * place with a date and the outlet ("Beijing [China], Oct. 11 (ANI):"), or a date and the outlet ("April 9 (UPI)
     * --"); then the date, the outlet in brackets, and the dash or colon that ends it.
     */
    public static final Pattern DATELINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu}\\p{M}.'’/ -]*\\p{Lu}\\.?(?:\\s*\\[[^\\]\n]{1,30}\\])?(?:,\\s*[\\p{Lu}\\d][^,()\\[\\]\\s–—]*(?:\\s+[\\p{Lu}\\d][^,()\\[\\]\\s–—]*){0,3}){0,2}"
                    + "|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}(?:\\s*\\[[^\\]\n]{1,30}\\])?,\\s*[\\p{Lu}\\d][^,()\\[\\]\\s–—]*(?:\\s+[\\p{Lu}\\d][^,()\\[\\]\\s–—]*){0,3}(?=\\s*\\()"
                    + "|\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2}(?=\\s*\\())"
                    + "(?:\\s*\\([^()\n]{1,50}\\))?\\s*(?:--|[-–—:])\\s");

    /** How far into a paragraph a dateline may reach. */
    private static final int REACH = 140;

    /** The end (exclusive) of the dateline that opens a line of the text at {@code begin}, or -1 when none does. */
    public static int opening(String text, int begin) {
        if (!lineStart(text, begin)) return -1;
        Matcher m = DATELINE.matcher(text).region(begin, Math.min(text.length(), begin + REACH));
        return m.lookingAt() ? m.end() : -1;
    }

    /** Whether a position opens a line: only spaces between it and the line break (or the text's start) before it. */
    private static boolean lineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '\u00a0') return false;
        }
        return true;
    }
}
