package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private static Gazetteer g;

    /** Loads the shared instance first so the load time is measured and printed once, not asserted. */
    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        g = Gazetteer.get();
        System.err.printf(java.util.Locale.ROOT, "Gazetteer loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertSame(g, Gazetteer.get());
    }

    /**
     * A country's label, all that the corpus level needs, reads countries.tsv only: a rerun whose per-document
     * results are stored never builds the lookup tables (cities.tsv and the rest). Checked on a fresh copy of the
     * classes, as this JVM's gazetteer may have built them for another test already.
     */
    /** What a test does with a gazetteer class loaded afresh, and the resource files it has read so far. */
    private interface WithFreshGazetteer {
        void run(Class<?> type, Object gazetteer, List<String> read) throws Exception;
    }

    /** Runs {@code test} on the gazetteer of a class loader of its own, recording the resource files it reads. */
    private static void withFreshGazetteer(WithFreshGazetteer test) throws Exception {
        java.net.URL classes = Gazetteer.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(new java.net.URL[] {classes},
                ClassLoader.getPlatformClassLoader()) {
            @Override
            public java.net.URL getResource(String name) {
                read.add(name.substring(name.lastIndexOf('/') + 1));
                return super.getResource(name);
            }
        }) {
            Class<?> type = Class.forName(Gazetteer.class.getName(), true, fresh);
            test.run(type, type.getMethod("get").invoke(null), read);
        }
    }

    @Test
    void labelsDoNotBuildTheLookupTables() throws Exception {
        withFreshGazetteer((type, gazetteer, read) -> {
            assertEquals("France", type.getMethod("name", String.class).invoke(gazetteer, "FRA"));
            assertEquals(List.of("countries.tsv"), read);
            assertEquals(Optional.of("CHE"), type.getMethod("country", String.class).invoke(gazetteer, "Geneva"));
            assertTrue(read.contains("cities.tsv"), read.toString());
        });
    }

    @Test
    void loadTablesBuildsThemBeforeAnyLookup() throws Exception {
        withFreshGazetteer((type, gazetteer, read) -> {
            type.getMethod("loadTables").invoke(gazetteer);
            assertTrue(read.containsAll(List.of("countries.tsv", "cities.tsv", "overrides.tsv")), read.toString());
            int files = read.size();
            assertEquals(Optional.of("CHE"), type.getMethod("country", String.class).invoke(gazetteer, "Geneva"));
            assertEquals(files, read.size(), "the lookup reads nothing more: " + read);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "China|CHN", "Russia|RUS", "United States|USA", "the United States|USA", "United States of America|USA",
        "the Philippines|PHL", "The Philippines|PHL", "america|USA", "Britain|GBR", "United Kingdom|GBR",
        "US|USA", "U.S.|USA", "the US|USA", "USA|USA", "UK|GBR", "U.K.|GBR", "PRC|CHN", "DPRK|PRK",
        "People's Republic of China|CHN", "people’s republic of china|CHN", "Georgia|GEO", "Jordan|JOR",
        "Hong Kong|HKG", "Taiwan|TWN", "Turkey|TUR", "Ivory Coast|CIV", "Côte d'Ivoire|CIV", "Cote d'Ivoire|CIV",
        "South Korea|KOR", "North Korea|PRK", "Burma|MMR", "JPN|JPN", "China's|CHN", "Cabo Verde|CPV", "Holy See|VAT"})
    void countryByName(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), g.countryByName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "Us", "uk", "prc", "Atlantis", "", "Kremlin", "Russian", "Moscow", "Anchorage"})
    void notCountryNames(String name) {
        assertEquals(Optional.empty(), g.countryByName(name), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian|RUS", "Chinese|CHN", "North Korean|PRK", "South Korean|KOR", "American|USA", "British|GBR",
        "Japanese|JPN", "russian|RUS", "Russians|RUS", "U.S.|USA", "French|FRA", "Indian|IND", "Saudi|SAU"})
    void countryByDemonym(String demonym, String alpha3) {
        assertEquals(Optional.of(alpha3), g.countryByDemonym(demonym), demonym);
    }

    /** demonyms.tsv: the adjectives news writes where countries.tsv has the noun ("Filipino", "Icelander"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Philippine|PHL", "Icelandic|ISL", "Kyrgyz|KGZ", "Tajik|TJK", "Slovenian|SVN",
        "Bosnian|BIH", "Ecuadorian|ECU", "Nepali|NPL", "Argentinian|ARG", "Kazakh|KAZ", "Uzbek|UZB", "Antiguan|ATG"})
    void generatedNationalityAdjectives(String demonym, String alpha3) {
        assertEquals(Optional.of(alpha3), g.countryByDemonym(demonym), demonym);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welsh", "Persian", "Afrikaans", "Mongoloid", "Tai"})
    void reviewedOutAdjectivesNameNoState(String form) {
        assertEquals(Optional.empty(), g.countryByDemonym(form), form);
    }

    @Test
    void demonymSharedByTwoStatesIsAmbiguous() {
        assertEquals(Optional.empty(), g.countryByDemonym("Congolese"));
        assertEquals(Optional.empty(), g.countryByDemonym("Martian"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Beijing|CHN", "Moscow|RUS", "Washington|USA", "Washington, D.C.|USA", "Tokyo|JPN", "New Delhi|IND",
        "Kyiv|UKR", "Kiev|UKR", "Bern|CHE", "Seoul|KOR", "Pyongyang|PRK"})
    void countryByCapital(String capital, String alpha3) {
        assertEquals(Optional.of(alpha3), g.countryByCapital(capital), capital);
    }

    @Test
    void aNationalCapitalAsTheCitiesDatasetSpellsItIsACapitalToo() {
        // world-countries spells them "Naypyidaw" and "Reykjavik"; GeoNames "Nay Pyi Taw" and "Reykjavík"
        assertEquals(Optional.of("MMR"), g.countryByCapital("Nay Pyi Taw"));
        assertEquals(Optional.of("MMR"), g.countryByCapital("Naypyidaw"));
        assertEquals(Optional.of("ISL"), g.countryByCapital("Reykjavík"));
    }

    @Test
    void nonCapitalIsNoCapital() {
        assertEquals(Optional.empty(), g.countryByCapital("Shanghai"));
        assertEquals(Optional.empty(), g.countryByCapital("Geneva"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kremlin|RUS", "the Kremlin|RUS", "The Kremlin|RUS", "White House|USA", "the White House|USA",
        "Downing Street|GBR", "Elysee|FRA", "Élysée|FRA", "Zhongnanhai|CHN", "Pentagon|USA",
        "State Department|USA", "Blue House|KOR", "Kremlin's|RUS"})
    void countryByInstitution(String institution, String alpha3) {
        assertEquals(Optional.of(alpha3), g.countryByInstitution(institution), institution);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Guilin|CHN", "Anchorage|USA", "San Francisco|USA", "Geneva|CHE", "Hanoi|VNM", "Singapore|SGP",
        "Brussels|BEL", "Cairo|EGY", "Shanghai|CHN", "Vilnius|LTU", "Jakarta|IDN", "Moscow|RUS", "Zurich|CHE",
        "Washington|USA", "Kiev|UKR", "Alaska|USA", "Guangxi|CHN", "Guangxi Province|CHN", "Bali|IDN",
        "Xinjiang|CHN", "Cologne|DEU", "Odesa|UKR", "Davos|CHE", "Astana|KAZ", "Hong Kong|HKG", "Crimea|UKR", "Phoenix|USA", "Zürich|CHE"})
    void cityOrRegion(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), g.city(name).map(Place::country), name);
    }

    @Test
    void cityIsTheMostPopulousOfItsName() {
        Place moscow = g.city("Moscow").orElseThrow();
        assertEquals("RUS", moscow.country());
        assertTrue(moscow.population() > 1_000_000, moscow::toString);
        assertTrue(moscow.capital());
        Place shanghai = g.city("Shanghai").orElseThrow();
        assertFalse(shanghai.capital());
        assertEquals(new Place("Alaska", "USA", 0, false), g.city("Alaska").orElseThrow());
    }

    /** "Split" (Croatia) is lost to the common-word rule, an accepted cost; see docs/reference-data.md. */
    @ParameterizedTest
    @ValueSource(strings = {"Of", "Mobile", "Bath", "Nice", "Sale", "Reading", "Austin", "Lincoln", "Wang",
        "Kim", "Lee", "Georgia", "Jordan", "Man", "Surprise", "Normal", "Split", "Xanadu Nowhere", "Foo Province", "", "the"})
    void wordsNamesAndUnknownsAreNoPlaces(String name) {
        assertEquals(Optional.empty(), g.city(name), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Georgia|GEO", "Jordan|JOR", "Russian|RUS", "Beijing|CHN", "the Kremlin|RUS", "Guilin|CHN",
        "Alaska|USA", "the United States|USA", "Washington|USA", "Geneva|CHE", "Tibet|CHN"})
    void countryTriesEachKindInOrder(String phrase, String alpha3) {
        assertEquals(Optional.of(alpha3), g.country(phrase), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wang", "Kim", "Austin", "Lee", "Mobile", "Nice", "Minister", "", "Foreign Ministry",
        "Mann", "Victoria", "Hamilton"})
    void countryOfNonPlaceIsEmpty(String phrase) {
        assertEquals(Optional.empty(), g.country(phrase), phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CHN|China", "RUS|Russia", "USA|United States", "GBR|United Kingdom", "KOR|South Korea",
        "PRK|North Korea", "MLT|Malta", "CHE|Switzerland", "XYZ|XYZ"})
    void labelName(String alpha3, String label) {
        assertEquals(label, g.name(alpha3));
    }

    @Test
    void countryOrDemonymTokens() {
        assertTrue(g.isCountryOrDemonym("Russian"));
        assertTrue(g.isCountryOrDemonym("China"));
        assertTrue(g.isCountryOrDemonym("U.S."));
        assertFalse(g.isCountryOrDemonym("Foreign"));
        assertFalse(g.isCountryOrDemonym("Minister"));
        assertFalse(g.isCountryOrDemonym("Beijing"));
    }

    @Test
    void blockedCapitalStillAnswersAnExplicitCapitalLookup() {
        assertEquals(Optional.of("SYC"), g.countryByCapital("Victoria"));
        assertEquals(Optional.of("IMN"), g.countryByName("Isle of Man"));
    }

    /** Every hand-kept line must still do what it says; a dataset update could shadow it. */
    @Test
    void everyOverrideTakesEffect() {
        List<String> broken = new ArrayList<>();
        for (RefData.Override o : RefData.overrides()) {
            Optional<String> want = Optional.of(o.alpha3());
            boolean ok = switch (o.kind()) {
                case "name" -> g.countryByName(o.name()).equals(want);
                case "demonym" -> g.countryByDemonym(o.name()).equals(want);
                case "institution" -> g.countryByInstitution(o.name()).equals(want);
                case "capital" -> g.countryByCapital(o.name()).equals(want) && g.city(o.name()).map(Place::country).equals(want);
                case "city", "region", "town" -> g.city(o.name()).map(Place::country).equals(want);
                case "block" -> g.city(o.name()).isEmpty();
                case "unname" -> g.countryByName(o.name()).isEmpty();
                default -> false;
            };
            if (!ok) broken.add(o.kind() + " " + o.name());
        }
        assertEquals(List.of(), broken);
    }

    /** Georgia is the country (see docs/reference-data.md); every other US state or district resolves to USA. */
    @Test
    void everyUsStateIsInTheUnitedStates() {
        List<String> wrong = new ArrayList<>();
        int states = 0;
        for (RefData.SubdivisionRow row : RefData.subdivisions()) {
            Subdivision s = row.subdivision();
            if (!s.code().startsWith("US-")) continue;
            states++;
            Optional<String> want = Optional.of(s.name().equals("Georgia") ? "GEO" : "USA");
            if (!g.country(s.name()).equals(want)) wrong.add(s.name() + " -> " + g.country(s.name()));
        }
        assertEquals(List.of(), wrong);
        assertEquals(51, states, "50 states and the District of Columbia");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kerala|IND", "Tamil Nadu|IND", "Uttar Pradesh|IND", "Maharashtra|IND", "West Bengal|IND", "Gujarat|IND",
        "Assam|IND", "Sichuan|CHN", "Zhejiang|CHN", "Fujian|CHN", "Hubei|CHN", "Xinjiang|CHN", "Tibet|CHN",
        "Guangxi Province|CHN", "Hebei province|CHN", "Bavaria|DEU", "North Rhine-Westphalia|DEU", "Saxony|DEU",
        "Baden-Württemberg|DEU", "Baden-Wurttemberg|DEU", "Hesse|DEU", "Thuringia|DEU", "Lower Saxony|DEU",
        "São Paulo|BRA", "Minas Gerais|BRA", "Rio Grande do Sul|BRA", "Bahia|BRA", "Paraná|BRA", "Santa Catarina|BRA",
        "Kano|NGA", "Borno|NGA", "Kaduna|NGA", "Zamfara|NGA", "Anambra|NGA", "Lagos|NGA", "Rivers State|NGA",
        "Delta State|NGA", "Crimea|UKR", "Scotland|GBR", "Northern Ireland|GBR", "Ontario|CAN", "Queensland|AUS",
        "Okinawa|JPN", "Hokkaido|JPN", "Texas|USA", "Washington State|USA", "Catalonia|ESP", "Sumatra|IDN"})
    void subdivisionIsInItsCountry(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), g.city(name).map(Place::country), name);
        assertEquals(Optional.of(alpha3), g.country(name), name);
    }

    @Test
    void subdivisionCarriesItsIsoCode() {
        assertEquals("DE-BY", g.subdivision("Bavaria").orElseThrow().code());
        assertEquals("IN-TN", g.subdivision("tamil nadu").orElseThrow().code());
        assertEquals("NG-RI", g.subdivision("Rivers State").orElseThrow().code());
        assertEquals("UA-43", g.subdivision("Crimea").orElseThrow().code());
        assertEquals("CN-SC", g.subdivision("Sichuan Province").orElseThrow().code());
    }

    /** A country's name is never a subdivision's: Georgia (US-GA), Niger (NG-NI), Luxembourg (BE-WLX, LU-LU). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Georgia|GEO", "Niger|NER", "Luxembourg|LUX", "Panama|PAN", "Guatemala|GTM",
        "Djibouti|DJI", "Jordan|JOR"})
    void countryNameWinsOverSubdivision(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), g.country(name), name);
        assertEquals(Optional.empty(), g.subdivision(name), name);
    }

    /**
     * Names that subdivisions of two countries share ("Punjab"), common words without a suffix ("Rivers",
     * "Central") and blocked names ("Victoria") give no subdivision.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Punjab", "Rivers", "Central", "Western", "Northern", "Capital", "Victoria", "Amazonas",
        "Charlotte", "Delta", "Plateau State"})
    void ambiguousOrWordSubdivisionsAreNone(String name) {
        assertEquals(Optional.empty(), g.subdivision(name), name);
    }

    /** A foreign capital or city of 300,000 or more keeps its name; smaller foreign cities yield to a subdivision. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Portland|USA", "Mérida|MEX", "Manchester|GBR", "Trujillo|PER",
        "Rabat|MAR", "Ontario|CAN", "Virginia|USA", "Colorado|USA", "Alexandria|EGY", "Santa Catarina|BRA"})
    void subdivisionAgainstForeignCity(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), g.city(name).map(Place::country), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "cities.tsv", "subdivisions.tsv", "overrides.tsv"})
    void everyResourceNamesItsSource(String file) throws IOException {
        try (InputStream in = GazetteerTest.class.getResourceAsStream(RefData.DIR + file)) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(first.startsWith("# source: ") && first.contains("licence: "), first);
            if (!file.equals("overrides.tsv")) {
                assertTrue(first.matches("# source: [a-z-]+@\\d+\\.\\d+\\.\\d+.*, licence: .+, generated by scripts/refdata/regenerate\\.sh"), first);
            }
        }
    }

    @Test
    void continentsAreNoPlaceOfOneCountry() {
        for (String c : List.of("Asia", "Africa", "Europe", "Americas", "Oceania")) {
            assertEquals(Optional.empty(), Gazetteer.get().country(c), c);
        }
    }
}
