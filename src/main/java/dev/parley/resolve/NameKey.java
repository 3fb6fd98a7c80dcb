package dev.parley.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a name into the lookup key that reference names and queries share. */
final class NameKey {
    private NameKey() {}

    /**
     * Lower-cases (Locale.ROOT), folds accents ("Genève" → "geneve"), unifies apostrophes, drops dots and
     * commas ("Washington, D.C." → "washington dc"), turns dashes into spaces and drops a leading "the ".
     * Written as one pass, as it runs for every one of the ~24,000 cities at load time.
     */
    static String of(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true; // drops leading spaces and collapses runs
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c == '.' || c == ',' || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                if (!space) b.append(' ');
                space = true;
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') c = '\'';
            b.append(c);
            space = false;
        }
        if (space && b.length() > 0) b.setLength(b.length() - 1);
        String key = b.toString().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
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
