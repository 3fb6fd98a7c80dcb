package dev.parley.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Reads the TSV resources under dev/parley/refdata into rows; see scripts/refdata/regenerate.sh. */
final class RefData {
    static final String DIR = "/dev/parley/refdata/";

    /** One line of countries.tsv; lists are split on '|'. */
    record Country(String alpha3, String alpha2, String common, String official, List<String> altSpellings,
                   String demonymM, String demonymF, List<String> capitals, boolean independent) {
        Country {
            Objects.requireNonNull(alpha3, "alpha3");
            altSpellings = List.copyOf(altSpellings);
            capitals = List.copyOf(capitals);
        }
    }

    /** One line of cities.tsv; word means the name is a common English word. */
    record City(Place place, boolean word) {
        City { Objects.requireNonNull(place, "place"); }
    }

    /** One line of subdivisions.tsv; flags hold "country" (also a country's name) or "word" (a common word). */
    record SubdivisionRow(Subdivision subdivision, String flags) {
        SubdivisionRow { Objects.requireNonNull(subdivision, "subdivision"); }

        boolean countryName() { return flags.equals("country"); }

        boolean word() { return flags.equals("word"); }
    }

    /** One line of overrides.tsv; target is empty unless kind is capital or city. */
    record Override(String kind, String name, String alpha3, String target, String reason) {
        Override {
            Objects.requireNonNull(kind, "kind");
            if (name.isBlank()) throw new IllegalArgumentException("override without a name");
            if (reason.isBlank()) throw new IllegalArgumentException("override '" + name + "' without a reason");
        }
    }

    private RefData() {}

    static List<Country> countries() {
        return read("countries.tsv", 9, f -> new Country(f[0], f[1], f[2], f[3], split(f[4]), f[5], f[6],
                split(f[7]), f[8].equals("1")));
    }

    static List<City> cities() {
        return read("cities.tsv", 5, f -> new City(
                new Place(f[0], f[1], Long.parseLong(f[2]), f[3].equals("1")), f[4].equals("word")));
    }

    static List<SubdivisionRow> subdivisions() {
        return read("subdivisions.tsv", 5, f -> new SubdivisionRow(new Subdivision(f[0], f[1], f[2], f[3]), f[4]));
    }

    static List<Organisation> organisations() {
        return read("organisations.tsv", 6, f -> new Organisation(f[0], split(f[1]), split(f[2]),
                Organisation.Kind.of(f[3]), f[4], f[5]));
    }

    /** One line of family-first-surnames.tsv: a romanised family name of a tradition (zh, ko, vi). */
    record FamilyName(String surname, String tradition, String source) {
        FamilyName {
            if (surname.isBlank()) throw new IllegalArgumentException("family name without a name");
            if (!List.of("zh", "ko", "vi").contains(tradition)) {
                throw new IllegalArgumentException("family name '" + surname + "' of unknown tradition '" + tradition + "'");
            }
        }
    }

    static List<FamilyName> familyNames() {
        return read("family-first-surnames.tsv", 3, f -> new FamilyName(f[0], f[1], f[2]));
    }

    /** The lines of pinyin-syllables.tsv: Mandarin syllables without tones. */
    static List<String> pinyinSyllables() {
        return read("pinyin-syllables.tsv", 1, f -> f[0]);
    }

    /** One line of demonyms.tsv: a nationality adjective countries.tsv lacks ("Philippine"), generated from public lists. */
    record Demonym(String form, String alpha3, String source) {
    }

    static List<Demonym> demonyms() {
        return read("demonyms.tsv", 3, f -> new Demonym(f[0], f[1], f[2]));
    }

    static List<Override> overrides() {
        return read("overrides.tsv", 5, f -> new Override(f[0], f[1], f[2], f[3], f[4]));
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static <T> List<T> read(String file, int columns, Function<String[], T> row) {
        InputStream in = RefData.class.getResourceAsStream(DIR + file);
        if (in == null) throw new IllegalStateException("reference data " + DIR + file + " is not on the classpath");
        List<T> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(file + ":" + lineNo + ": expected " + columns
                            + " tab-separated columns, found " + f.length);
                }
                rows.add(row.apply(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
        return rows;
    }
}
