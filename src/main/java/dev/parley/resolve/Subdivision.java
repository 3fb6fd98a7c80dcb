package dev.parley.resolve;

import java.util.Objects;

/**
 * A first-level subdivision of a country (ISO 3166-2) from subdivisions.tsv.
 *
 * @param name    English name as CLDR gives it ("Bavaria", "Tamil Nadu", "Crimea")
 * @param country ISO 3166-1 alpha-3 code of the country it belongs to
 * @param code    ISO 3166-2 code ("DE-BY")
 * @param type    ISO 3166-2 category ("State", "Province"); empty where the dataset has none
 */
public record Subdivision(String name, String country, String code, String type) {
    public Subdivision {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) throw new IllegalArgumentException("blank subdivision name");
        if (country.length() != 3) throw new IllegalArgumentException("not an alpha-3 code: " + country);
    }

    /** The subdivision as a place: population 0, like the regions of overrides.tsv. */
    public Place place() {
        return new Place(name, country, 0, false);
    }
}
