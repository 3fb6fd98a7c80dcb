package dev.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps country names, codes, demonyms, capitals, institutions, cities, first-level subdivisions and regions to
 * ISO 3166-1 alpha-3 codes.
 * Built once from the generated resources under dev/parley/refdata plus the hand-kept overrides.tsv; immutable
 * and so safe to share between threads. All lookups ignore case except codes ("US", "U.S.", "PRC").
 */
public final class Gazetteer {
    private static final List<String> REGION_SUFFIXES = List.of(" autonomous region", " province", " region",
            " prefecture", " state", " island", " governorate", " oblast");

    /** Whether a lower-case noun ends the name of a region ("Pwani region", "Sichuan province"), as the lookups read it. */
    public static boolean isRegionWord(String lower) {
        for (String suffix : REGION_SUFFIXES) if (suffix.endsWith(" " + lower)) return true;
        return false;
    }

    /**
     * A city of another country at least this populous, or another country's capital, keeps its name against a
     * subdivision: "Portland" is Oregon's, not the Jamaican parish; "Mérida" Mexico's, not the Venezuelan state.
     * Below it the subdivision wins: "Ontario" is Canada's, "Santa Catarina" Brazil's.
     */
    static final long CITY_OVER_SUBDIVISION = 300_000;
    /**
     * The only two-letter codes that name a country in a name or demonym lookup ("US officials", "the UK", "U.S.").
     * Every other alpha-2 code or two-letter spelling is no name: "PM Narendra Modi" is not from Saint Pierre and
     * Miquelon, "MP Jane Smith" not from the Northern Mariana Islands, "IT" and "ME" are words. Such codes resolve
     * only through {@link #countryByCode}, for callers that know a token is a code.
     */
    public static final Set<String> TWO_LETTER_NAMES = Set.of("US", "UK");
    private static final Comparator<Place> MOST_POPULOUS =
            Comparator.comparingLong(Place::population).reversed().thenComparing(Place::country);

    /** The short English label of each country by its alpha-3 code: all the corpus level asks of the gazetteer. */
    private final Map<String, String> labels = new HashMap<>();

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    /**
     * The shared gazetteer, loaded from the classpath on first use: the country labels at once, the lookup tables
     * (24,000 cities among them) on the first lookup.
     */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private Gazetteer() {
        for (RefData.Country c : RefData.countries()) labels.put(c.alpha3(), c.common());
    }

    /**
     * Builds the lookup tables now rather than on the first lookup: a run that is about to analyse documents builds
     * them while CoreNLP's models load, instead of one worker building them while the others wait for it.
     */
    public void loadTables() {
        tables();
    }

    /**
     * The lookup tables, built on the first lookup, once per JVM: a rerun whose per-document results are all stored
     * asks only for {@link #name} and never builds them (a tenth of its CPU time, with the JIT's work on them).
     */
    private static final class Tables {
        static final Tables INSTANCE = new Tables();

        final NameIndex codes = new NameIndex(true);
        final NameIndex names = new NameIndex(false);
        final NameIndex demonyms = new NameIndex(false);
        final NameIndex capitals = new NameIndex(false);
        final NameIndex institutions = new NameIndex(false);
        final Map<String, List<Place>> cities = new HashMap<>();
        final Map<String, Place> regions = new HashMap<>();
        final Map<String, List<Subdivision>> subdivisions = new HashMap<>();
        final Set<String> suffixOnly = new HashSet<>();
        final Set<String> blocked = new HashSet<>();
        final Set<String> isoCodes = new HashSet<>();
        /** The last word of a demonym to every country whose demonym it ends: "Korean" → KOR, PRK. */
        final Map<String, Set<String>> demonymTails = new HashMap<>();

        private Tables() {
            for (RefData.Country c : RefData.countries()) addCountry(c);
            for (RefData.Demonym d : RefData.demonyms()) demonyms.put(d.form(), d.alpha3(), NameIndex.TERRITORY);
            Map<String, List<Place>> byName = new HashMap<>();
            for (RefData.City city : RefData.cities()) {
                Place p = city.place();
                String key = NameKey.of(p.name());
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                if (!city.word() || p.capital()) cities.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                // (a national capital as GeoNames spells it, where the countries dataset spells it otherwise:
                // "Nay Pyi Taw" for "Naypyidaw"; not one that is a common English word, "Male")
                if (p.capital() && !city.word()) capitals.put(p.name(), p.country(), NameIndex.CITY_DATA);
            }
            for (RefData.Override o : RefData.overrides()) addOverride(o, byName);
            for (RefData.SubdivisionRow row : RefData.subdivisions()) addSubdivision(row);
            cities.replaceAll((k, v) -> v.stream().sorted(MOST_POPULOUS).toList());
        }

        private void addCountry(RefData.Country c) {
            int rank = c.independent() ? NameIndex.INDEPENDENT : NameIndex.TERRITORY;
            codes.put(c.alpha3(), c.alpha3(), NameIndex.OVERRIDE);
            codes.put(c.alpha2(), c.alpha3(), NameIndex.OVERRIDE);
            isoCodes.add(c.alpha3());
            isoCodes.add(c.alpha2());
            nameOrCode(c.common(), c.alpha3(), rank);
            nameOrCode(c.official(), c.alpha3(), rank);
            for (String alt : c.altSpellings()) nameOrCode(alt, c.alpha3(), rank);
            demonyms.put(c.demonymM(), c.alpha3(), rank);
            demonyms.put(c.demonymF(), c.alpha3(), rank);
            for (String d : List.of(c.demonymM(), c.demonymF())) {
                if (d.isBlank()) continue;
                String tail = d.strip().substring(d.strip().lastIndexOf(' ') + 1);
                demonymTails.computeIfAbsent(NameKey.of(tail), k -> new java.util.TreeSet<>()).add(c.alpha3());
            }
            for (String capital : c.capitals()) capitals.put(capital, c.alpha3(), rank);
        }

        /** A country's name ("Georgia", "Niger", "Luxembourg") is never taken for a subdivision of another. */
        private void addSubdivision(RefData.SubdivisionRow row) {
            Subdivision s = row.subdivision();
            if (row.countryName() || names.get(s.name()).isPresent()) return;
            String key = NameKey.of(s.name());
            subdivisions.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            if (row.word()) suffixOnly.add(key);
        }

        private void nameOrCode(String name, String alpha3, int rank) {
            (NameKey.isCode(name) ? codes : names).put(name, alpha3, rank);
        }

        private void addOverride(RefData.Override o, Map<String, List<Place>> byName) {
            switch (o.kind()) {
                case "name" -> nameOrCode(o.name(), o.alpha3(), NameIndex.OVERRIDE);
                case "demonym" -> (NameKey.isCode(o.name()) ? codes : demonyms).put(o.name(), o.alpha3(), NameIndex.OVERRIDE);
                case "institution" -> institutions.put(o.name(), o.alpha3(), NameIndex.OVERRIDE);
                case "region", "town" -> regions.put(NameKey.of(o.name()), new Place(o.name(), o.alpha3(), 0, false));
                case "block" -> blocked.add(NameKey.of(o.name()));
                case "unname" -> names.remove(o.name());
                case "capital", "city" -> {
                    Place target = byName.getOrDefault(NameKey.of(o.target()), List.of()).stream()
                            .filter(p -> p.country().equals(o.alpha3())).min(MOST_POPULOUS)
                            .orElseThrow(() -> new IllegalStateException("overrides.tsv: " + o.kind() + " '" + o.name()
                                    + "' points at '" + o.target() + "' in " + o.alpha3() + ", which cities.tsv lacks"));
                    cities.computeIfAbsent(NameKey.of(o.name()), k -> new ArrayList<>()).add(target);
                    if (o.kind().equals("capital")) capitals.put(o.name(), o.alpha3(), NameIndex.OVERRIDE);
                }
                default -> throw new IllegalStateException("overrides.tsv: unknown kind '" + o.kind() + "'");
            }
        }
    }

    /** The lookup tables, built on the first call. */
    private static Tables tables() {
        return Tables.INSTANCE;
    }

    /**
     * The country a name, official name, alternative spelling or code denotes: "the Philippines" → PHL, "PRC" → CHN.
     * Two-letter codes count only if listed in {@link #TWO_LETTER_NAMES}: "US" → USA, "PM" and "IT" → nothing.
     */
    public Optional<String> countryByName(String name) {
        String s = name.strip();
        if (twoLetterCode(stripThe(s))) return tables().codes.get(s).filter(c -> TWO_LETTER_NAMES.contains(letters(stripThe(s))));
        if (NameKey.isCode(stripThe(s))) {
            Optional<String> code = tables().codes.get(s);
            if (code.isPresent() || stripThe(s).length() < 4) return code;
        }
        return tables().names.get(s);
    }

    /** The country of a demonym or nationality adjective: "North Korean" → PRK, "Russians" → RUS. */
    public Optional<String> countryByDemonym(String demonym) {
        String s = demonym.strip();
        if (twoLetterCode(s)) return tables().codes.get(s).filter(c -> TWO_LETTER_NAMES.contains(letters(s)));
        if (NameKey.isCode(s)) return tables().codes.get(s);
        Optional<String> found = tables().demonyms.get(s);
        if (found.isEmpty() && s.length() > 3 && s.endsWith("s")) found = tables().demonyms.get(s.substring(0, s.length() - 1));
        return found;
    }

    /**
     * Every country a nationality word can stand for: the one of {@link #countryByDemonym} if there is one, else each
     * country whose demonym ends in the word ("Korean" → KOR and PRK, the short form news uses once the country is
     * known). Sorted; empty for a word that ends no demonym.
     */
    public Set<String> countriesByDemonymWord(String word) {
        Optional<String> one = countryByDemonym(word);
        if (one.isPresent()) return Set.of(one.get());
        return tables().demonymTails.getOrDefault(NameKey.of(word.strip()), Set.of());
    }

    /**
     * The country of an ISO 3166-1 alpha-2 or alpha-3 code, exactly as written ("IN" → IND, "JPN" → JPN, "in" →
     * nothing), for text known to hold a code (a data field, a table of codes); running text goes through
     * {@link #countryByName}, which takes no two-letter code but {@link #TWO_LETTER_NAMES}.
     */
    public Optional<String> countryByCode(String code) {
        String s = code.strip();
        return tables().isoCodes.contains(s) ? tables().codes.get(s) : Optional.empty();
    }

    /** The country whose capital this is: "Kiev" → UKR, "Washington" → USA. */
    public Optional<String> countryByCapital(String capital) {
        return tables().capitals.get(capital);
    }

    /** The country a seat or body of government stands for: "the Kremlin" → RUS. */
    public Optional<String> countryByInstitution(String institution) {
        return tables().institutions.get(institution);
    }

    /**
     * A region or town from overrides.tsv, else a first-level subdivision (see {@link #CITY_OVER_SUBDIVISION} for
     * a city of another country with the same name), else the most populous city of that name; never a blocked
     * name (surnames, common words, country names) nor a non-capital city named like a common English word. A
     * region suffix is understood: "Guangxi Province", "Sichuan province", "Rivers State".
     */
    public Optional<Place> city(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty() || tables().blocked.contains(key) || twoLetterCode(stripThe(name.strip()))) return Optional.empty();
        Place region = tables().regions.get(key);
        if (region != null) return Optional.of(region);
        List<Place> found = tables().cities.get(key);
        Optional<Subdivision> sub = subdivision(key, false);
        if (sub.isPresent()) return Optional.of(subdivisionOrCity(sub.get(), found));
        if (found != null) return Optional.of(found.get(0));
        for (String suffix : REGION_SUFFIXES) {
            if (!key.endsWith(suffix)) continue;
            String base = key.substring(0, key.length() - suffix.length());
            region = tables().regions.get(base);
            return region != null ? Optional.of(region) : subdivision(base, true).map(Subdivision::place);
        }
        return Optional.empty();
    }

    /**
     * The first-level subdivision of that name ("Bavaria", "Tamil Nadu", "Texas", "Sichuan Province", "Rivers
     * State"), whatever cities share it. Nothing for a name that subdivisions of two countries share ("Punjab":
     * India and Pakistan), for a country's name ("Georgia"), for a blocked name, or for a common English word
     * without its suffix ("Rivers", "Central").
     */
    public Optional<Subdivision> subdivision(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty() || tables().blocked.contains(key) || twoLetterCode(stripThe(name.strip()))) return Optional.empty();
        Optional<Subdivision> s = subdivision(key, false);
        if (s.isPresent()) return s;
        for (String suffix : REGION_SUFFIXES) {
            if (key.endsWith(suffix)) return subdivision(key.substring(0, key.length() - suffix.length()), true);
        }
        return Optional.empty();
    }

    private Optional<Subdivision> subdivision(String key, boolean suffixed) {
        List<Subdivision> found = tables().subdivisions.get(key);
        if (found == null || tables().blocked.contains(key) || (!suffixed && tables().suffixOnly.contains(key))) return Optional.empty();
        for (Subdivision s : found) if (!s.country().equals(found.get(0).country())) return Optional.empty();
        return Optional.of(found.get(0));
    }

    /** A same-country city is the more precise place; a foreign capital or large foreign city keeps its name. */
    private static Place subdivisionOrCity(Subdivision sub, List<Place> found) {
        if (found == null) return sub.place();
        Place top = found.get(0);
        boolean foreign = !top.country().equals(sub.country()) && (top.population() >= CITY_OVER_SUBDIVISION
                || found.stream().anyMatch(p -> p.capital() && !p.country().equals(sub.country())));
        if (foreign) return top;
        return found.stream().filter(p -> p.country().equals(sub.country())).findFirst().orElse(sub.place());
    }

    /**
     * Tries name, demonym, capital, institution, then region, subdivision or city, in that order. A name blocked as a city is
     * not taken as a capital either: "Victoria" or "Hamilton" alone is more often a person than Seychelles' or
     * Bermuda's capital.
     */
    public Optional<String> country(String phrase) {
        Optional<String> found = countryByName(phrase);
        if (found.isEmpty()) found = countryByDemonym(phrase);
        if (found.isEmpty() && !tables().blocked.contains(NameKey.of(phrase))) found = countryByCapital(phrase);
        if (found.isEmpty()) found = countryByInstitution(phrase);
        if (found.isEmpty()) found = city(phrase).map(Place::country);
        return found;
    }

    /** Whether a token names a country or is a demonym, as "Russian" in "Russian Foreign Minister". */
    public boolean isCountryOrDemonym(String token) {
        return countryByName(token).isPresent() || countryByDemonym(token).isPresent();
    }

    /** The short English label of a country ("United States", "South Korea"); the code itself if unknown. */
    public String name(String alpha3) {
        return labels.getOrDefault(alpha3, alpha3);
    }

    /** "PM", "U.S.", "IT": two capital letters, dots aside. "Bo" or "Un" is a word (or a town), not a code. */
    static boolean twoLetterCode(String s) {
        return NameKey.isCode(s) && letters(s).length() == 2;
    }

    private static String letters(String s) {
        return s.replace(".", "");
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4).strip() : s;
    }
}
