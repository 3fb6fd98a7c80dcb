package dev.parley.resolve;

import java.util.List;
import java.util.Objects;

/**
 * An intergovernmental organisation or a series of summits, from organisations.tsv.
 *
 * @param name       full English name ("North Atlantic Treaty Organization", "Group of Twenty")
 * @param acronyms   acronyms as written, the canonical one first ("NATO", "Nato"); may be empty ("Arab League")
 * @param otherNames other names and former names ("League of Arab States")
 * @param kind       an organisation, or a recurring meeting of leaders
 * @param basis      which public list it is taken from: un-system, un-ga-observer, own or summit
 * @param reference  for basis own or summit, the site it is checked against; else empty (the list is the reference)
 */
public record Organisation(String name, List<String> acronyms, List<String> otherNames, Kind kind, String basis,
                           String reference) {
    /** What the entry is. */
    public enum Kind {
        /** An intergovernmental organisation with permanent organs: UN, NATO, African Union, OPEC, APEC. */
        IGO,
        /** A recurring meeting of leaders without a permanent secretariat: G7, G20, BRICS, the Quad. */
        SUMMIT_SERIES;

        /** The form used in organisations.tsv: "igo", "summit-series". */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Kind of(String code) {
            for (Kind k : values()) if (k.code().equals(code)) return k;
            throw new IllegalArgumentException("unknown organisation kind '" + code + "'");
        }
    }

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
        if (name.isBlank()) throw new IllegalArgumentException("blank organisation name");
        acronyms = List.copyOf(acronyms);
        otherNames = List.copyOf(otherNames);
    }

    /** The canonical short form: the first acronym ("NATO", "G20"), else the name ("Arab League"). */
    public String label() {
        return acronyms.isEmpty() ? name : acronyms.get(0);
    }
}
