package dev.parley.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Intergovernmental organisations and summit series by name or acronym, from the hand-kept organisations.tsv
 * (see docs/reference-data.md for the lists it follows). Immutable once loaded, so safe to share between threads.
 *
 * <p>Acronyms, and names of one word ("Commonwealth", "Mercosur"), match case-sensitively, ignoring dots and
 * hyphens: "UN", "U.N.", "G-20", but not "un" or "who". Names of several words match case-insensitively with
 * accents folded, "-isation" read as "-ization", "co-operation" as "cooperation" and "programme" as "program":
 * "the African Union", "World Health Organisation". A leading "the" and a trailing "'s" are ignored. Only the
 * whole text matches: "NATO summit" is not NATO.
 */
public final class Organisations {
    private final List<Organisation> all;
    private final Map<String, Organisation> exact = new HashMap<>();
    private final Map<String, Organisation> folded = new HashMap<>();

    private static final class Holder {
        static final Organisations INSTANCE = new Organisations(RefData.organisations());
    }

    /** The shared list, loaded from the classpath on first use. */
    public static Organisations get() {
        return Holder.INSTANCE;
    }

    Organisations(List<Organisation> organisations) {
        this.all = List.copyOf(organisations);
        for (Organisation o : all) {
            for (String a : o.acronyms()) add(exact, exactKey(a), o);
            add(o.name(), o);
            for (String n : o.otherNames()) add(n, o);
        }
    }

    private void add(String name, Organisation o) {
        if (name.strip().contains(" ")) add(folded, foldedKey(name), o);
        else add(exact, exactKey(name), o);
    }

    private static void add(Map<String, Organisation> index, String key, Organisation o) {
        Organisation old = index.putIfAbsent(key, o);
        if (old != null && old != o) {
            throw new IllegalStateException("organisations.tsv: '" + key + "' names both " + old.name() + " and " + o.name());
        }
    }

    /** Every entry, in file order. */
    public List<Organisation> all() {
        return all;
    }

    /** The organisation or summit series this text names: "NATO", "the U.N.", "African Union", "G-20". */
    public Optional<Organisation> lookup(String text) {
        String s = strip(text);
        if (s.isEmpty()) return Optional.empty();
        Organisation o = exact.get(exactKey(s));
        // "Nato", "Apec", "Brics": newspapers that write acronyms of four letters or more as words
        if (o == null && s.matches("\\p{Lu}\\p{Ll}{3,}")) o = exact.get(exactKey(s.toUpperCase(Locale.ROOT)));
        if (o == null && s.contains(" ")) o = folded.get(foldedKey(s));
        return Optional.ofNullable(o);
    }

    private static String strip(String text) {
        String s = text.strip();
        if (s.startsWith("the ") || s.startsWith("The ")) s = s.substring(4).strip();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("'") || s.endsWith("\u2019")) s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    /** "U.N." → "UN", "G-20" → "G20"; case is kept. */
    static String exactKey(String s) {
        return strip(s).replace(".", "").replace("-", "").replace("\u2010", "").replace("\u2011", "");
    }

    /** NameKey, with British and American spellings of the words that organisation names vary in made one. */
    static String foldedKey(String s) {
        String k = " " + NameKey.of(strip(s)).replace("&", "and") + " ";
        k = k.replace("organisation", "organization").replace(" co operation ", " cooperation ")
                .replace("programme", "program").replace(" labour ", " labor ");
        return k.strip().toLowerCase(Locale.ROOT);
    }
}
