package dev.parley.resolve;

import java.util.List;
import java.util.Objects;

/**
 * One real person across the corpus.
 *
 * @param id       stable id derived from the canonical name
 * @param name     canonical name: the fullest well-attested form
 * @param aliases  other forms used, sorted
 * @param country  affiliation (alpha-3) or null when no article states it
 * @param titles   titles stated in the articles, sorted
 * @param mentions number of mentions across the corpus
 */
public record Person(String id, String name, List<String> aliases, String country, List<String> titles, int mentions,
                     boolean familyFirst) {
    /** Whether a word after a surname tells generations or monarchs apart: "Jr.", "Sr", a Roman numeral ("II", "XIV"). */
    static boolean generational(String word) {
        String w = word.replace(".", "");
        return w.equalsIgnoreCase("jr") || w.equalsIgnoreCase("sr") || w.matches("[IVXL]+");
    }

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }

    /** The name used in labels: the surname, or the full name where the family name comes first (Wang Yi, Nguyen Phu Trong). */
    public String shortName() {
        String[] parts = name.split(" ");
        if (parts.length == 1 || familyFirst) return name;
        // a generational suffix is not the surname: "Ferdinand R. Marcos Jr." is Marcos; a regnal name keeps its
        // numeral: "Abdullah II"
        if (generational(parts[parts.length - 1])) {
            if (parts.length == 2) return name;
            parts = java.util.Arrays.copyOf(parts, parts.length - 1);
        }
        // "Ignacio Valdivieso Cárcamo", whom the articles call "Valdivieso" alone and never "Cárcamo": a first surname
        // before a second one
        String last = parts[parts.length - 1];
        if (parts.length >= 3 && !aliases.contains(last)) {
            String inner = null;
            for (int k = 1; k < parts.length - 1; k++) {
                if (parts[k].length() > 2 && aliases.contains(parts[k])) inner = inner == null ? parts[k] : "";
            }
            if (inner != null && !inner.isEmpty()) return inner;
        }
        // "Gabriela Ruiz Tapia", whom the articles call "Ruiz Tapia": both surnames, as they write them
        String tail = parts[parts.length - 2] + " " + last;
        if (parts.length >= 3 && aliases.contains(tail) && !aliases.contains(last)
                && !EntityResolver.PARTICLES.contains(parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT))) {
            return tail;
        }
        // the surname keeps its particles: "de la Fuente", "van der Bellen"
        int first = parts.length - 1;
        while (first > 1 && EntityResolver.PARTICLES.contains(parts[first - 1].toLowerCase(java.util.Locale.ROOT))) first--;
        return String.join(" ", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }
}
