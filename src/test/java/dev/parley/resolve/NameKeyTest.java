package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Genève|geneve", "Washington, D.C.|washington dc", "  The   Philippines |philippines",
        "People’s Republic|people's republic", "Guinea-Bissau|guinea bissau", "Zürich|zurich",
        "Thessaloniki|thessaloniki", "theodore|theodore", "Côte d'Ivoire|cote d'ivoire"})
    void keys(String name, String key) {
        assertEquals(key, NameKey.of(name));
    }

    @Test
    void codesAreUpperCaseAbbreviations() {
        assertTrue(NameKey.isCode("US"));
        assertTrue(NameKey.isCode("U.S."));
        assertTrue(NameKey.isCode("DPRK"));
        assertFalse(NameKey.isCode("Us"));
        assertFalse(NameKey.isCode("CHINA"));
        assertFalse(NameKey.isCode("U"));
    }
}
