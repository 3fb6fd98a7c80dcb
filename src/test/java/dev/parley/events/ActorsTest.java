package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offices that make a person a party to diplomacy, and the posting an ambassador's title names. */
class ActorsTest {
    @Test
    void officesAreTitlesOfStateNotOfBusinessOrSport() {
        assertTrue(Actors.holdsOffice(List.of("Foreign Minister")));
        assertTrue(Actors.holdsOffice(List.of("special envoy")));
        assertTrue(Actors.holdsOffice(List.of("Vice-President")));
        assertFalse(Actors.holdsOffice(List.of("chief executive")));
        assertFalse(Actors.holdsOffice(List.of("coach", "Governor")));
        assertFalse(Actors.holdsOffice(List.of()));
    }

    @Test
    void anOfficialOfAnOrganisationIsNamedByTheTitle() {
        assertEquals(java.util.Optional.of("IAEA"), Actors.organisation(List.of("IAEA Director General")));
        assertEquals(java.util.Optional.of("EU"), Actors.organisation(List.of("European Union's foreign policy chief")));
        assertTrue(Actors.organisation(List.of("UN Secretary - General")).isPresent());
        assertEquals(java.util.Optional.empty(), Actors.organisation(List.of("Prime Minister")));
        assertEquals(java.util.Optional.empty(), Actors.organisation(List.of("chief executive")));
        assertEquals(java.util.Optional.empty(), Actors.organisation(List.of()));
    }

    @Test
    void anAmbassadorIsPostedToTheCountryHerTitleNames() {
        assertEquals(Set.of("POL"), Actors.postedTo(List.of("new ambassador to Poland")));
        assertEquals(Set.of("RUS"), Actors.postedTo(List.of("Ambassador to Moscow")));
        assertEquals(Set.of("AFG"), Actors.postedTo(List.of("envoy in Kabul")));
        assertEquals(Set.of(), Actors.postedTo(List.of("Foreign Minister", "ambassador")));
    }
}
