package dev.parley.events;

import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.time.EventDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a mention stands alone as an event (strong) or only supports one found elsewhere: a visit with its
 * visitor and country, a summit of states with a place or a date, a meeting or call of two states' people.
 */
final class Standing {
    private Standing() {
    }

    /**
     * The state an office holder of no stated country visits from, in an article whose people are of exactly two
     * states, one of them the one visited: the other ("Foreign Minister José Manuel Albares travelled to Mexico City",
     * in an article of Spanish and Mexican leaders), else null.
     */
    static String visitorsState(List<LocalParticipant> ps, DocEntities e, String country) {
        LocalPerson visitor = null;
        for (LocalParticipant p : ps) if (p.role() == Role.VISITOR) visitor = e.people().get(p.person());
        if (visitor == null || visitor.country() != null || !Actors.holdsOffice(visitor.titles())) return null;
        Set<String> states = new java.util.TreeSet<>();
        for (LocalPerson p : e.people()) if (p.country() != null) states.add(p.country());
        if (states.size() != 2 || !states.remove(country)) return null;
        return states.iterator().next();
    }

    /** One envoy posted to the country and no one of that country among the participants. */
    static boolean envoyAtPost(List<LocalParticipant> ps, DocEntities e, String country) {
        boolean envoy = false;
        for (LocalParticipant p : ps) {
            LocalPerson lp = e.people().get(p.person());
            if (country.equals(lp.country())) return false;
            if (Actors.postedTo(lp.titles()).contains(country)) envoy = true;
        }
        return envoy;
    }

    static boolean strong(EventType type, List<LocalParticipant> ps, DocEntities e, String country, String name,
                                  EventDate date) {
        switch (type) {
            case VISIT:
                return country != null && ps.stream().anyMatch(p -> p.role() == Role.VISITOR);
            case SUMMIT:
                return name != null && (country != null || date != null) && Summits.statesMeet(name, ps, e);
            default: {
                if (ps.size() < 2) return false;
                Set<String> countries = new HashSet<>();
                int unknown = 0;
                for (LocalParticipant p : ps) {
                    String c = e.people().get(p.person()).country();
                    if (c == null) unknown++;
                    else countries.add(c);
                }
                return countries.size() >= 2 || unknown > 0 && countries.size() + unknown >= 2;
            }
        }
    }
}
