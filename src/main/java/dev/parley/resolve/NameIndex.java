package dev.parley.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps names to alpha-3 codes. When two countries claim one name, the higher rank wins (override over
 * independent country over territory); equal ranks make the name ambiguous, and it then resolves to nothing
 * ("Congolese": COD or COG).
 */
final class NameIndex {
    /** A name only the cities dataset gives (a capital GeoNames spells otherwise: "Nay Pyi Taw"); any country's own wins. */
    static final int CITY_DATA = 0;
    static final int TERRITORY = 1;
    static final int INDEPENDENT = 2;
    static final int OVERRIDE = 3;
    private static final String AMBIGUOUS = "";

    private final boolean caseSensitive;
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    /** Case-sensitive indexes hold codes ("US", "U.S."); the others key names by {@link NameKey#of}. */
    NameIndex(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    void put(String name, String alpha3, int rank) {
        if (name == null || name.isBlank()) return;
        String key = key(name);
        Integer old = ranks.get(key);
        if (old == null || rank > old) {
            codes.put(key, alpha3);
            ranks.put(key, rank);
        } else if (rank == old && !alpha3.equals(codes.get(key))) {
            codes.put(key, AMBIGUOUS);
        }
    }

    /** Forgets a name whatever its rank, for dataset spellings that are mostly something else ("Mann"). */
    void remove(String name) {
        codes.remove(key(name));
        ranks.put(key(name), Integer.MAX_VALUE);
    }

    Optional<String> get(String name) {
        String key = key(name);
        String code = codes.get(key);
        if (code == null && !caseSensitive) code = codes.get(possessiveStripped(key));
        return code == null || code.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(code);
    }

    private String key(String name) {
        if (!caseSensitive) return NameKey.of(name);
        String s = name.strip();
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4).strip() : s;
    }

    /** "china's" → "china", "philippines'" → "philippines". */
    static String possessiveStripped(String key) {
        if (key.endsWith("'s")) return key.substring(0, key.length() - 2);
        if (key.endsWith("'")) return key.substring(0, key.length() - 1);
        return key;
    }
}
