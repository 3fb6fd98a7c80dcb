package dev.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who can be a party to a diplomatic event: a person the text gives a public office. */
public final class Actors {
    private Actors() {
    }

    /** Whether one of the titles stated with the person names a public office (minister, president, envoy, ...). */
    public static boolean holdsOffice(List<String> titles) {
        for (String t : titles) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[ -]")) {
                // ("Presidents Joe Biden and Vladimir Putin": a plural title before two names)
                if (Lexicon.OFFICE_WORDS.contains(w) || w.endsWith("s") && Lexicon.OFFICE_WORDS.contains(w.substring(0, w.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The intergovernmental organisation a title names, from its leading capitalised words: "IAEA Director General",
     * "UN Secretary-General", "European Council President", "European Union's foreign policy chief".
     */
    public static java.util.Optional<String> organisation(List<String> titles) {
        for (String t : titles) {
            String[] words = t.replace("'s", "").replace("’s", "").split("\\s+");
            int caps = 0;
            while (caps < words.length && !words[caps].isEmpty() && Character.isUpperCase(words[caps].codePointAt(0))) caps++;
            for (int n = Math.min(caps, 4); n >= 1; n--) {
                java.util.Optional<dev.parley.resolve.Organisation> o = dev.parley.resolve.Organisations.get()
                        .lookup(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                if (o.isPresent()) return o.map(dev.parley.resolve.Organisation::label);
            }
        }
        return java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern POSTED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|consul(?:-general)?)\\s+(?:to|in)\\s+(.+)$");

    /** The countries a person is posted to by their title ("ambassador to Poland", "envoy in Kabul"). */
    static java.util.Set<String> postedTo(List<String> titles) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String t : titles) {
            java.util.regex.Matcher m = POSTED.matcher(t.strip());
            if (m.find()) dev.parley.resolve.Gazetteer.get().country(m.group(1).replaceAll("^the ", "").strip()).ifPresent(out::add);
        }
        return out;
    }
}
