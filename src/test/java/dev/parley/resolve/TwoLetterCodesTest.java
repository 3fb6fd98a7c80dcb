package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parley.Docs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two-letter codes are not names: no alpha-2 code or two-letter spelling in countries.tsv gives a country, alone or as
 * a title before a name, except {@link Gazetteer#TWO_LETTER_NAMES} ("US", "UK"). See docs/reference-data.md.
 */
class TwoLetterCodesTest {
    private static final Gazetteer G = Gazetteer.get();

    /** Every alpha-2 code and every two-capital-letter alternative spelling ("UK") in countries.tsv. */
    static Stream<String> twoLetterCodes() {
        TreeSet<String> codes = new TreeSet<>();
        for (RefData.Country c : RefData.countries()) {
            codes.add(c.alpha2());
            for (String alt : c.altSpellings()) if (Gazetteer.twoLetterCode(alt)) codes.add(alt);
        }
        return codes.stream();
    }

    @Test
    void thereAreTwoLetterCodes() {
        List<String> codes = twoLetterCodes().toList();
        assertFalse(codes.size() < 240, () -> "only " + codes.size());
        for (String code : List.of("PM", "MP", "AI", "CA", "IT", "ME", "TV", "IN", "US", "UK")) {
            assertFalse(!codes.contains(code), code);
        }
    }

    @ParameterizedTest
    @MethodSource("twoLetterCodes")
    void codeAloneIsNoCountry(String code) {
        Optional<String> want = Gazetteer.TWO_LETTER_NAMES.contains(code) ? G.countryByCode(code).or(() -> G.countryByName(code))
                : Optional.empty();
        String dotted = code.charAt(0) + "." + code.charAt(1) + ".";
        for (String form : List.of(code, "the " + code, dotted)) {
            Optional<String> expected = want;
            if (form.equals(dotted) && !G.countryByName(dotted).isPresent()) expected = Optional.empty(); // "U.S." is listed, "P.M." is not
            assertEquals(expected, G.countryByName(form), "name " + form);
            assertEquals(expected.isPresent(), G.isCountryOrDemonym(form), "name or demonym " + form);
            assertEquals(expected, G.country(form), "any kind " + form);
            assertEquals(Optional.empty(), G.city(form), "city " + form);
        }
        // Never a lower-case or title-case word: "me", "Me", "it", "It", "in".
        String lower = code.toLowerCase(Locale.ROOT);
        String title = code.charAt(0) + lower.substring(1);
        for (String form : List.of(lower, title, "the " + lower)) {
            assertEquals(Optional.empty(), G.countryByName(form), "name " + form);
            assertEquals(Optional.empty(), G.countryByDemonym(form), "demonym " + form);
        }
    }

    @Test
    void theExceptionsAreTheUsualAbbreviations() {
        assertEquals(Optional.of("USA"), G.countryByName("US"));
        assertEquals(Optional.of("USA"), G.countryByName("U.S."));
        assertEquals(Optional.of("USA"), G.countryByName("the US"));
        assertEquals(Optional.of("USA"), G.countryByDemonym("US"));
        assertEquals(Optional.of("GBR"), G.countryByName("UK"));
        assertEquals(Optional.of("GBR"), G.countryByName("U.K."));
        assertEquals(Optional.of("GBR"), G.countryByDemonym("UK"));
        assertEquals(Optional.of("ARE"), G.countryByName("UAE"), "three letters: not concerned");
    }

    /** A caller that knows it holds a code still gets the country. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"IN|IND", "PM|SPM", "MP|MNP", "IT|ITA", "CA|CAN", "US|USA", "GB|GBR",
        "JPN|JPN", "SPM|SPM"})
    void countryByCodeTakesIsoCodes(String code, String alpha3) {
        assertEquals(Optional.of(alpha3), G.countryByCode(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in", "It", "UK", "UAE", "U.S.", "XX", "''"})
    void countryByCodeTakesNothingElse(String text) {
        assertEquals(Optional.empty(), G.countryByCode(text), text);
    }

    /** "PM Narendra Modi", "MP Jane Smith": the code as a title before a name gives the person no country. */
    @Test
    void codeAsATitleBeforeANameGivesNoCountry() {
        List<String> wrong = new ArrayList<>();
        for (String code : twoLetterCodes().toList()) {
            for (String ner : List.of("O", "ORGANIZATION", "LOCATION")) {
                DocEntities e = Docs.entities(Docs.parse(LocalDate.of(2024, 5, 15), """
                        1 %s %s NNP %s 3 compound
                        2 Jane Jane NNP PERSON 3 compound
                        3 Smith Smith NNP PERSON 4 nsubj
                        4 arrived arrive VBD O 0 root
                        5 . . . O 4 punct
                        """.formatted(code, code, ner)));
                String want = Gazetteer.TWO_LETTER_NAMES.contains(code) ? G.countryByName(code).orElseThrow() : null;
                LocalPerson smith = e.people().stream().filter(p -> p.name().equals("Jane Smith")).findFirst().orElse(null);
                String got = smith == null ? "(no person Jane Smith in " + e.people() + ")" : smith.country();
                if (!String.valueOf(want).equals(String.valueOf(got))) wrong.add(code + "/" + ner + " -> " + got);
                if (want == null && !e.places().isEmpty()) wrong.add(code + "/" + ner + " place " + e.places());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
