package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationsTest {
    private final Organisations orgs = Organisations.get();

    @Test
    void sharedInstance() {
        assertSame(orgs, Organisations.get());
        assertTrue(orgs.all().size() > 50, () -> "only " + orgs.all().size());
    }

    /** Text as news writes it → canonical label and kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UN|UN|igo", "U.N.|UN|igo", "the UN|UN|igo", "United Nations|UN|igo", "the United Nations|UN|igo",
        "UN's|UN|igo", "UN Security Council|UNSC|igo", "U.N. Security Council|UNSC|igo", "NATO|NATO|igo",
        "Nato|NATO|igo", "NATO's|NATO|igo", "North Atlantic Treaty Organisation|NATO|igo", "European Union|EU|igo",
        "EU|EU|igo", "E.U.|EU|igo", "African Union|AU|igo", "AU|AU|igo", "ASEAN|ASEAN|igo", "Asean|ASEAN|igo",
        "Association of Southeast Asian Nations|ASEAN|igo", "G7|G7|summit-series", "G-7|G7|summit-series",
        "Group of Seven|G7|summit-series", "G20|G20|summit-series", "G-20|G20|summit-series",
        "Group of 20|G20|summit-series", "BRICS|BRICS|summit-series", "Brics|BRICS|summit-series",
        "APEC|APEC|igo", "SCO|SCO|igo", "Shanghai Cooperation Organization|SCO|igo", "OPEC|OPEC|igo",
        "Commonwealth|Commonwealth|igo", "the Commonwealth|Commonwealth|igo", "Arab League|Arab League|igo",
        "League of Arab States|Arab League|igo", "Organization of Islamic Cooperation|OIC|igo", "OIC|OIC|igo",
        "Gulf Cooperation Council|GCC|igo", "GCC|GCC|igo", "Quad|Quad|summit-series",
        "Quadrilateral Security Dialogue|Quad|summit-series", "CELAC|CELAC|summit-series", "Mercosur|Mercosur|igo",
        "MERCOSUR|Mercosur|igo", "IAEA|IAEA|igo", "WHO|WHO|igo", "World Health Organisation|WHO|igo",
        "WTO|WTO|igo", "IMF|IMF|igo", "World Bank|World Bank|igo", "OSCE|OSCE|igo",
        "Organisation for Security and Cooperation in Europe|OSCE|igo", "Council of Europe|Council of Europe|igo",
        "ECOWAS|ECOWAS|igo", "SADC|SADC|igo", "EAC|EAC|igo", "East African Community|EAC|igo",
        "Pacific Islands Forum|Pacific Islands Forum|igo", "CARICOM|CARICOM|igo", "Nordic Council|Nordic Council|igo",
        "World Food Program|WFP|igo", "International Labour Organisation|ILO|igo", "Visegrad Group|V4|summit-series",
        "Apec|APEC|igo", "Opec|OPEC|igo", "Belt and Road|Belt and Road Forum|summit-series", "Belt and Road Initiative|Belt and Road Forum|summit-series",
        "Three Seas|Three Seas Initiative|summit-series", "Three Seas Initiative|Three Seas Initiative|summit-series"})
    void lookup(String text, String label, String kind) {
        Organisation o = orgs.lookup(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(label, o.label(), text);
        assertEquals(kind, o.kind().code(), text);
    }

    /** Lower-case words, country names, partial names and other phrases are no organisation. */
    @ParameterizedTest
    @ValueSource(strings = {"un", "who", "Who", "eu", "quad", "commonwealth", "Union", "European", "NATO summit",
        "Security Council", "Russia", "United States", "", "the", "G", "G-", "Council", "Forum"})
    void notOrganisations(String text) {
        assertEquals(Optional.empty(), orgs.lookup(text), text);
    }

    @Test
    void councilOfEuropeIsNotTheEuropeanCouncil() {
        assertEquals("Council of Europe", orgs.lookup("Council of Europe").orElseThrow().name());
        assertEquals("European Council", orgs.lookup("European Council").orElseThrow().name());
        assertEquals("Commonwealth of Independent States", orgs.lookup("CIS").orElseThrow().name());
    }

    /** Every row names its list; own and summit rows may carry a reference, list rows leave it to the header. */
    @Test
    void everyRowIsWellFormed() {
        Set<String> bases = Set.of("un-system", "un-ga-observer", "own", "summit");
        for (Organisation o : orgs.all()) {
            assertTrue(bases.contains(o.basis()), o::toString);
            assertEquals(o.basis().equals("summit"), o.kind() == Organisation.Kind.SUMMIT_SERIES, o::toString);
            if (o.basis().startsWith("un-")) assertEquals("", o.reference(), o::toString);
            if (o.basis().equals("own")) assertTrue(o.reference().startsWith("https://"), o::toString);
            assertEquals(Optional.of(o), orgs.lookup(o.name()), o::toString);
            for (String a : o.acronyms()) assertEquals(Optional.of(o), orgs.lookup(a), a);
            for (String n : o.otherNames()) assertEquals(Optional.of(o), orgs.lookup(n), n);
        }
    }

    @Test
    void aNameClaimedTwiceFailsTheLoad() {
        Organisation a = new Organisation("Alpha Union", List.of("AU"), List.of(), Organisation.Kind.IGO, "own", "https://a");
        Organisation b = new Organisation("Beta Union", List.of("AU"), List.of(), Organisation.Kind.IGO, "own", "https://b");
        assertThrows(IllegalStateException.class, () -> new Organisations(List.of(a, b)));
        assertFalse(new Organisations(List.of(a)).lookup("AU").isEmpty());
    }

    @Test
    void fileNamesItsSourceAndLicence() throws IOException {
        try (InputStream in = OrganisationsTest.class.getResourceAsStream(RefData.DIR + "organisations.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            assertTrue(first.startsWith("# source: ") && first.contains("licence: "), first);
            assertTrue(text.contains("https://www.un.org/en/about-us/intergovernmental-and-other-organizations"));
            assertTrue(text.contains("https://www.un.org/en/about-us/un-system"));
        }
    }
}
