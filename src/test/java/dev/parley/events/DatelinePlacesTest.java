package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The city a dateline names, spelled as a name (DatelinePlaces.cityName). */
class DatelinePlacesTest {
    @Test void aDatelineInCapitalsIsTheCityAsTheGazetteerSpellsIt() {
        assertEquals("Dar es Salaam", DatelinePlaces.cityName("DAR ES SALAAM", "TZA"));
        assertEquals("N'Djamena", DatelinePlaces.cityName("N'DJAMENA", "TCD"));
        assertEquals("Port Louis", DatelinePlaces.cityName("PORT LOUIS", "MUS"));
        assertEquals("Geneva", DatelinePlaces.cityName("Geneva", "CHE"), "already a name");
    }
}
