package dev.parley.merge;

import dev.parley.events.EventType;
import dev.parley.merge.EventMerger.Cluster;
import dev.parley.merge.EventMerger.Resolved;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where a meeting that names no place took place: in the country one side was visiting at the time ("Scholz met
 * Putin" while Scholz was in Russia; two leaders who both travelled to Singapore), when no side was visiting
 * another country then. An undated meeting takes the visit its own article reports. Calls
 * have no place; a meeting whose sentences name one keeps it.
 */
final class MeetingPlaces {
    private MeetingPlaces() {
    }

    /**
     * Days by which a meeting may fall outside a visit's dates and still be part of it: a visit is often dated by its
     * arrival alone, and a state visit lasts two or three days.
     */
    static final int SLACK_DAYS = 2;

    /** Days before an undated meeting's latest report within which a visit under way places it. */
    static final int REPORT_DAYS = 7;

    static void place(List<Cluster> clusters, Function<Cluster, EventDate> chooseDate) {
        // Each cluster's date is chosen once: every unplaced meeting looks at the dates of the others, and placing a
        // meeting changes no date.
        Map<Cluster, EventDate> chosen = new java.util.IdentityHashMap<>();
        Function<Cluster, EventDate> dates = c -> {
            if (!chosen.containsKey(c)) chosen.put(c, chooseDate.apply(c));
            return chosen.get(c);
        };
        // Only the visits and encounters of a meeting's own people can place it: looked up by person, not found by
        // going through every event of the corpus for every meeting (conditions are checked where they are used).
        Map<String, List<Cluster>> visitsBy = new HashMap<>();
        Map<String, List<Cluster>> encountersBy = new HashMap<>();
        for (Cluster c : clusters) {
            if (!c.alive || c.type == EventType.CALL) continue;
            if (c.type == EventType.VISIT) {
                if (c.visitor != null) visitsBy.computeIfAbsent(c.visitor, k -> new ArrayList<>()).add(c);
                continue;
            }
            Set<String> people = new java.util.LinkedHashSet<>();
            for (Resolved r : c.members) people.addAll(r.persons().keySet());
            for (String p : people) encountersBy.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
        }
        for (Cluster m : clusters) {
            if (!m.alive || m.type != EventType.MEETING || m.country != null) continue;
            if (m.members.stream().anyMatch(r -> r.c().country() != null)) continue;
            EventDate md = dates.apply(m);
            Set<String> docs = new TreeSet<>();
            for (Resolved r : m.members) docs.add(r.c().docId());
            java.time.LocalDate published = null;
            for (Resolved r : m.members) if (r.c().published() != null && (published == null || r.c().published().isAfter(published))) published = r.c().published();
            Map<String, Person> persons = new HashMap<>();
            for (Resolved r : m.members) persons.putAll(r.persons());
            if (persons.size() < 2) continue;
            Map<String, Set<String>> visiting = new HashMap<>(); // person -> countries they visit at the time
            Map<String, Set<String>> strictly = new HashMap<>(); // the same, within the visit's own dates
            Map<String, Set<String>> begun = new HashMap<>(); // the same, on the meeting's first day
            for (Cluster v : of(persons.keySet(), visitsBy)) {
                if (!v.alive || v.type != EventType.VISIT || v.country == null || !persons.containsKey(v.visitor)) continue;
                EventDate vd = dates.apply(v);
                // dated: at the time of the visit; undated: a visit the same article reports, or one under way when
                // the article was published
                boolean atTheTime = md != null ? vd != null && overlaps(md, vd, SLACK_DAYS)
                        : v.members.stream().anyMatch(r -> docs.contains(r.c().docId()))
                        || vd != null && published != null && overlaps(EventDate.days(published.minusDays(REPORT_DAYS), published), vd, SLACK_DAYS);
                if (!atTheTime) continue;
                visiting.computeIfAbsent(v.visitor, k -> new TreeSet<>()).add(v.country);
                if (md != null && overlaps(md, vd, 0)) strictly.computeIfAbsent(v.visitor, k -> new TreeSet<>()).add(v.country);
                if (md != null && overlaps(EventDate.day(md.start()), vd, 0)) begun.computeIfAbsent(v.visitor, k -> new TreeSet<>()).add(v.country);
            }
            // "Trump met Trong" on the day a meeting in Hanoi has Trump in Vietnam: a placed encounter of the same days
            // puts its people in its country
            if (md != null) {
                for (Cluster o : of(persons.keySet(), encountersBy)) {
                    if (o == m || !o.alive || o.type == EventType.VISIT || o.type == EventType.CALL || o.country == null) continue;
                    EventDate od = dates.apply(o);
                    if (od == null || !overlaps(md, od, 0)) continue;
                    for (Resolved r : o.members) {
                        for (String p : r.persons().keySet()) {
                            if (!persons.containsKey(p)) continue;
                            visiting.computeIfAbsent(p, k -> new TreeSet<>()).add(o.country);
                            strictly.computeIfAbsent(p, k -> new TreeSet<>()).add(o.country);
                        }
                    }
                }
            }
            // the visitor was in that country at the time, so the meeting was there, unless another of its people was
            // visiting elsewhere then (the dates are too loose to tell); within the visits' own dates first ("Xi met
            // Modi on the 11th" during a visit to India of the 11th-12th and one to Nepal of the 12th-13th)
            Set<String> found = new TreeSet<>();
            for (Set<String> countries : visiting.values()) found.addAll(countries);
            if (found.size() > 1) {
                found.clear();
                for (Set<String> countries : strictly.values()) found.addAll(countries);
            }
            if (found.size() > 1) {
                // a meeting of two days that spans two legs of a trip began where the visitor was on its first day
                found.clear();
                for (Set<String> countries : begun.values()) found.addAll(countries);
            }
            if (found.size() == 1) m.country = found.iterator().next();
        }
    }

    /** The clusters listed under any of the people, each once (what is made of them does not depend on their order). */
    private static List<Cluster> of(Set<String> people, Map<String, List<Cluster>> byPerson) {
        Set<Cluster> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Cluster> out = new ArrayList<>();
        for (String p : new TreeSet<>(people)) {
            for (Cluster c : byPerson.getOrDefault(p, List.of())) if (seen.add(c)) out.add(c);
        }
        return out;
    }

    private static boolean overlaps(EventDate a, EventDate b, int slack) {
        return !a.start().isAfter(b.end().plusDays(slack)) && !b.start().isAfter(a.end().plusDays(slack));
    }
}
