package dev.parley.resolve;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names written family name first whose shape says so, without a title or an affiliation: a Chinese, Korean or
 * Vietnamese family name ({@code family-first-surnames.tsv}) followed by a given name of that tradition.
 * <ul>
 * <li>Chinese: one word of one or two pinyin syllables ({@code pinyin-syllables.tsv}): "Wang Yi", "Xi Jinping",
 *     "Gao Jianping"; or two words of one syllable each ("Gao Jian Ping").</li>
 * <li>Korean: a hyphenated word of two romanised Korean syllables ("Kim Jong-un", "Kim Min-seo") or two such words
 *     ("Kim Jong Un", "Yoon Suk Yeol"). One word alone is no Korean given name here: "Sung Kim", "Young Kim" and
 *     "Lee Hanson" are given name first.</li>
 * <li>Vietnamese: two or three words each shaped like a Vietnamese syllable ("Nguyen Phu Trong", "Tran Van Hieu");
 *     "Van" and "Thi" there are middle names, not the particles of "van der Leyen".</li>
 * </ul>
 * A name whose first word is a name particle ("Le Pen", "Di Maio", "Du Plessis") is never Chinese or Korean by shape.
 * Western names with such a first word fail the given-name shape: "Lee Anderson", "Kim Darroch".
 */
final class FamilyNames {
    /** The tradition of a family-name-first name. */
    enum Tradition { ZH, KO, VI }

    /**
     * A romanised Korean syllable as the Revised Romanization (Gim, Jeong, Eun), McCune-Reischauer (Chong, Un), the
     * DPRK's 1992 system (Jong, Thaek) and common passport spellings (Hee, Soo, Hyun, Kyung, Young, Duck) write it:
     * an optional initial, a vowel, an optional final.
     */
    private static final Pattern KOREAN_SYLLABLE = Pattern.compile(
            "(kk|gg|tt|pp|ss|jj|tch|ch|sh|kh|th|ph|wh|[gkndtrlmbpsjh])?"
                    + "(yae|yeo|you|wae|eui|woo|ae|ya|eo|ye|wa|oe|oi|yo|oo|wo|we|wi|yu|eu|ui|ee|ou|a|e|i|o|u)"
                    + "(ng|ck|[kgnlrmpbt])?");
    /**
     * A Vietnamese syllable without diacritics (đ as d): one of the language's initials, one to three vowels, and
     * one of its finals.
     */
    private static final Pattern VIETNAMESE_SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    private static final class Data {
        static final Map<String, Set<Tradition>> SURNAMES = new HashMap<>();
        static final Set<String> PINYIN = new HashSet<>();

        static {
            for (RefData.FamilyName f : RefData.familyNames()) {
                SURNAMES.computeIfAbsent(fold(f.surname()), k -> new HashSet<>())
                        .add(Tradition.valueOf(f.tradition().toUpperCase(Locale.ROOT)));
            }
            for (String s : RefData.pinyinSyllables()) PINYIN.add(fold(s));
        }
    }

    private FamilyNames() {}

    /** The tradition whose shape the name has ("Xi Jinping": ZH), or empty ("Lee Anderson", "Kim", "Le Pen"). */
    static Optional<Tradition> tradition(String name) {
        String[] words = SPACES.split(name.strip());
        if (words.length < 2 || words.length > 4) return Optional.empty();
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return Optional.empty();
        Set<Tradition> traditions = Data.SURNAMES.get(fold(words[0]));
        if (traditions == null) return Optional.empty();
        String[] given = new String[words.length - 1];
        for (int i = 1; i < words.length; i++) given[i - 1] = fold(words[i]);
        boolean particle = EntityResolver.PARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
        if (!particle && traditions.contains(Tradition.ZH) && chinese(given)) return Optional.of(Tradition.ZH);
        if (!particle && traditions.contains(Tradition.KO) && korean(given)) return Optional.of(Tradition.KO);
        if (traditions.contains(Tradition.VI) && vietnamese(given)) return Optional.of(Tradition.VI);
        return Optional.empty();
    }

    /**
     * Whether the name is family name first and its bearer is called by the family name ("Mr Wang", "Mr Kim"):
     * Chinese and Korean names. Vietnamese names are family name first too, but their bearers are called by the
     * given name ("Mr Trong" for Nguyen Phu Trong), so they are not keyed by the family name.
     */
    static boolean calledByFamilyName(String name) {
        Optional<Tradition> t = tradition(name);
        return t.isPresent() && t.get() != Tradition.VI;
    }

    /** Whether the name is family name first by its shape, of any tradition. */
    static boolean familyFirst(String name) {
        return tradition(name).isPresent();
    }

    private static boolean chinese(String[] given) {
        if (given.length == 1) return pinyinSyllables(given[0], 2);
        if (given.length == 2) return pinyinSyllables(given[0], 1) && pinyinSyllables(given[1], 1);
        return false;
    }

    /** Whether the word is one to {@code max} pinyin syllables ("jinping" = jin + ping). */
    private static boolean pinyinSyllables(String word, int max) {
        if (!LOWER_LETTERS.matcher(word).matches()) return false;
        if (Data.PINYIN.contains(word)) return true;
        if (max < 2) return false;
        for (int i = 1; i < word.length(); i++) {
            if (Data.PINYIN.contains(word.substring(0, i)) && Data.PINYIN.contains(word.substring(i))) return true;
        }
        return false;
    }

    private static boolean korean(String[] given) {
        if (given.length == 1) {
            String[] halves = given[0].split("-", -1);
            return halves.length == 2 && koreanSyllable(halves[0]) && koreanSyllable(halves[1]);
        }
        return given.length == 2 && koreanSyllable(given[0]) && koreanSyllable(given[1]);
    }

    private static boolean koreanSyllable(String s) {
        return s.length() <= 6 && KOREAN_SYLLABLE.matcher(s).matches();
    }

    private static boolean vietnamese(String[] given) {
        if (given.length < 2 || given.length > 3) return false;
        for (String g : given) if (g.length() > 7 || !VIETNAMESE_SYLLABLE.matcher(g).matches()) return false;
        return true;
    }

    // Compiled once: every name of every document is looked at, at the corpus level too, several times.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LOWER_LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ]");

    /** Lower case without diacritics, đ as d and no apostrophes ("Nguyễn" → "nguyen", "Đặng" → "dang"). */
    static String fold(String s) {
        // ASCII has nothing to decompose and one apostrophe: no regular expression for most names
        return ascii(s) ? s.replace("'", "").toLowerCase(Locale.ROOT) : foldAny(s);
    }

    /** {@link #fold} by regular expressions, for any text. */
    static String foldAny(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(n.replace('đ', 'd').replace('Đ', 'D')).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether every character is ASCII. */
    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }
}
