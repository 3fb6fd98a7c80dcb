package dev.parley.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.corpus.ParleyException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data an HTML report embeds: the sections of a parley-events file with people, countries and documents turned
 * into indexes into their lists (so 10,000 events do not repeat 20,000 names), each event's dates as day numbers for
 * the timeline, and the counts the page shows. Built from the JSON, not from a {@code Report}, because
 * {@code parley report} reads files written by any parley-events/1 build.
 */
final class ReportData {
    /** The order of the timeline's rows and of the type filter. */
    static final List<String> TYPES = List.of("visit", "meeting", "summit", "call");
    /** The order of the status filter and legend: what happened first, then plans, then what did not happen. */
    static final List<String> STATUSES = List.of("occurred", "ongoing", "planned", "proposed", "cancelled");

    private ReportData() {
    }

    @JsonPropertyOrder({"summary", "types", "statuses", "events", "people", "countries", "documents", "skipped"})
    record Page(Summary summary, List<String> types, List<String> statuses, List<EventRow> events, List<PersonRow> people,
                List<CountryRow> countries, List<DocumentRow> documents, List<SkippedRow> skipped) {
    }

    /** Counts for the page's header; {@code byType} and {@code byStatus} hold every value that occurs, by name. */
    @JsonPropertyOrder({"events", "undated", "mentions", "people", "countries", "documents", "skipped", "byType",
        "byStatus", "firstDay", "lastDay"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(int events, int undated, int mentions, int people, int countries, int documents, int skipped,
                   Map<String, Integer> byType, Map<String, Integer> byStatus, String firstDay, String lastDay) {
    }

    /**
     * One event. {@code people} and {@code countries} index {@link Page#people()} and {@link Page#countries()};
     * {@code from}/{@code to} are the first and last day it may cover (days since 1970-01-01, null when undated).
     */
    @JsonPropertyOrder({"id", "type", "status", "label", "date", "from", "to", "place", "placeCountry", "people", "roles",
        "countries", "confidence", "articles", "cameo", "plover", "mentions"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventRow(String id, String type, String status, String label, String date, Long from, Long to, String place,
                    String placeCountry, List<Integer> people, List<String> roles, List<Integer> countries,
                    double confidence, int articles, List<String> cameo, String plover, List<MentionRow> mentions) {
    }

    /** One sentence of evidence; {@code document} indexes {@link Page#documents()}, {@code date} as {@link #dateText}. */
    @JsonPropertyOrder({"document", "sentence", "text", "trigger", "status", "date"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MentionRow(int document, int sentence, String text, String trigger, String status, String date) {
    }

    /** A person; {@code events}: how many of the file's events they take part in. */
    @JsonPropertyOrder({"id", "name", "country", "titles", "aliases", "mentions", "events"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PersonRow(String id, String name, String country, List<String> titles, List<String> aliases, int mentions,
                     int events) {
    }

    /** A country; {@code events}: how many events involve it. */
    @JsonPropertyOrder({"code", "name", "mentions", "events"})
    record CountryRow(String code, String name, int mentions, int events) {
    }

    /** An article read; {@code events}: how many events it is evidence of. */
    @JsonPropertyOrder({"id", "title", "published", "publishedFrom", "events"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DocumentRow(String id, String title, String published, String publishedFrom, int events) {
    }

    @JsonPropertyOrder({"document", "reason"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SkippedRow(String document, String reason) {
    }

    /**
     * The page data of a parley-events/1 object. A participant, country or document that an event names but the
     * file's lists lack (a hand-edited file) is added to the list, so that nothing the events say is lost.
     *
     * @param name how to call the file in messages (its path)
     * @throws ParleyException when a date is not ISO 8601 at day, month or year precision, or a section is not a list
     */
    static Page of(JsonNode root, String name) {
        Builder b = new Builder(name);
        for (JsonNode p : list(root, "people", name)) {
            b.person(text(p, "id"), text(p, "name"), text(p, "country"), texts(p.path("titles")), texts(p.path("aliases")),
                    p.path("mentions").asInt(0));
        }
        for (JsonNode c : list(root, "countries", name)) b.country(text(c, "code"), text(c, "name"), c.path("mentions").asInt(0));
        for (JsonNode d : list(root, "documents", name)) {
            b.document(text(d, "id"), text(d, "title"), text(d, "published"), text(d, "publishedFrom"));
        }
        List<SkippedRow> skipped = new ArrayList<>();
        for (JsonNode s : list(root, "skipped", name)) skipped.add(new SkippedRow(text(s, "document"), text(s, "reason")));
        List<EventRow> events = new ArrayList<>();
        for (JsonNode e : list(root, "events", name)) events.add(b.event(e));

        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int undated = 0;
        int mentions = 0;
        Long first = null;
        Long last = null;
        for (EventRow e : events) {
            byType.merge(e.type(), 1, Integer::sum);
            byStatus.merge(e.status(), 1, Integer::sum);
            mentions += e.mentions().size();
            if (e.from() == null) {
                undated++;
                continue;
            }
            if (first == null || e.from() < first) first = e.from();
            if (last == null || e.to() > last) last = e.to();
        }
        Summary summary = new Summary(events.size(), undated, mentions, b.people.size(), b.countries.size(),
                b.documents.size(), skipped.size(), byType, byStatus,
                first == null ? null : LocalDate.ofEpochDay(first).toString(),
                last == null ? null : LocalDate.ofEpochDay(last).toString());
        return new Page(summary, TYPES, STATUSES, events, b.people(), b.countries(), b.documents(), skipped);
    }

    /**
     * An event's or a mention's date as the page shows it: {@code 2021-03-22}, {@code 2021-03-22 – 2021-03-23},
     * {@code 2023-10}, with {@code ~} before an approximate one ("some time within"); null when undated.
     */
    static String dateText(JsonNode date) {
        if (date == null || !date.isObject()) return null;
        String start = date.path("start").asText("?");
        String end = date.path("end").asText(start);
        String range = start.equals(end) ? start : start + " – " + end;
        return date.path("approximate").asBoolean(false) ? "~" + range : range;
    }

    /** The first day of an ISO date at day, month or year precision ({@code 2023-10} → 2023-10-01). */
    static LocalDate firstDay(String iso) {
        switch (iso.length()) {
            case 10: return LocalDate.parse(iso);
            case 7: return YearMonth.parse(iso).atDay(1);
            case 4: return Year.parse(iso).atDay(1);
            default: throw new DateTimeParseException("not YYYY-MM-DD, YYYY-MM or YYYY", iso, 0);
        }
    }

    /** The last day of an ISO date at day, month or year precision ({@code 2023-10} → 2023-10-31). */
    static LocalDate lastDay(String iso) {
        switch (iso.length()) {
            case 10: return LocalDate.parse(iso);
            case 7: return YearMonth.parse(iso).atEndOfMonth();
            case 4: return Year.parse(iso).atMonth(12).atEndOfMonth();
            default: throw new DateTimeParseException("not YYYY-MM-DD, YYYY-MM or YYYY", iso, 0);
        }
    }

    private static Iterable<JsonNode> list(JsonNode root, String field, String name) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return List.of();
        if (!n.isArray()) {
            throw new ParleyException("'" + name + "' is not parley output: \"" + field + "\" is not a list; give the events file "
                    + "that 'parley extract ... -o FILE' wrote");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) if (n.isValueNode() && !n.isNull()) out.add(n.asText());
        return out;
    }

    /** Collects the lists and their indexes while the events are read, counting events per person, country, document. */
    private static final class Builder {
        private final String name;
        private final Map<String, Integer> personIndex = new HashMap<>();
        private final List<PersonRow> people = new ArrayList<>();
        private final List<Integer> personEvents = new ArrayList<>();
        private final Map<String, Integer> countryIndex = new HashMap<>();
        private final List<CountryRow> countries = new ArrayList<>();
        private final List<Integer> countryEvents = new ArrayList<>();
        private final Map<String, Integer> documentIndex = new HashMap<>();
        private final List<DocumentRow> documents = new ArrayList<>();
        private final List<Integer> documentEvents = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        int person(String id, String personName, String country, List<String> titles, List<String> aliases, int mentions) {
            String key = id != null ? id : "name:" + personName;
            Integer i = personIndex.get(key);
            if (i != null) return i;
            personIndex.put(key, people.size());
            people.add(new PersonRow(id, personName, country, List.copyOf(titles), List.copyOf(aliases), mentions, 0));
            personEvents.add(0);
            return people.size() - 1;
        }

        int country(String code, String countryName, int mentions) {
            Integer i = countryIndex.get(code);
            if (i != null) return i;
            countryIndex.put(code, countries.size());
            countries.add(new CountryRow(code, countryName == null ? code : countryName, mentions, 0));
            countryEvents.add(0);
            return countries.size() - 1;
        }

        int document(String id, String title, String published, String publishedFrom) {
            Integer i = documentIndex.get(id);
            if (i != null) return i;
            documentIndex.put(id, documents.size());
            documents.add(new DocumentRow(id, title, published, publishedFrom, 0));
            documentEvents.add(0);
            return documents.size() - 1;
        }

        EventRow event(JsonNode e) {
            String id = text(e, "id");
            JsonNode date = e.path("date");
            Long from = null;
            Long to = null;
            if (date.isObject()) {
                try {
                    from = firstDay(date.path("start").asText("")).toEpochDay();
                    to = lastDay(date.path("end").asText(date.path("start").asText(""))).toEpochDay();
                } catch (DateTimeParseException ex) {
                    throw new ParleyException("'" + name + "': event " + id + ": date '" + ex.getParsedString()
                            + "' is not YYYY-MM-DD, YYYY-MM or YYYY; give the events file that 'parley extract ... -o FILE' wrote");
                }
            }
            List<Integer> ps = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                int i = person(text(p, "person"), text(p, "name"), text(p, "country"), List.of(), List.of(), 0);
                if (ps.contains(i)) continue;
                ps.add(i);
                roles.add(text(p, "role"));
                personEvents.set(i, personEvents.get(i) + 1);
            }
            List<Integer> cs = new ArrayList<>();
            for (String code : texts(e.path("countries"))) {
                int i = country(code, null, 0);
                if (cs.contains(i)) continue;
                cs.add(i);
                countryEvents.set(i, countryEvents.get(i) + 1);
            }
            List<MentionRow> ms = new ArrayList<>();
            Map<Integer, Boolean> docs = new LinkedHashMap<>();
            for (JsonNode m : e.path("mentions")) {
                int d = document(text(m, "document"), null, null, null);
                if (docs.put(d, Boolean.TRUE) == null) documentEvents.set(d, documentEvents.get(d) + 1);
                ms.add(new MentionRow(d, m.path("sentence").asInt(0), text(m, "text"), text(m, "trigger"), text(m, "status"),
                        dateText(m.path("date"))));
            }
            List<String> cameo = new ArrayList<>();
            for (JsonNode c : e.path("codes").path("cameo")) {
                cameo.add(text(c, "source") + " → " + text(c, "target") + " " + text(c, "code"));
            }
            JsonNode plover = e.path("codes").path("plover");
            String ploverText = plover.isObject() ? text(plover, "type")
                    + (text(plover, "mode") == null ? "" : " (" + text(plover, "mode") + ")") : null;
            JsonNode location = e.path("location");
            return new EventRow(id, text(e, "type"), text(e, "status"), text(e, "label"), dateText(date), from, to,
                    text(location, "place"), text(location, "country"), ps, roles, cs, e.path("confidence").asDouble(0),
                    docs.size(), cameo, ploverText, ms);
        }

        List<PersonRow> people() {
            List<PersonRow> out = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                PersonRow p = people.get(i);
                out.add(new PersonRow(p.id(), p.name(), p.country(), p.titles(), p.aliases(), p.mentions(), personEvents.get(i)));
            }
            return out;
        }

        List<CountryRow> countries() {
            List<CountryRow> out = new ArrayList<>();
            for (int i = 0; i < countries.size(); i++) {
                CountryRow c = countries.get(i);
                out.add(new CountryRow(c.code(), c.name(), c.mentions(), countryEvents.get(i)));
            }
            return out;
        }

        List<DocumentRow> documents() {
            List<DocumentRow> out = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                DocumentRow d = documents.get(i);
                out.add(new DocumentRow(d.id(), d.title(), d.published(), d.publishedFrom(), documentEvents.get(i)));
            }
            return out;
        }
    }
}
