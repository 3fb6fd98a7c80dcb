package dev.parley.merge;

import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.resolve.Gazetteer;
import dev.parley.time.EventDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Human labels: "Lavrov visits China, 22–23 March 2021"; "Blinken and Austin meet Motegi and Kishi in Tokyo,
 * 16 March 2021"; "G20 summit in New Delhi, September 2023"; "Biden and Putin speak by phone, 13 April 2021".
 */
final class Labels {
    private Labels() {
    }

    static String label(EventType type, String name, List<EventParticipant> ps, String place, String country,
                        EventDate date, Gazetteer gazetteer) {
        return label(type, name, ps, List.of(), place, country, date, gazetteer);
    }

    /** @param parties sides named only as groups (a country code or an organisation's label): "with EU officials" */
    static String label(EventType type, String name, List<EventParticipant> ps, List<String> parties, String place,
                        String country, EventDate date, Gazetteer gazetteer) {
        String l = raw(type, name, ps, parties, place, country, date, gazetteer);
        // "de la Fuente visits Canada" starts a label: "De la Fuente visits Canada"
        return l.isEmpty() ? l : l.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + l.substring(1);
    }

    private static String raw(EventType type, String name, List<EventParticipant> ps, List<String> parties, String place,
                              String country, EventDate date, Gazetteer gazetteer) {
        List<String> groups = new ArrayList<>();
        // "officials of Saudi Arabia", "EU officials"
        for (String p : parties) groups.add(gazetteer.name(p).equals(p) ? p + " officials" : "officials of " + gazetteer.name(p));
        String when = date == null ? "" : ", " + date.label();
        String where = place != null ? " in " + place : "";
        switch (type) {
            case VISIT: {
                String visitor = ps.stream().filter(p -> p.role() == Role.VISITOR).map(p -> p.person().shortName())
                        .findFirst().orElse("Unknown");
                String to = country != null ? gazetteer.name(country) : place != null ? place : "abroad";
                return visitor + " visits " + to + when;
            }
            case SUMMIT:
                return (name == null ? "Summit" : name + " summit") + where + when;
            case CALL: {
                List<String> names = new ArrayList<>();
                for (EventParticipant p : ps) names.add(p.person().shortName());
                if (names.size() == 1 && !groups.isEmpty()) return names.get(0) + " speaks by phone with " + join(groups) + when;
                names.addAll(groups);
                return join(names) + " speak by phone" + when;
            }
            default: {
                List<String> a = new ArrayList<>();
                List<String> b = new ArrayList<>();
                String sideCountry = null;
                for (EventParticipant p : ps) {
                    boolean other = p.role() == Role.COUNTERPART || p.role() == Role.HOST;
                    if (!other && sideCountry == null) sideCountry = p.person().country();
                }
                for (EventParticipant p : ps) {
                    boolean other = p.role() == Role.COUNTERPART || p.role() == Role.HOST;
                    // keep each country on one side: a counterpart from the first side's country joins it
                    if (other && sideCountry != null && sideCountry.equals(p.person().country())) other = false;
                    if (!other && sideCountry != null && p.person().country() != null && !sideCountry.equals(p.person().country())) {
                        other = true;
                    }
                    (other ? b : a).add(p.person().shortName());
                }
                if (a.isEmpty()) {
                    a.addAll(b);
                    b.clear();
                }
                b.addAll(groups);
                if (b.isEmpty()) return join(a) + (a.size() == 1 ? " holds talks" : " meet") + where + when;
                return join(a) + (a.size() == 1 ? " meets " : " meet ") + join(b) + where + when;
            }
        }
    }

    static String join(List<String> names) {
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
