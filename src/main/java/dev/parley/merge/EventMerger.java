package dev.parley.merge;

import dev.parley.events.Actors;
import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Corpus-level merge: candidates from every document become one event per real event. Candidates are compared
 * only within blocks that share a key participant or a summit name, so cost grows with block sizes rather than
 * with the square of the corpus. Weak mentions (one side only, no place) never make an event on their own; they
 * join the one event they fit. A visit absorbs the meeting with its counterpart.
 */
public final class EventMerger {
    /** Two undated reports of the same people further apart than this are not taken to be one event. */
    static final int STORY_WINDOW_DAYS = 45;

    private final Gazetteer gazetteer;

    public EventMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A candidate with canonical participants. */
    record Resolved(Candidate c, Map<String, Role> people, Map<String, Person> persons) {
        String visitor() {
            for (Map.Entry<String, Role> e : people.entrySet()) if (e.getValue() == Role.VISITOR) return e.getKey();
            return null;
        }
    }

    static final class Cluster {
        final List<Resolved> members = new ArrayList<>();
        EventType type;
        /** False once absorbed into a visit. */
        boolean alive = true;
        String visitor;
        String country;
        String name;

        Cluster(Resolved first) {
            type = first.c().type();
            visitor = first.visitor();
            name = first.c().name();
            add(first);
        }

        void add(Resolved r) {
            members.add(r);
            if (country == null) country = r.c().country();
            if (name == null) name = r.c().name();
            if (visitor == null && r.c().type() == EventType.VISIT) visitor = r.visitor();
        }

        Set<String> people() {
            Set<String> s = new TreeSet<>();
            for (Resolved r : members) s.addAll(r.people().keySet());
            return s;
        }

        Set<String> hosts() {
            Set<String> s = new TreeSet<>();
            for (Resolved r : members) {
                for (Map.Entry<String, Role> e : r.people().entrySet()) if (e.getValue() == Role.HOST) s.add(e.getKey());
            }
            return s;
        }
    }

    /** Told of each candidate that ends in no event, and why (for --explain). */
    public interface Dropped {
        void dropped(Candidate c, String why);
    }

    public List<DiplomaticEvent> merge(List<Candidate> candidates, Entities entities) {
        return merge(candidates, entities, (c, why) -> { });
    }

    /** As {@link #merge(List, Entities)}, telling {@code dropped} of every candidate that ends in no event. */
    public List<DiplomaticEvent> merge(List<Candidate> candidates, Entities entities, Dropped dropped) {
        List<Resolved> strong = new ArrayList<>();
        List<Resolved> weak = new ArrayList<>();
        List<Candidate> sorted = new ArrayList<>(candidates);
        // in an order of content, not of file names: renaming or reordering the files changes no event
        sorted.sort(CONTENT_ORDER);
        for (Candidate c : sorted) {
            Resolved r = resolve(c, entities);
            if (r == null) {
                dropped.dropped(c, "no resolved person takes part, or the visitor would visit their own country");
                continue;
            }
            (r.c().strong() && diplomatic(r) ? strong : weak).add(r);
        }
        // 1. Strong mentions cluster with compatible clusters in their blocks.
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> blocks = new HashMap<>();
        for (Resolved r : strong) {
            Cluster home = null;
            for (String key : blockKeys(r)) {
                for (Cluster cl : blocks.getOrDefault(key, List.of())) {
                    if (cl != home && compatible(cl, r, false)) {
                        home = cl;
                        break;
                    }
                }
                if (home != null) break;
            }
            if (home == null) {
                home = new Cluster(r);
                clusters.add(home);
            } else {
                home.add(r);
            }
            for (String key : blockKeys(r)) {
                List<Cluster> b = blocks.computeIfAbsent(key, k -> new ArrayList<>());
                if (!b.contains(home)) b.add(home);
            }
        }
        // 2. A visit absorbs the meeting with its counterpart (first meetings that call them counterparts).
        absorb(clusters, blocks, 0);
        absorb(clusters, blocks, 1);
        // 3. Weak mentions join the one event they fit.
        for (Resolved r : weak) {
            List<Cluster> fits = new ArrayList<>();
            for (String key : blockKeys(r)) {
                for (Cluster cl : blocks.getOrDefault(key, List.of())) {
                    if (!fits.contains(cl) && cl.alive && compatible(cl, r, true)) fits.add(cl);
                }
            }
            if (r.c().type() == EventType.VISIT && r.c().country() == null && r.c().date() != null
                    && r.c().status() == dev.parley.events.Status.OCCURRED) {
                // "the President visited the construction site on Saturday": a visit that names no place, over before
                // an article told of the trip as still to come ("accepted an invitation to visit Georgia"), is not it
                // (unless another report has the trip under way or done: "will travel to Bergen on Wednesday", told
                // during it, is still to come)
                LocalDate over = r.c().date().end();
                fits.removeIf(cl -> cl.members.stream().anyMatch(m -> m.c().strong() && m.c().published() != null
                        && over.isBefore(m.c().published())
                        && (m.c().status() == dev.parley.events.Status.PLANNED || m.c().status() == dev.parley.events.Status.PROPOSED))
                        && cl.members.stream().noneMatch(m -> m.c().strong() && (m.c().status() == dev.parley.events.Status.OCCURRED
                                || m.c().status() == dev.parley.events.Status.ONGOING)));
            }
            if (fits.size() > 1) {
                // talks that fit both the meeting reported elsewhere and the visit they took place in belong to the
                // meeting: of several events, the one of the mention's own type, if only one is
                List<Cluster> same = fits.stream().filter(cl -> cl.type == r.c().type()).toList();
                if (same.size() == 1) fits = same;
            }
            if (fits.size() == 1 && onTour(r, blocks)) {
                dropped.dropped(r.c(), "a visit that names no place, while its visitor is on a trip to several countries");
            } else if (fits.size() == 1) {
                fits.get(0).add(r);
            } else {
                String what = r.c().strong() ? "not an encounter of officials of two states (by what the corpus says of its people)"
                        : "a weak mention (a party, the place or a sign of diplomacy missing)";
                dropped.dropped(r.c(), what + (fits.isEmpty() ? " that supports no event found elsewhere"
                        : " that fits " + fits.size() + " events, so none"));
            }
        }
        // 4. A meeting that names no place is where one side was visiting the other.
        MeetingPlaces.place(clusters, EventMerger::chooseDate);
        // 5. The day a visitor travels on to the next country of a trip ends their stay in the one before.
        Map<Cluster, LocalDate> legEnds = legEnds(clusters);
        List<DiplomaticEvent> events = new ArrayList<>();
        Map<Cluster, Map<String, Person>> attendees = attendees(clusters);
        for (Cluster cl : clusters) events.add(build(cl, legEnds.get(cl), attendees.getOrDefault(cl, Map.of())));
        events.sort(ORDER);
        return uniqueIds(events);
    }

    /**
     * The order mentions are clustered in: by publication date (unknown last), the sentence's place in its article
     * (headline and lede first), its text, then what the mention says (trigger, type, country, place, date, people);
     * the document's name only between copies of one sentence published the same day.
     */
    static final Comparator<Candidate> CONTENT_ORDER = Comparator
            .comparing(Candidate::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Candidate::sentence).thenComparing(Candidate::text).thenComparingInt(Candidate::begin)
            .thenComparing(Candidate::trigger).thenComparing(c -> c.type().name())
            .thenComparing(c -> String.valueOf(c.country())).thenComparing(c -> String.valueOf(c.place()))
            .thenComparing(c -> String.valueOf(c.date())).thenComparing(c -> c.participants().toString())
            .thenComparing(c -> String.join(",", c.rules())).thenComparing(Candidate::docId);

    /** Total order of the output: first day of start (unknown last), last day of end, label, id. */
    public static final Comparator<DiplomaticEvent> ORDER = Comparator
            .comparing((DiplomaticEvent e) -> e.date() == null ? LocalDate.MAX : e.date().start())
            .thenComparing(e -> e.date() == null ? LocalDate.MAX : e.date().end())
            .thenComparing(DiplomaticEvent::label)
            .thenComparing(DiplomaticEvent::id);

    private Resolved resolve(Candidate c, Entities entities) {
        Map<String, Role> people = new LinkedHashMap<>();
        Map<String, Person> persons = new HashMap<>();
        List<LocalParticipant> inOrder = new ArrayList<>(c.participants());
        inOrder.sort(Comparator.comparingInt(LocalParticipant::token));
        for (LocalParticipant lp : inOrder) {
            Optional<Person> p = entities.canonical(c.docId(), lp.person());
            if (p.isEmpty()) continue;
            Role old = people.get(p.get().id());
            if (old == null || lp.role().ordinal() < old.ordinal()) people.put(p.get().id(), lp.role());
            persons.put(p.get().id(), p.get());
        }
        Resolved r = new Resolved(c, people, persons);
        if (c.type() == EventType.VISIT && r.visitor() == null) return null;
        if (c.type() == EventType.VISIT && c.country() == null) {
            // "Sultan Haitham received the president on Thursday", in an article that never says whose sultan: the
            // one country the corpus gives the visitor's hosts is the visit's
            Set<String> hosts = new TreeSet<>();
            String home = persons.get(r.visitor()).country();
            for (Map.Entry<String, Person> e : persons.entrySet()) {
                String pc = e.getValue().country();
                if (!e.getKey().equals(r.visitor()) && pc != null && !pc.equals(home)) hosts.add(pc);
            }
            if (hosts.size() == 1) r = new Resolved(c.inCountry(hosts.iterator().next(), Candidate.HOSTS_COUNTRY), people, persons);
        }
        // nobody visits their own country
        if (c.type() == EventType.VISIT && c.country() != null && c.country().equals(persons.get(r.visitor()).country())) return null;
        if (c.type() != EventType.SUMMIT && people.isEmpty()) return null;
        return r;
    }

    /**
     * Whether a mention is an encounter of officials of different states, by what the whole corpus says of its
     * people: a visitor of a stated country, or with a host named, or an office holder going to a country named as
     * such (an official of no stated country going to a city may be at home); a meeting or call of people of two
     * countries, or of one country and an office holder of none. Trips and talks of executives, players or local
     * officials of no stated country only support events found elsewhere.
     */
    static boolean diplomatic(Resolved r) {
        EventType type = r.c().type();
        if (type == EventType.SUMMIT) return true;
        if (type == EventType.VISIT) {
            Person v = r.persons().get(r.visitor());
            // an office holder of no stated country travelling to a country named as such ("a possible visit by
            // President Erdogan to Brazil"), not to a city or region of what may be their own country
            boolean toACountry = r.c().place() == null && r.c().country() != null;
            // (or meeting the officials of the state visited: "is due in Kyiv for talks with his Ukrainian counterpart")
            boolean hostState = r.c().country() != null && r.c().parties().contains(r.c().country());
            // (or the article's other state is the visitor's: "visitors-state")
            boolean fromAnother = r.c().country() != null && r.c().parties().stream().anyMatch(p -> isCountry(p) && !p.equals(r.c().country()));
            return v.country() != null || r.people().containsValue(Role.HOST) || toACountry && Actors.holdsOffice(v.titles())
                    || hostState || fromAnother && Actors.holdsOffice(v.titles());
        }
        Set<String> countries = new TreeSet<>();
        int officials = 0;
        for (Map.Entry<String, Person> e : r.persons().entrySet()) {
            Person p = e.getValue();
            // "Bayramov and his Armenian counterpart Mirzoyan": one whose counterpart is named holds the same office
            boolean counterparts = r.c().counterpart() && r.people().get(e.getKey()) == Role.COUNTERPART;
            if (p.country() != null) countries.add(p.country());
            else if (Actors.holdsOffice(p.titles()) || Actors.organisation(p.titles()).isPresent() || counterparts) officials++;
        }
        // a side named as a group: "met EU officials" (an organisation), "phoned Gulf leaders" (a state)
        for (String party : r.c().parties()) {
            if (isCountry(party)) countries.add(party);
            else officials++;
        }
        return countries.size() >= 2 || officials > 0 && countries.size() + officials >= 2;
    }

    /** Whether a party is a country's alpha-3 code (else an organisation's label such as "EU" or "IAEA"). */
    static boolean isCountry(String party) {
        return party.matches("[A-Z]{3}") && !Gazetteer.get().name(party).equals(party);
    }

    private static List<String> blockKeys(Resolved r) {
        List<String> keys = new ArrayList<>();
        if (r.c().type() == EventType.SUMMIT) {
            if (r.c().name() != null) keys.add("S|" + r.c().name().toLowerCase(java.util.Locale.ROOT));
            return keys;
        }
        for (String p : new TreeSet<>(r.people().keySet())) keys.add("P|" + p);
        return keys;
    }

    /** Days around a placeless visit within which its visitor's other visits make it one of several legs. */
    static final int TOUR_DAYS = 7;

    /**
     * Whether r is a visit that names no country told of a visitor visiting two or more countries within
     * {@link #TOUR_DAYS} of it ("on Saturday visited the site of the fire" after legs in Kazakhstan, Uzbekistan and
     * Turkmenistan): which leg, if any, it belongs to, the dates alone cannot tell.
     */
    private static boolean onTour(Resolved r, Map<String, List<Cluster>> blocks) {
        Candidate c = r.c();
        if (c.type() != EventType.VISIT || c.country() != null) return false;
        LocalDate when = c.date() != null ? c.date().start() : c.published();
        if (when == null) return false;
        Set<String> countries = new TreeSet<>();
        for (Cluster cl : blocks.getOrDefault("P|" + r.visitor(), List.of())) {
            if (!cl.alive || cl.type != EventType.VISIT || cl.country == null || !r.visitor().equals(cl.visitor)) continue;
            for (Resolved m : cl.members) {
                EventDate d = m.c().date();
                if (d != null && !d.approximate() && !d.start().isAfter(when.plusDays(TOUR_DAYS))
                        && !d.end().isBefore(when.minusDays(TOUR_DAYS))) {
                    countries.add(cl.country);
                    break;
                }
            }
        }
        return countries.size() >= 2;
    }

    /** Whether mention r can be part of cluster cl. */
    private boolean compatible(Cluster cl, Resolved r, boolean weak) {
        Candidate c = r.c();
        if (!placedInTime(cl, c)) return false;
        // type
        if (cl.type == EventType.SUMMIT || c.type() == EventType.SUMMIT) {
            if (cl.type != c.type()) return false;
            if (cl.name == null || c.name() == null || !cl.name.equalsIgnoreCase(c.name())) return false;
        } else if (cl.type == EventType.VISIT) {
            if (c.type() == EventType.VISIT) {
                if (!cl.visitor.equals(r.visitor())) return false;
            } else if (c.type() == EventType.MEETING && weak) {
                // a one-sided "X will meet in Beijing" or "talks with his counterpart" during the visit
                if (!r.people().containsKey(cl.visitor) || comesAfter(cl, c)) return false;
                if (r.people().size() == 1 && (c.country() == null || !c.country().equals(cl.country))) return false;
                Set<String> allowed = new TreeSet<>(cl.hosts());
                allowed.add(cl.visitor);
                for (Map.Entry<String, Person> e : r.persons().entrySet()) {
                    if (!allowed.contains(e.getKey()) && !(cl.country != null && cl.country.equals(e.getValue().country()))) {
                        return false;
                    }
                }
            } else {
                return false;
            }
        } else {
            if (c.type() != cl.type) return false;
            Set<String> mine = r.people().keySet();
            Set<String> theirs = cl.people();
            int shared = 0;
            for (String p : mine) if (theirs.contains(p)) shared++;
            if (weak) {
                if (shared < mine.size() || shared == 0) return false;
                // one named person says too little to pick among that person's meetings, unless the place agrees
                if (mine.size() == 1 && theirs.size() > 1 && (c.country() == null || cl.country == null)) return false;
            } else if (!(shared >= 2 || shared >= 1 && (theirs.containsAll(mine) || mine.containsAll(theirs)))) {
                return false;
            }
            // ("whether the president would meet her Argentine counterpart": one person and a side named only as a
            // country's join no meeting without anyone of that country)
            for (String party : mine.size() < 2 ? c.parties() : List.<String>of()) {
                if (!isCountry(party)) continue;
                boolean met = cl.members.stream().anyMatch(m -> m.c().parties().contains(party)
                        || m.persons().values().stream().anyMatch(p -> party.equals(p.country())));
                if (!met) return false;
            }
            Set<String> clusterParties = new TreeSet<>();
            for (Resolved m : cl.members) for (String party : m.c().parties()) if (isCountry(party)) clusterParties.add(party);
            // (nor does a meeting whose other side is such a country's take a newcomer of another country)
            for (String party : clusterParties) {
                boolean newcomer = r.persons().entrySet().stream().anyMatch(e -> !theirs.contains(e.getKey())
                        && !party.equals(e.getValue().country()));
                // (and one named person alone, "Olivera was greeted by the mayor", says nothing of that side)
                if ((newcomer || weak && mine.size() < 2) && !c.parties().contains(party) && r.persons().values().stream().noneMatch(p -> party.equals(p.country()))) {
                    return false;
                }
            }
        }
        // "before the trip to Oslo was called off": an undated plan called off is not the trip that took place
        if (c.status() == Status.CANCELLED && c.date() == null
                && cl.members.stream().anyMatch(m -> m.c().status() == Status.OCCURRED || m.c().status() == Status.ONGOING)
                && cl.members.stream().noneMatch(m -> m.c().status() == Status.CANCELLED)) {
            return false;
        }
        // (and the other way round, whichever comes first: a trip reported held is not a plan only reported called off,
        // nor is a plan with days of its own reported after it: "has indefinitely postponed his trip" on 25 March, "will
        // leave for China on April 11" a week later: the new dates are the later trip's)
        boolean newPlan = c.status() == Status.PLANNED && c.date() != null && c.published() != null
                && cl.members.stream().allMatch(m -> m.c().published() != null && m.c().published().isBefore(c.published()));
        if ((c.status() == Status.OCCURRED || c.status() == Status.ONGOING || newPlan)
                && cl.members.stream().allMatch(m -> m.c().status() == Status.CANCELLED && m.c().date() == null)) {
            return false;
        }
        // ("he was in Antigua from Tuesday to Thursday ... invited Starmer to visit Antigua and Barbuda again"): a plan of
        // one more is not the event held before it was told
        for (Resolved m : cl.members) {
            if (oneMore(c, m.c()) || oneMore(m.c(), c)) return false;
        }
        // place
        if (cl.country != null && c.country() != null && !cl.country.equals(c.country())) return false;
        // a plan reported on day P is not an event that had already ended before P
        for (Resolved m : cl.members) {
            if (planEndedBefore(m.c(), c) || planEndedBefore(c, m.c())) return false;
        }
        // dates
        boolean anyDated = false;
        // the longest length told of the visit ("a five-day state visit"): days within it make one stay
        int told = c.durationDays();
        for (Resolved m : cl.members) told = Math.max(told, m.c().durationDays());
        for (Resolved m : cl.members) {
            EventDate a = m.c().date();
            EventDate b = c.date();
            if (a != null && b != null) {
                anyDated = true;
                if (!a.overlaps(b) && !nearApproximate(a, b) && !acrossTimeZones(cl, r, a, b)
                        && !endsStay(c, b, a) && !endsStay(m.c(), a, b) && !daysOfOneStay(m.c(), c, told)) {
                    return false;
                }
            }
        }
        if (!anyDated && !(weak && recalls(cl, c)) && !recallsPlan(cl, c)) {
            // no dates to compare: the reports must be close in time
            for (Resolved m : cl.members) {
                LocalDate pa = m.c().published();
                LocalDate pb = c.published();
                if (pa != null && pb != null && Math.abs(ChronoUnit.DAYS.between(pa, pb)) > STORY_WINDOW_DAYS) return false;
                EventDate da = m.c().date() != null ? m.c().date() : c.date();
                LocalDate other = m.c().date() != null ? pb : pa;
                if (da != null && other != null && Math.abs(ChronoUnit.DAYS.between(da.start(), other)) > 366) return false;
            }
        }
        return true;
    }

    /** Whether {@code again}, a plan of one more ("to visit again"), comes after {@code held}, told as held by then. */
    private static boolean oneMore(Candidate again, Candidate held) {
        return again.rules().contains(Candidate.AGAIN) && (held.status() == Status.OCCURRED || held.status() == Status.ONGOING)
                && again.published() != null && held.published() != null && !held.published().isAfter(again.published());
    }

    /**
     * Whether {@code c}, an undated earlier event recalled ("his last summit with Trump in Singapore", "their first
     * meeting"), can be {@code cl}, however long before the report: only an event dated and over before the report
     * was published. (Still only the one event that fits joins it.)
     */
    private static boolean recalls(Cluster cl, Candidate c) {
        if (!c.rules().contains(Candidate.BACKGROUND) || c.date() != null || c.published() == null) return false;
        boolean dated = false;
        for (Resolved m : cl.members) {
            if (m.c().status() == Status.CANCELLED) return false; // a plan called off is not what took place
            EventDate d = m.c().date();
            if (d == null) continue;
            if (!d.end().isBefore(c.published())) return false;
            dated = true;
        }
        return dated;
    }

    /**
     * Whether {@code c}, an undated plan reported called off ("had to postpone the state visit to Norway"), can be
     * {@code cl}, a plan whose days were over before the report, however long before: nothing says it took place.
     */
    private static boolean recallsPlan(Cluster cl, Candidate c) {
        if (c.status() != Status.CANCELLED || c.date() != null || c.published() == null) return false;
        boolean dated = false;
        for (Resolved m : cl.members) {
            if (m.c().status() == Status.OCCURRED || m.c().status() == Status.ONGOING) return false;
            EventDate d = m.c().date();
            if (d == null) continue;
            if (!d.end().isBefore(c.published()) || ChronoUnit.DAYS.between(d.end(), c.published()) > 366) return false;
            dated = true;
        }
        return dated;
    }

    /**
     * An undated mention from an article with no publication date cannot be placed in time, so it only joins
     * mentions of its own article: the same people meet many times.
     */
    private static boolean placedInTime(Cluster cl, Candidate c) {
        for (Resolved m : cl.members) {
            Candidate o = m.c();
            if (o.docId().equals(c.docId())) continue;
            boolean cLoose = c.published() == null && c.date() == null;
            boolean oLoose = o.published() == null && o.date() == null;
            if (cLoose || oLoose) return false;
        }
        return true;
    }

    /** A plan reported on day P is not an event that had already ended well before P (another, earlier trip). */
    private static boolean planEndedBefore(Candidate plan, Candidate other) {
        // (and an undated report of an event under way on day P is not one over, or called off, before P: "begins
        // delayed state visit" is not the plan of last month it replaced)
        boolean open = plan.status() == Status.PLANNED || plan.status() == Status.PROPOSED || plan.status() == Status.ONGOING;
        return open && plan.date() == null && plan.published() != null && other.date() != null
                && other.date().end().isBefore(plan.published().minusDays(7))
                && (other.status() == Status.OCCURRED || other.status() == Status.CANCELLED);
    }

    /** How many days reports of one encounter may differ by: the date in Washington is often the day before Beijing's. */
    static final int TIME_ZONE_DAYS = 1;

    /**
     * A meeting or call of the same people, with no place named, dated on consecutive days is one encounter seen
     * from two time zones ("Monday evening" in Washington, "Tuesday morning" in Beijing).
     */
    private static boolean acrossTimeZones(Cluster cl, Resolved r, EventDate a, EventDate b) {
        if (cl.type != r.c().type() || cl.type != EventType.MEETING && cl.type != EventType.CALL) return false;
        if (a.precision() != dev.parley.time.Precision.DAY || b.precision() != dev.parley.time.Precision.DAY) return false;
        if (!cl.people().equals(r.people().keySet()) || r.people().size() < 2) return false;
        // an encounter in one place has that place's date; only calls and meetings that name no place are seen
        // from several time zones (a video summit)
        if (cl.country != null || r.c().country() != null) return false;
        long gap = Math.max(b.start().toEpochDay() - a.end().toEpochDay(), a.start().toEpochDay() - b.end().toEpochDay());
        return gap <= TIME_ZONE_DAYS;
    }

    /** A relative, approximate date ("later this week") and an explicit one a few days off report one event. */
    static boolean nearApproximate(EventDate a, EventDate b) {
        if (!a.approximate() && !b.approximate()) return false;
        long gap = Math.max(b.start().toEpochDay() - a.end().toEpochDay(), a.start().toEpochDay() - b.end().toEpochDay());
        return gap <= 7;
    }

    /**
     * Pass 0 absorbs meetings that call the other side the visitor's counterpart, pass 1 meetings with the visit's
     * hosts, pass 2 a meeting of the visitor with one person of the host country when the visit has no host yet.
     */
    private void absorb(List<Cluster> clusters, Map<String, List<Cluster>> blocks, int pass) {
        boolean counterpartOnly = pass == 0;
        List<Cluster> meetings = new ArrayList<>();
        for (Cluster cl : clusters) if (cl.type == EventType.MEETING && cl.alive) meetings.add(cl);
        // the days of each country's summits, by country
        Map<String, List<EventDate>> summits = new TreeMap<>();
        for (Cluster cl : clusters) {
            if (cl.type != EventType.SUMMIT || !cl.alive || cl.country == null) continue;
            EventDate d = chooseDate(cl);
            if (d != null && d.precision() == dev.parley.time.Precision.DAY) summits.computeIfAbsent(cl.country, k -> new ArrayList<>()).add(d);
        }
        for (Cluster m : meetings) {
            boolean flagged = m.members.stream().anyMatch(r -> r.c().counterpart());
            List<Cluster> fits = new ArrayList<>();
            // only the visits of the meeting's own people are candidates (their blocks), never the whole corpus
            for (String person : m.people()) {
                for (Cluster v : blocks.getOrDefault("P|" + person, List.of())) {
                    if (!v.alive || v.type != EventType.VISIT || !person.equals(v.visitor) || fits.contains(v)) continue;
                    // a counterpart is called so, or holds the visitor's office ("Foreign Minister" meets "Foreign Minister")
                    if (counterpartOnly && !flagged && !sameOffice(v, m)) continue;
                    if (!absorbable(v, m, pass) || onTheMargins(m, v.country, summits)) continue;
                    fits.add(v);
                }
            }
            if (fits.size() != 1) continue;
            Cluster v = fits.get(0);
            for (Resolved r : m.members) {
                Map<String, Role> roles = new LinkedHashMap<>();
                for (Map.Entry<String, Role> e : r.people().entrySet()) {
                    roles.put(e.getKey(), e.getKey().equals(v.visitor) ? Role.VISITOR : Role.HOST);
                }
                v.add(new Resolved(r.c(), roles, r.persons()));
            }
            m.alive = false;
            for (String p : m.people()) {
                List<Cluster> b = blocks.computeIfAbsent("P|" + p, k -> new ArrayList<>());
                b.remove(m);
                if (!b.contains(v)) b.add(v);
            }
        }
        clusters.removeIf(c -> !c.alive);
    }

    private static final List<String> OFFICES = List.of("foreign minister", "prime minister", "defence minister",
            "defense minister", "president", "secretary of state", "finance minister", "national security adviser",
            "national security advisor", "trade minister", "chancellor");

    /** Whether the meeting's other party holds the same office as the visitor. */
    private static boolean sameOffice(Cluster v, Cluster m) {
        Person visitor = null;
        List<Person> others = new ArrayList<>();
        for (Resolved r : m.members) {
            for (Map.Entry<String, Person> e : r.persons().entrySet()) {
                if (e.getKey().equals(v.visitor)) visitor = e.getValue();
                else if (!others.contains(e.getValue())) others.add(e.getValue());
            }
        }
        if (visitor == null || others.size() != 1) return false;
        for (String office : OFFICES) {
            if (holds(visitor, office) && holds(others.get(0), office)) return true;
        }
        return false;
    }

    private static boolean holds(Person p, String office) {
        for (String t : p.titles()) {
            String lt = t.toLowerCase(java.util.Locale.ROOT);
            if (lt.endsWith(office) && !(office.equals("president") && lt.contains("vice"))) return true;
        }
        return false;
    }

    /**
     * Whether a meeting is dated on a day of a summit held in the country of the visit it could join: a bilateral "on
     * the margins" of the summit, which news reports as an event of its own, not as the business of the trip made to
     * attend the summit.
     */
    private static boolean onTheMargins(Cluster m, String country, Map<String, List<EventDate>> summits) {
        if (country == null) return false;
        for (EventDate summit : summits.getOrDefault(country, List.of())) {
            for (Resolved r : m.members) {
                EventDate d = r.c().date();
                if (d != null && d.precision() == dev.parley.time.Precision.DAY && !d.approximate() && summit.overlaps(d)) return true;
            }
        }
        return false;
    }

    /**
     * "held talks with Baertschi on Tuesday ... and invited her to visit Nepal; she accepted": a visit told only as to
     * come, on no day, in the article that reports the talks as held, comes after them.
     */
    private static boolean comesAfter(Cluster v, Candidate talks) {
        if (talks.status() != Status.OCCURRED) return false;
        boolean onlyAheadUndated = v.members.stream().allMatch(r -> r.c().date() == null
                && (r.c().status() == Status.PROPOSED || r.c().status() == Status.PLANNED));
        return onlyAheadUndated && v.members.stream().anyMatch(x -> x.c().docId().equals(talks.docId()));
    }

    private boolean absorbable(Cluster v, Cluster m, int pass) {
        for (Resolved r : m.members) if (!placedInTime(v, r.c())) return false;
        // ("Abinader held a meeting with Mulino on Friday ... invited Mulino to make an official visit, and he
        // accepted": a visit only proposed has had no meeting yet)
        boolean onlyProposed = v.members.stream().allMatch(r -> r.c().status() == Status.PROPOSED);
        if (onlyProposed && m.members.stream().anyMatch(r -> r.c().status() == Status.OCCURRED)) return false;
        // ("talks with Albanese on Wednesday", then on Friday "Albanese accepted an invitation to visit Suva later this
        // year"): talks held on a day after which a report still had the visit to come are not of that visit
        boolean ahead = v.members.stream().allMatch(r -> r.c().status() == Status.PLANNED || r.c().status() == Status.PROPOSED);
        if (ahead && m.members.stream().anyMatch(a -> a.c().date() != null && a.c().date().precision() == dev.parley.time.Precision.DAY
                && v.members.stream().anyMatch(r -> r.c().published() != null && r.c().published().isAfter(a.c().date().end())))) {
            return false;
        }
        if (m.members.stream().anyMatch(r -> comesAfter(v, r.c()))) return false;
        // a trip called off has no talks: those held, or set for a day, after the report that called it off are the
        // later trip's ("will meet Xi on April 14 in Beijing, rescheduling a visit that was postponed last week")
        boolean calledOff = v.members.stream().anyMatch(r -> r.c().status() == Status.CANCELLED)
                && v.members.stream().noneMatch(r -> r.c().status() == Status.OCCURRED || r.c().status() == Status.ONGOING);
        if (calledOff) {
            LocalDate off = v.members.stream().filter(r -> r.c().status() == Status.CANCELLED).map(r -> r.c().published())
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            if (m.members.stream().anyMatch(r -> r.c().status() == Status.OCCURRED || r.c().status() == Status.ONGOING
                    || off != null && r.c().date() != null && r.c().published() != null && r.c().published().isAfter(off))) {
                return false;
            }
        }
        boolean counterpartOnly = pass == 0 || pass == 2 && v.hosts().isEmpty();
        Set<String> others = new TreeSet<>(m.people());
        others.remove(v.visitor);
        if (others.isEmpty()) return false;
        if (pass == 2 && others.size() != 1) return false;
        Set<String> hosts = v.hosts();
        for (String o : others) {
            Person p = null;
            for (Resolved r : m.members) if (r.persons().containsKey(o)) p = r.persons().get(o);
            boolean isHost = hosts.contains(o);
            boolean fromHostCountry = p != null && v.country != null && v.country.equals(p.country());
            if (!(isHost || counterpartOnly && fromHostCountry)) return false;
        }
        if (m.country != null && v.country != null && !m.country.equals(v.country)) return false;
        for (Resolved a : m.members) {
            for (Resolved b : v.members) {
                EventDate da = a.c().date();
                EventDate db = b.c().date();
                if (da != null && db != null && !da.overlaps(db) && b.c().type() == EventType.VISIT) {
                    // the meeting may refine a visit dated only by its start: allow within the stated length
                    int len = Math.max(1, b.c().durationDays());
                    if (da.start().isBefore(db.start()) || da.start().isAfter(db.start().plusDays(len + 1L))) return false;
                }
                LocalDate pa = a.c().published();
                LocalDate pb = b.c().published();
                if (pa != null && pb != null && Math.abs(ChronoUnit.DAYS.between(pa, pb)) > STORY_WINDOW_DAYS) return false;
            }
        }
        return true;
    }

    // ---- building the event ------------------------------------------------------------------------------

    /** Provenance of leaving for a destination ("left for Moscow", "departs for Cotonou"): the frame's name. */
    private static final String DEPART_FOR = "depart-for";

    /** Days a stay may end before the traveller is next reported leaving for another country. */
    static final int LEG_GAP_DAYS = 1;

    /**
     * The last days that leaving for another country gives the legs of a trip: "leaves this morning for Cotonou" (10
     * October) ends a stay in Cabo Verde dated from the 8th. (Not an arrival: "arrived in Kyiv on Tuesday" may follow
     * an overnight flight.)
     * A leg is a visit of the same visitor to another country, dated to the day, begun by then and last dated at
     * most {@link #LEG_GAP_DAYS} before (a longer gap may be a trip home between two); of several, the one begun last.
     */
    private static Map<Cluster, LocalDate> legEnds(List<Cluster> clusters) {
        Map<Cluster, EventDate> dates = new LinkedHashMap<>();
        for (Cluster cl : clusters) {
            if (cl.alive && cl.type == EventType.VISIT && cl.visitor != null && cl.country != null) dates.put(cl, chooseDate(cl));
        }
        Map<Cluster, LocalDate> out = new HashMap<>();
        for (Cluster b : dates.keySet()) {
            for (Resolved m : b.members) {
                Candidate c = m.c();
                if (!c.rules().contains(DEPART_FOR) || c.rules().contains(Candidate.LEFT_PLACE) || c.date() == null
                        || c.date().precision() != dev.parley.time.Precision.DAY || c.date().days() != 1
                        || c.status() == Status.CANCELLED || !b.country.equals(c.country())) {
                    continue;
                }
                LocalDate day = c.date().start();
                Cluster best = null;
                for (Map.Entry<Cluster, EventDate> e : dates.entrySet()) {
                    Cluster a = e.getKey();
                    EventDate ad = e.getValue();
                    if (a == b || !a.visitor.equals(b.visitor) || a.country.equals(b.country) || ad == null
                            || ad.precision() != dev.parley.time.Precision.DAY || ad.approximate()) {
                        continue;
                    }
                    if (ad.start().isAfter(day) || ChronoUnit.DAYS.between(ad.end(), day) > LEG_GAP_DAYS
                            || ChronoUnit.DAYS.between(ad.start(), day) > MAX_STAY_DAYS) {
                        continue;
                    }
                    if (best == null || ad.start().isAfter(dates.get(best).start())) best = a;
                }
                if (best != null && dates.get(best).end().isBefore(day)) out.merge(best, day, (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return out;
    }

    /**
     * "Benin's Hounkpè and Togo's Akakpo met on the first afternoon" of the summit in Accra: the people of a meeting that
     * an article reporting the summit (a report naming no one at it) tells on one of its days, in its country or in no
     * place named, attended it. For each summit dated to the day whose reports name no one at it, the people of such
     * meetings, by id.
     */
    private static Map<Cluster, Map<String, Person>> attendees(List<Cluster> clusters) {
        Map<Cluster, Map<String, Person>> out = new HashMap<>();
        for (Cluster s : clusters) {
            if (s.type != EventType.SUMMIT || !s.alive || s.country == null || !s.people().isEmpty()) continue;
            EventDate sd = chooseDate(s);
            if (sd == null || sd.precision() != dev.parley.time.Precision.DAY || sd.approximate()) continue;
            Map<String, Person> found = new TreeMap<>();
            // (told in an article that reports the summit, in its country or in no place named; the Spark merge keys a
            // summit that names no one and each meeting by their article, MergeItem, so they meet there too)
            Set<String> docs = new TreeSet<>();
            for (Resolved r : s.members) if (r.c().participants().isEmpty()) docs.add(r.c().docId());
            for (Cluster m : clusters) {
                boolean there = (m.country == null || s.country.equals(m.country))
                        && m.members.stream().anyMatch(r -> docs.contains(r.c().docId()));
                if (m.type != EventType.MEETING || !m.alive || !there) continue;
                if (!onTheMargins(m, s.country, Map.of(s.country, List.of(sd)))) continue;
                for (Resolved r : m.members) {
                    for (Map.Entry<String, Person> e : r.persons().entrySet()) {
                        if (r.people().containsKey(e.getKey()) && e.getValue().country() != null) found.put(e.getKey(), e.getValue());
                    }
                }
            }
            if (!found.isEmpty()) out.put(s, found);
        }
        return out;
    }

    private DiplomaticEvent build(Cluster cl, LocalDate legEnd, Map<String, Person> attended) {
        EventDate date = chooseDate(cl);
        if (legEnd != null && date != null && date.precision() == dev.parley.time.Precision.DAY && !date.approximate()
                && legEnd.isAfter(date.end())) {
            date = EventDate.days(date.start(), legEnd);
        }
        Status status = chooseStatus(cl, date);
        Map<String, Person> persons = new TreeMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Resolved r : cl.members) {
            persons.putAll(r.persons());
            for (Map.Entry<String, Role> e : r.people().entrySet()) {
                Role old = roles.get(e.getKey());
                if (old == null || e.getValue().ordinal() < old.ordinal()) roles.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Person> e : attended.entrySet()) {
            persons.putIfAbsent(e.getKey(), e.getValue());
            roles.putIfAbsent(e.getKey(), Role.PARTICIPANT);
        }
        if (cl.type == EventType.VISIT && cl.visitor != null) roles.put(cl.visitor, Role.VISITOR);
        if (cl.type == EventType.MEETING || cl.type == EventType.CALL) sides(cl, roles, persons);
        List<EventParticipant> participants = new ArrayList<>();
        for (Map.Entry<String, Role> e : roles.entrySet()) participants.add(new EventParticipant(persons.get(e.getKey()), e.getValue()));
        participants.sort(Comparator.comparing((EventParticipant p) -> p.role().ordinal())
                .thenComparing(p -> firstMention(cl, p.person().id())).thenComparing(p -> p.person().name()));
        String place = choosePlace(cl);
        String country = cl.country;
        if (country == null) {
            for (Resolved r : cl.members) if (r.c().country() != null) country = r.c().country();
        }
        Set<String> countries = new TreeSet<>();
        for (EventParticipant p : participants) if (p.person().country() != null) countries.add(p.person().country());
        if (country != null) countries.add(country);
        List<String> parties = new ArrayList<>();
        for (Resolved r : cl.members) {
            for (String party : r.c().parties()) if (!parties.contains(party) && !countries.contains(party)) parties.add(party);
        }
        for (String party : parties) if (isCountry(party)) countries.add(party);
        String label = Labels.label(cl.type, cl.name, participants, parties, place, country, date, gazetteer);
        List<EventMention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Resolved r : cl.members) {
            Candidate c = r.c();
            String key = c.docId() + "#" + c.sentence(); // one mention per sentence, its first trigger
            if (!seen.add(key)) continue;
            mentions.add(new EventMention(c.docId(), c.sentence(), c.start(), c.stop(), c.text(), c.trigger(), c.status(), c.date()));
        }
        mentions.sort(Comparator.comparing(EventMention::document).thenComparingInt(EventMention::sentence)
                .thenComparing(EventMention::trigger));
        double confidence = confidence(cl);
        String id = Ids.eventId(cl.type, keyPeople(cl, participants), country, cl.name, date);
        return new DiplomaticEvent(id, cl.type, label, status, participants, new ArrayList<>(countries), place, country,
                date, confidence, mentions);
    }

    /**
     * Meeting and call roles by side: the first-named person's country is the side that meets (participant), the
     * other countries are its counterparts; people of unknown country keep what their sentences said.
     */
    private static void sides(Cluster cl, Map<String, Role> roles, Map<String, Person> persons) {
        String first = null;
        int best = Integer.MAX_VALUE;
        for (String id : roles.keySet()) {
            int at = firstMention(cl, id);
            if (at < best && persons.get(id).country() != null) {
                best = at;
                first = id;
            }
        }
        if (first == null) return;
        String home = persons.get(first).country();
        boolean other = false;
        for (String id : roles.keySet()) {
            String c = persons.get(id).country();
            if (c != null && !c.equals(home)) other = true;
        }
        if (!other) return;
        for (Map.Entry<String, Role> e : roles.entrySet()) {
            String c = persons.get(e.getKey()).country();
            if (c == null) continue;
            e.setValue(c.equals(home) ? Role.PARTICIPANT : Role.COUNTERPART);
        }
    }

    /** Order of first appearance: the first mention that names the person, then the position within it. */
    private static int firstMention(Cluster cl, String personId) {
        for (int i = 0; i < cl.members.size(); i++) {
            int pos = 0;
            for (String p : cl.members.get(i).people().keySet()) {
                if (p.equals(personId)) return i * 1000 + pos;
                pos++;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<String> keyPeople(Cluster cl, List<EventParticipant> ps) {
        List<String> keys = new ArrayList<>();
        if (cl.type == EventType.VISIT) {
            keys.add(cl.visitor);
        } else if (cl.type != EventType.SUMMIT) {
            for (EventParticipant p : ps) keys.add(p.person().id());
            keys = keys.subList(0, Math.min(2, keys.size()));
        }
        return keys;
    }

    /** Rank of a date's specificity: exact days first, then approximate days, months, years. */
    private static int rank(EventDate d) {
        switch (d.precision()) {
            case DAY: return d.approximate() ? 1 : 0;
            case MONTH: return 2;
            default: return 3;
        }
    }

    /** The longest stay a departure is read as ending: beyond it, the leaving is another trip's. */
    private static final int MAX_STAY_DAYS = 14;

    /** Whether a mention dates the last day of its event: a place left, or a verb of ending ("concluding the summit"). */
    private static boolean endsIt(Candidate c) {
        return c.type() == EventType.VISIT && c.rules().contains(Candidate.LEFT_PLACE) || c.rules().contains(Candidate.ENDED);
    }

    /**
     * Whether {@code c}, a report that its event ended on {@code day}, told once that day had come, ends it before the
     * last day of {@code span}, the days a plan gave it (a visit cut short, a summit wound up a day early).
     */
    private static boolean endedEarly(Candidate c, EventDate day, EventDate span) {
        return c.status() == Status.OCCURRED && c.published() != null && !c.published().isBefore(day.start())
                && !day.start().isBefore(span.start()) && day.start().isBefore(span.end());
    }

    /**
     * Whether a report no older than the one that ends the event on {@code cut} still gives it a later exact day ("had
     * been due to fly home this evening at the end of a five-day state visit ... she would now leave on Friday"): the
     * end moved on, not forward.
     */
    private static boolean toldLater(Cluster cl, LocalDate cut) {
        LocalDate cutTold = null;
        for (Resolved r : cl.members) {
            Candidate c = r.c();
            EventDate d = c.date();
            if (endsIt(c) && d != null && d.days() == 1 && d.start().equals(cut) && c.published() != null
                    && (cutTold == null || c.published().isBefore(cutTold))) {
                cutTold = c.published();
            }
        }
        if (cutTold == null) return false;
        for (Resolved r : cl.members) {
            Candidate c = r.c();
            EventDate d = c.date();
            // (a plan for a day already come when it is told is a plan as it had stood: "He had been due to spend
            // Wednesday in Santa Cruz", in Wednesday's report)
            boolean stale = d != null && c.status() == Status.PLANNED && c.published() != null && !d.start().isAfter(c.published());
            if (d != null && c.status() != Status.CANCELLED && !stale && d.precision() == dev.parley.time.Precision.DAY && !d.approximate()
                    && d.end().isAfter(cut) && c.published() != null && !c.published().isBefore(cutTold)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code left}, a visit read from the place its visitor left or a mention of its end, on {@code day}, ends the stay dated {@code stay}. */
    private static boolean endsStay(Candidate left, EventDate day, EventDate stay) {
        return endsIt(left) && !day.approximate() && day.days() == 1
                && day.start().isAfter(stay.start()) && !day.start().isAfter(stay.start().plusDays(MAX_STAY_DAYS));
    }

    /** Days between two exact days told of one visit to one country that still make one stay. */
    static final int STAY_GAP_DAYS = 2;

    /**
     * Whether two visits by one visitor to one country, each on exact days, are days of one stay: "arrived in Canberra
     * on Monday" and "travels to Sydney on Wednesday, the last day of the visit", or days further apart that the
     * visit's told length ({@code told} days, "a five-day state visit") still covers. A plan called off and the visit
     * made instead are apart whatever their days.
     */
    private static boolean daysOfOneStay(Candidate x, Candidate y, int told) {
        if (x.type() != EventType.VISIT || y.type() != EventType.VISIT) return false;
        if (x.status() == Status.CANCELLED || y.status() == Status.CANCELLED) return false;
        EventDate a = x.date();
        EventDate b = y.date();
        if (a.precision() != dev.parley.time.Precision.DAY || b.precision() != dev.parley.time.Precision.DAY
                || a.approximate() || b.approximate()) {
            return false;
        }
        long gap = a.end().isBefore(b.start()) ? ChronoUnit.DAYS.between(a.end(), b.start())
                : ChronoUnit.DAYS.between(b.end(), a.start());
        long span = ChronoUnit.DAYS.between(a.start().isBefore(b.start()) ? a.start() : b.start(),
                a.end().isAfter(b.end()) ? a.end() : b.end()) + 1;
        return gap > 0 && (gap <= STAY_GAP_DAYS || span <= told);
    }

    private static EventDate chooseDate(Cluster cl) {
        // A visit's own mentions date it before the meetings it absorbed.
        List<Resolved> own = new ArrayList<>();
        for (Resolved r : cl.members) if (r.c().type() == cl.type && r.c().date() != null) own.add(r);
        if (own.isEmpty()) for (Resolved r : cl.members) if (r.c().date() != null) own.add(r);
        if (own.isEmpty()) return null;
        int best = own.stream().mapToInt(r -> rank(r.c().date())).min().orElseThrow();
        if (best > 0 && own.size() < cl.members.size()) {
            // a visit known only roughly ("travels to Kyiv next week") is dated by the exact days of its own meetings
            // that fall in it ("talks on February 8 in Kyiv")
            List<Resolved> rough = own;
            LocalDate from = null;
            LocalDate to = null;
            for (Resolved r : cl.members) {
                EventDate m = r.c().date();
                if (r.c().type() == cl.type || m == null || rank(m) != 0) continue;
                boolean inside = rough.stream().anyMatch(o -> !m.start().isBefore(o.c().date().start())
                        && !m.end().isAfter(o.c().date().end()));
                if (!inside) continue;
                from = from == null || m.start().isBefore(from) ? m.start() : from;
                to = to == null || m.end().isAfter(to) ? m.end() : to;
            }
            if (from != null) return EventDate.days(from, to);
        }
        Map<EventDate, Set<String>> votes = new TreeMap<>(Comparator.comparing(EventDate::start).thenComparing(EventDate::end)
                .thenComparing(EventDate::precision).thenComparing(EventDate::approximate));
        for (Resolved r : own) {
            if (rank(r.c().date()) != best) continue;
            votes.computeIfAbsent(r.c().date(), k -> new TreeSet<>()).add(r.c().docId());
        }
        EventDate date = null;
        int n = -1;
        for (Map.Entry<EventDate, Set<String>> e : votes.entrySet()) {
            int v = e.getValue().size();
            // more articles win; on a tie of exact dates, a range that spans the other ("arrived on Monday" and "a
            // visit from 12 to 14 June"); of rough ones, the narrower ("head to Ukraine on Tuesday", "next week")
            if (v > n || v == n && (best == 0 ? e.getKey().days() > date.days() : e.getKey().days() < date.days())) {
                date = e.getKey();
                n = v;
            }
        }
        if (cl.type == EventType.VISIT && best == 0 && date.precision() == dev.parley.time.Precision.DAY && !date.approximate()) {
            int told = 0;
            for (Resolved r : cl.members) if (r.c().type() == cl.type) told = Math.max(told, r.c().durationDays());
            date = stay(own, date, told);
        }
        if (date.precision() == dev.parley.time.Precision.DAY && !date.approximate()) {
            // "departed Taiwan on Wednesday" after "arrived late on Tuesday", "left for Nepal on Saturday, concluding
            // the summit" begun on Friday: the day the event was left or ended is its last
            LocalDate left = null;
            LocalDate cut = null;
            for (Resolved r : cl.members) {
                EventDate d = r.c().date();
                if (!endsIt(r.c()) || d == null || d.approximate() || d.days() != 1) continue;
                if (d.start().isAfter(date.end()) && !d.start().isAfter(date.start().plusDays(MAX_STAY_DAYS))
                        && (left == null || d.start().isAfter(left))) {
                    left = d.start();
                }
                if (r.c().type() == cl.type && endedEarly(r.c(), d, date) && (cut == null || d.start().isAfter(cut))) cut = d.start();
            }
            if (left != null) return EventDate.days(date.start(), left);
            // ("the talks between 11 and 13 October" announced; "left for Nepal on Saturday [the 12th], concluding the
            // summit" reported after it): a report of the event ended, on a day inside the span the plan gave, ends it
            if (cut != null && !toldLater(cl, cut)) return EventDate.days(date.start(), cut);
        }
        if (date.precision() == dev.parley.time.Precision.DAY && !date.approximate()) {
            // "a two-day visit", "the two-day summit" in one report, its first day in another; "a five-day state
            // visit" with "arrived on Sunday" and "travels to Ohrid on Wednesday" in others: from its first day
            int len = 0;
            for (Resolved r : cl.members) if (r.c().type() == cl.type) len = Math.max(len, r.c().durationDays());
            // (a day known only as the one the visit was left, "arrived from Bamako on Thursday", is its last)
            EventDate known = date;
            boolean lastDay = date.days() == 1 && own.stream().filter(r -> known.equals(r.c().date())).allMatch(r -> endsIt(r.c()));
            if (len > date.days()) {
                date = lastDay ? EventDate.days(date.end().minusDays(len - 1L), date.end())
                        : EventDate.days(date.start(), date.start().plusDays(len - 1L));
            }
        }
        return date;
    }

    /**
     * A visit's days from all its exact mentions: "arrived on Monday", "on the second day of the visit" (Tuesday),
     * "travels to Sydney on Wednesday, the last day of the visit" make Monday to Wednesday. Days join the span when
     * they touch it or lie within {@link #STAY_GAP_DAYS} of it, or the span with them stays within the visit's told
     * length ({@code told} days), up to {@link #MAX_STAY_DAYS} in all.
     */
    private static EventDate stay(List<Resolved> own, EventDate date, int told) {
        EventDate span = date;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Resolved r : own) {
                EventDate d = r.c().date();
                if (r.c().status() == Status.CANCELLED || d.precision() != dev.parley.time.Precision.DAY || d.approximate()) continue;
                LocalDate from = d.start().isBefore(span.start()) ? d.start() : span.start();
                LocalDate to = d.end().isAfter(span.end()) ? d.end() : span.end();
                boolean near = !d.start().isAfter(span.end().plusDays(STAY_GAP_DAYS)) && !d.end().isBefore(span.start().minusDays(STAY_GAP_DAYS));
                if (!near && ChronoUnit.DAYS.between(from, to) + 1 > told) continue;
                if (ChronoUnit.DAYS.between(from, to) >= MAX_STAY_DAYS) continue;
                if (!from.equals(span.start()) || !to.equals(span.end())) {
                    span = EventDate.days(from, to);
                    grew = true;
                }
            }
        }
        return span;
    }

    private static Status chooseStatus(Cluster cl, EventDate date) {
        // ("If X does come to Dakar in the new year ... the visit would be an empty ceremony", a weak mention in the
        // latest report of a plan called off: a plan reported called off, and by no report of its own held, is not
        // made held by a weak mention)
        boolean calledOff = cl.members.stream().anyMatch(r -> r.c().status() == Status.CANCELLED)
                && cl.members.stream().noneMatch(r -> r.c().strong() && (r.c().status() == Status.OCCURRED || r.c().status() == Status.ONGOING))
                && cl.members.stream().anyMatch(r -> r.c().strong() && r.c().published() != null);
        java.util.function.Predicate<Resolved> counts = r -> !calledOff || r.c().strong()
                || r.c().status() != Status.OCCURRED && r.c().status() != Status.ONGOING;
        LocalDate latest = null;
        for (Resolved r : cl.members) {
            LocalDate p = r.c().published();
            if (counts.test(r) && p != null && (latest == null || p.isAfter(latest))) latest = p;
        }
        List<Status> latestSays = new ArrayList<>();
        for (Resolved r : cl.members) {
            if (counts.test(r) && (latest == null || latest.equals(r.c().published()))) latestSays.add(r.c().status());
        }
        // ("X, who was due to head to Germany this week, has postponed his trip": what a weak mention of the same
        // sentence says, "his trip", does not outweigh the strong one beside it)
        List<Status> strongSays = new ArrayList<>();
        Set<String> strongSentences = new java.util.HashSet<>();
        for (Resolved r : cl.members) {
            if (r.c().strong()) strongSentences.add(r.c().docId() + "#" + r.c().sentence());
            if (!r.c().strong() || latest != null && !latest.equals(r.c().published())) continue;
            strongSays.add(r.c().status());
        }
        if (strongSays.contains(Status.CANCELLED) && !strongSays.contains(Status.OCCURRED) && !strongSays.contains(Status.ONGOING)) {
            boolean weakSameSentence = cl.members.stream().allMatch(r -> r.c().strong() || r.c().status() == Status.CANCELLED
                    || strongSentences.contains(r.c().docId() + "#" + r.c().sentence()));
            if (weakSameSentence) latestSays = strongSays;
        }
        if (latestSays.contains(Status.CANCELLED) && !latestSays.contains(Status.OCCURRED)) return Status.CANCELLED;
        boolean allProposed = cl.members.stream().allMatch(r -> r.c().status() == Status.PROPOSED);
        if (allProposed) return Status.PROPOSED;
        if (date != null && latest != null) {
            if (date.end().isBefore(latest)) return Status.OCCURRED;
            // (a report stamped a day behind the event's time zone tells as done a day after its stamp)
            boolean toldDone = latestSays.contains(Status.OCCURRED);
            if (date.start().isAfter(latest) && !(toldDone && date.start().equals(latest.plusDays(1)))) return Status.PLANNED;
            if (date.precision() == dev.parley.time.Precision.DAY && !date.approximate()) {
                // begun by the day of the latest report and told there as under way or done ("arrived on Tuesday for
                // a three-day visit"): it has taken place, which is what a reader of the corpus asks; a one-day event
                // that day told only as a plan ("is to arrive today") is planned
                if (latestSays.contains(Status.OCCURRED) || latestSays.contains(Status.ONGOING)) return Status.OCCURRED;
                if (date.days() == 1) return Status.PLANNED;
                // its days reached, but told only as still to come
                return Status.ONGOING;
            }
        }
        for (Status s : List.of(Status.OCCURRED, Status.ONGOING, Status.PLANNED, Status.PROPOSED, Status.CANCELLED)) {
            if (latestSays.contains(s)) return s;
        }
        return Status.OCCURRED;
    }

    private static String choosePlace(Cluster cl) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Resolved r : cl.members) {
            if (r.c().place() == null) continue;
            if (cl.country != null && r.c().country() != null && !cl.country.equals(r.c().country())) continue;
            counts.merge(r.c().place(), 1, Integer::sum);
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /**
     * 1 − Π(1 − s) over independent articles, s = 0.5 for an article with a full (strong) mention and 0.25 for one
     * that only supports; articles whose mention sentences are identical (reposts) count once.
     */
    private static double confidence(Cluster cl) {
        // the sentences each article gives the event; an article that only repeats another's (a wire copy) counts
        // once, whichever is read first: equal sets are one report, a set inside another's is none of its own
        Map<String, Set<String>> textsByDoc = new TreeMap<>();
        for (Resolved r : cl.members) textsByDoc.computeIfAbsent(r.c().docId(), k -> new TreeSet<>()).add(r.c().text().strip());
        Map<Set<String>, Boolean> reports = new java.util.HashMap<>();
        for (Map.Entry<String, Set<String>> e : textsByDoc.entrySet()) {
            boolean strong = cl.members.stream().anyMatch(r -> r.c().docId().equals(e.getKey()) && r.c().strong());
            reports.merge(e.getValue(), strong, Boolean::logicalOr);
        }
        double miss = 1.0;
        for (Map.Entry<Set<String>, Boolean> e : reports.entrySet()) {
            boolean inside = reports.keySet().stream().anyMatch(o -> o != e.getKey() && o.size() > e.getKey().size() && o.containsAll(e.getKey()));
            if (inside) continue;
            miss *= e.getValue() ? 0.5 : 0.75;
        }
        return Math.round((1 - miss) * 100) / 100.0;
    }

    private static List<DiplomaticEvent> uniqueIds(List<DiplomaticEvent> events) {
        Map<String, Integer> seen = new HashMap<>();
        List<DiplomaticEvent> out = new ArrayList<>();
        for (DiplomaticEvent e : events) {
            int n = seen.merge(e.id(), 1, Integer::sum);
            if (n == 1) {
                out.add(e);
            } else {
                out.add(new DiplomaticEvent(e.id() + "-" + n, e.type(), e.label(), e.status(), e.participants(), e.countries(),
                        e.place(), e.placeCountry(), e.date(), e.confidence(), e.mentions()));
            }
        }
        return out;
    }
}
