package dev.parley.merge;

import dev.parley.events.EventType;
import dev.parley.merge.EventMerger.Cluster;
import dev.parley.merge.EventMerger.Resolved;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where a meeting that names no place took place: in the country one side was visiting at the time, when the
 * other side belongs to that country ("Scholz met Putin" while Scholz was in Russia) or was visiting it too (two
 * leaders who both travelled to Singapore). Calls have no place; a meeting whose sentences name one keeps it.
 */
final class MeetingPlaces {
    private MeetingPlaces() {
    }

    /** Days by which a meeting may fall outside a visit's dates and still be part of it (a visit dated by its arrival). */
    static final int SLACK_DAYS = 1;

    static void place(List<Cluster> clusters, Function<Cluster, EventDate> dates) {
        for (Cluster m : clusters) {
            if (!m.alive || m.type != EventType.MEETING || m.country != null) continue;
            if (m.members.stream().anyMatch(r -> r.c().country() != null)) continue;
            EventDate md = dates.apply(m);
            if (md == null) continue;
            Map<String, Person> persons = new HashMap<>();
            for (Resolved r : m.members) persons.putAll(r.persons());
            if (persons.size() < 2) continue;
            Map<String, Set<String>> visiting = new HashMap<>(); // person -> countries they visit at the time
            for (Cluster v : clusters) {
                if (!v.alive || v.type != EventType.VISIT || v.country == null || !persons.containsKey(v.visitor)) continue;
                EventDate vd = dates.apply(v);
                if (vd == null || !overlaps(md, vd)) continue;
                visiting.computeIfAbsent(v.visitor, k -> new TreeSet<>()).add(v.country);
            }
            Set<String> found = new TreeSet<>();
            for (Map.Entry<String, Set<String>> e : visiting.entrySet()) {
                for (String country : e.getValue()) {
                    boolean othersThere = persons.keySet().stream().filter(p -> !p.equals(e.getKey())).allMatch(p ->
                            country.equals(persons.get(p).country()) || visiting.getOrDefault(p, Set.of()).contains(country));
                    if (othersThere) found.add(country);
                }
            }
            if (found.size() == 1) m.country = found.iterator().next();
        }
    }

    private static boolean overlaps(EventDate a, EventDate b) {
        return !a.start().isAfter(b.end().plusDays(SLACK_DAYS)) && !b.start().isAfter(a.end().plusDays(SLACK_DAYS));
    }
}
