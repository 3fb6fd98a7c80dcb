package dev.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.events.EventType;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.merge.EventParticipant;
import dev.parley.time.EventDate;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-worked gold list in the shape of ../shared/eval/seed-gold.json, and the scorer's matching rules
 * (score.py) redone in Java: compatible types, a shared key participant, no contradicting host country,
 * dates overlapping within a day; one-to-one, best pairs first, required events before allowed ones.
 */
final class GoldEvents {
    private static final Set<String> COMPATIBLE = Set.of("visit~meeting", "meeting~visit", "meeting~summit", "summit~meeting");

    /** One expected event; start/end are ISO strings at the event's precision, or null when not scored. */
    record Gold(String id, boolean required, boolean gate, String type, String host, String start, String end,
                List<String> statuses, List<String> documents, List<Set<String>> people, List<Boolean> key,
                String why) {
        LocalDate[] span() {
            return interval(start, end);
        }
    }

    /** A check on the whole output: an article with no event, a person in no event, two events kept apart. */
    record Check(String subject, String why, boolean gate) {
    }

    final List<Gold> events = new ArrayList<>();
    final List<Check> noEvents = new ArrayList<>();
    final List<Check> absentPeople = new ArrayList<>();
    final List<List<String>> apart = new ArrayList<>();
    final List<Check> apartChecks = new ArrayList<>();

    static GoldEvents read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Set<String>> people = new HashMap<>();
        root.path("people").fields().forEachRemaining(f -> {
            Set<String> names = new TreeSet<>();
            f.getValue().forEach(n -> names.add(norm(n.asText())));
            people.put(f.getKey(), names);
        });
        GoldEvents g = new GoldEvents();
        for (JsonNode e : root.path("events")) {
            List<Set<String>> names = new ArrayList<>();
            List<Boolean> key = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                names.add(people.getOrDefault(p.path("person").asText(), Set.of()));
                key.add(p.path("key").asBoolean(false));
            }
            List<String> statuses = new ArrayList<>();
            e.path("status").forEach(s -> statuses.add(s.asText()));
            List<String> docs = new ArrayList<>();
            e.path("documents").forEach(d -> docs.add(d.asText()));
            g.events.add(new Gold(e.path("id").asText(), e.path("required").asBoolean(false),
                    e.path("gate").asBoolean(false), e.path("type").asText("any"), text(e, "host_country"),
                    text(e, "start"), text(e, "end"), statuses, docs, names, key, e.path("why").asText("")));
        }
        for (JsonNode c : root.path("no_events")) {
            g.noEvents.add(new Check(c.path("document").asText(), c.path("why").asText(), c.path("gate").asBoolean(false)));
        }
        for (JsonNode c : root.path("absent_people")) {
            g.absentPeople.add(new Check(c.path("name").asText(), c.path("why").asText(), c.path("gate").asBoolean(false)));
        }
        for (JsonNode c : root.path("apart")) {
            List<String> ids = new ArrayList<>();
            c.path("events").forEach(i -> ids.add(i.asText()));
            g.apart.add(ids);
            g.apartChecks.add(new Check(String.join(" / ", ids), c.path("why").asText(), c.path("gate").asBoolean(false)));
        }
        return g;
    }

    /** Gold id → the system event matched to it, one to one, best pairs first (as score.py). */
    Map<String, DiplomaticEvent> match(List<DiplomaticEvent> system) {
        record Pair(double score, int index, Gold gold) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            for (Gold g : events) {
                Double s = score(system.get(i), g);
                if (s != null) pairs.add(new Pair(s, i, g));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::index)
                .thenComparing(p -> p.gold().id()));
        Map<String, DiplomaticEvent> byGold = new LinkedHashMap<>();
        Set<Integer> taken = new TreeSet<>();
        for (Pair p : pairs) {
            if (taken.contains(p.index()) || byGold.containsKey(p.gold().id())) continue;
            taken.add(p.index());
            byGold.put(p.gold().id(), system.get(p.index()));
        }
        return byGold;
    }

    /** Null when the system event cannot be this gold event, else a score (higher is better). */
    static Double score(DiplomaticEvent s, Gold g) {
        String type = s.type().json();
        if (!g.type().equals("any") && !type.equals(g.type()) && !COMPATIBLE.contains(type + "~" + g.type())) return null;
        Set<String> names = names(s);
        int keys = 0, keysMatched = 0, matched = 0;
        for (int i = 0; i < g.people().size(); i++) {
            boolean hit = g.people().get(i).stream().anyMatch(names::contains);
            if (g.key().get(i)) keys++;
            if (hit) matched++;
            if (hit && g.key().get(i)) keysMatched++;
        }
        if (keys > 0 ? keysMatched == 0 : g.host() == null || !g.host().equals(s.placeCountry())) return null;
        if (g.host() != null && s.placeCountry() != null && !g.host().equals(s.placeCountry())) return null;
        LocalDate[] gs = g.span();
        if (gs != null && s.date() != null
                && (s.date().start().isAfter(gs[1].plusDays(1)) || s.date().end().isBefore(gs[0].minusDays(1)))) {
            return null;
        }
        double score = g.required() ? 10 : 0;
        score += (double) keysMatched / Math.max(1, keys);
        score += (double) matched / Math.max(1, g.people().size());
        score += g.host() != null && g.host().equals(s.placeCountry()) ? 0.5 : 0;
        score += g.type().equals(type) ? 0.5 : 0;
        score += dateExact(s, g) ? 1 : 0;
        return score;
    }

    static boolean dateExact(DiplomaticEvent s, Gold g) {
        if (g.start() == null) return true;
        if (s.date() == null) return false;
        String end = g.end() != null ? g.end() : g.start();
        return iso(s.date(), s.date().start()).equals(g.start()) && iso(s.date(), s.date().end()).equals(end);
    }

    /** A date as the JSON output writes it, at the event's precision. */
    static String iso(EventDate d, LocalDate day) {
        switch (d.precision()) {
            case YEAR: return String.valueOf(day.getYear());
            case MONTH: return YearMonth.from(day).toString();
            default: return day.toString();
        }
    }

    static Set<String> names(DiplomaticEvent s) {
        Set<String> names = new TreeSet<>();
        for (EventParticipant p : s.participants()) names.add(norm(p.person().name()));
        return names;
    }

    /** File names of the articles an event cites (document ids may carry folders). */
    static Set<String> documents(DiplomaticEvent s) {
        Set<String> docs = new TreeSet<>();
        for (EventMention m : s.mentions()) docs.add(m.document().substring(m.document().lastIndexOf('/') + 1));
        return docs;
    }

    /** Lower case, accents and punctuation dropped, as score.py compares names. */
    static String norm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", " ").trim();
    }

    static boolean scored(DiplomaticEvent e) {
        return e.type() == EventType.VISIT || e.type() == EventType.MEETING || e.type() == EventType.SUMMIT
                || e.type() == EventType.CALL;
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** First and last day of an ISO year, month or day range; null when start is null. */
    private static LocalDate[] interval(String start, String end) {
        if (start == null) return null;
        LocalDate[] a = bounds(start);
        LocalDate[] b = end == null ? a : bounds(end);
        return new LocalDate[] {a[0], b[1]};
    }

    private static LocalDate[] bounds(String v) {
        if (v.matches("\\d{4}")) {
            int y = Integer.parseInt(v);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            YearMonth m = YearMonth.parse(v);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        LocalDate d = LocalDate.parse(v);
        return new LocalDate[] {d, d};
    }
}
