package dev.parley.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a name into the lookup key that reference names and queries share. */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.,]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐‑–]+");

    private NameKey() {}

    /**
     * Lower-cases (Locale.ROOT), folds accents ("Genève" → "geneve"), unifies apostrophes, drops dots and
     * commas ("Washington, D.C." → "washington dc") and a leading "the ".
     */
    static String of(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('ʼ', '\'');
        s = DROPPED.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** True for codes and abbreviations matched case-sensitively: "US", "U.S.", "PRC", "DPRK"; not "Us". */
    static boolean isCode(String s) {
        String letters = s.replace(".", "");
        if (letters.length() < 2 || letters.length() > 4) return false;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }
}
