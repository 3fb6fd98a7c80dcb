package dev.parley.resolve;

import java.util.Objects;

/**
 * A populated place or region from the reference data.
 *
 * @param name       the name as the dataset spells it ("Genève", "Washington, D.C.", "Alaska")
 * @param country    ISO 3166-1 alpha-3 code of the country it lies in
 * @param population inhabitants per GeoNames; 0 for regions from overrides.tsv
 * @param capital    whether it is a capital (GeoNames PPLC)
 */
public record Place(String name, String country, long population, boolean capital) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (name.isBlank()) throw new IllegalArgumentException("blank place name");
        if (country.length() != 3) throw new IllegalArgumentException("not an alpha-3 code: " + country);
        if (population < 0) throw new IllegalArgumentException("negative population " + population);
    }
}
