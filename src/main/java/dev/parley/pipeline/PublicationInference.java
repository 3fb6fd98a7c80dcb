package dev.parley.pipeline;

import dev.parley.corpus.Article;
import dev.parley.corpus.TextDates;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Corpus-level publication dates for articles that state none: a year-less dateline ("GENEVA, June 15") completed
 * with the year of the articles that report the same people, else the latest full date the text states, else the
 * date of the dated article that shares most of its people. Never a date from nothing: with no evidence the
 * article stays undated. The result is marked "inferred".
 *
 * <p>The evidence for an undated article comes only from dated articles that share one of its {@link #blockKeys}
 * (an event's people and country), so a run looks up those through an index: the cost is the undated articles
 * times the size of their blocks, not times the corpus. The CLI ({@link #apply}) and the Spark job (which groups
 * by the same keys) call the same {@link #infer}.
 */
public final class PublicationInference {
    private static final java.util.regex.Pattern ANY_COUNTRY = java.util.regex.Pattern.compile("@[^#]*#");

    private PublicationInference() {
    }

    /**
     * The two passes, in order. Articles with a year-less dateline first: once dated, they are evidence for the
     * others. Each pass reads the evidence as it was before the pass began.
     */
    public enum Pass {
        DATELINE, OTHERS;

        /** Whether this pass looks for a date for this document. */
        public boolean takes(DocDigest d) {
            return d.article().published() == null && (this == DATELINE) == d.article().metadata().containsKey("dateline");
        }
    }

    /**
     * The keys under which a document can be evidence for another (or receive evidence): its events' people with
     * and without their country. An undated article's date depends only on the dated articles that share a key.
     */
    public static Set<String> blockKeys(DocDigest d) {
        Set<String> out = new TreeSet<>(pairs(d, false, true));
        out.addAll(pairs(d, false, false));
        return out;
    }

    /**
     * The inferred date of an undated document, from its own text and metadata and from {@code neighbours}: dated
     * documents, among which at least all those sharing one of its {@link #blockKeys} (others are ignored). The
     * undated document's article must carry its text. The order of {@code neighbours} does not matter.
     */
    public static Optional<LocalDate> infer(DocDigest undated, Collection<DocDigest> neighbours) {
        Article a = undated.article();
        LocalDate neighbour = neighbour(undated, neighbours);
        String dateline = a.metadata().get("dateline");
        Optional<LocalDate> stated = TextDates.latestFullDateInText(a.text());
        if (dateline != null && dateline.startsWith("--")) {
            MonthDay md = MonthDay.parse(dateline);
            LocalDate ref = stated.isPresent() ? stated.get() : neighbour;
            if (ref != null) return TextDates.completeNear(md, ref);
        }
        if (neighbour != null) return Optional.of(neighbour);
        return stated;
    }

    /**
     * The publication date of the dated articles that report an event with the same two people. If this article
     * reports such an event as past, it is at least as late as the latest of them; if it only announces events, it
     * precedes their reports and takes the earliest.
     */
    private static LocalDate neighbour(DocDigest undated, Collection<DocDigest> all) {
        LocalDate placed = neighbour(undated, all, true);
        return placed != null ? placed : neighbour(undated, all, false);
    }

    /**
     * With {@code placed}, events are keyed by their people and country; without, by their people alone, and then
     * only for pairs the article never places (the same two people meeting in another country is another event).
     */
    private static LocalDate neighbour(DocDigest undated, Collection<DocDigest> all, boolean placed) {
        Set<String> mine = pairs(undated, false, placed);
        if (!placed) {
            Set<String> withCountry = new HashSet<>();
            for (String k : pairs(undated, false, true)) withCountry.add(ANY_COUNTRY.matcher(k).replaceAll("@?#"));
            mine.removeAll(withCountry);
        }
        if (mine.isEmpty()) return null;
        Set<String> past = pairs(undated, true, placed);
        Set<String> planned = pairs(undated, false, placed, true);
        planned.removeAll(past);
        // an article that announces an event is published before it happens: the earliest date the other articles
        // give an event this one only announces bounds the dates its past events can lend it
        LocalDate before = null;
        for (DocDigest r : all) {
            if (r.id().equals(undated.id()) || r.article().published() == null) continue;
            for (String key : planned) {
                LocalDate when = eventStart(r, key, placed);
                if (when != null && (before == null || when.isBefore(before))) before = when;
            }
        }
        LocalDate latest = null;
        LocalDate earliest = null;
        for (DocDigest r : all) {
            LocalDate p = r.article().published();
            if (p == null || r.id().equals(undated.id())) continue;
            if ("inferred".equals(r.article().publishedFrom()) && !r.article().metadata().containsKey("dateline")) continue;
            Set<String> shared = new HashSet<>(pairs(r, false, placed));
            shared.retainAll(mine);
            if (shared.isEmpty()) continue;
            if (earliest == null || p.isBefore(earliest)) earliest = p;
            shared.retainAll(past);
            for (String key : shared) {
                // reported as past: published no earlier than the event itself (as the other article dates it)
                LocalDate when = eventStart(r, key, placed);
                LocalDate bound = when != null && when.isAfter(p) ? when : p;
                if (before != null && bound.isAfter(before)) continue; // a later event of the same people
                if (latest == null || bound.isAfter(latest)) latest = bound;
            }
        }
        return latest != null ? latest : earliest;
    }

    /**
     * The start of the earliest day-dated candidate of the document with that key, or null; a date stated to the day
     * ("from June 20 to 21") before a span guessed from "this week" ("will visit this week": 17 to 23 June).
     */
    private static LocalDate eventStart(DocDigest r, String key, boolean placed) {
        for (boolean exact : new boolean[] {true, false}) {
            LocalDate best = null;
            for (dev.parley.events.Candidate c : r.candidates()) {
                if (c.date() == null || c.date().precision() != dev.parley.time.Precision.DAY) continue;
                if (exact && c.date().approximate()) continue;
                if (!keys(r, c, placed).contains(key)) continue;
                if (best == null || c.date().start().isBefore(best)) best = c.date().start();
            }
            if (best != null) return best;
        }
        return null;
    }

    /**
     * What identifies an event across articles well enough to borrow a date: its people (two of them, or a visitor)
     * together with the country where it happens. The same two people meeting elsewhere is another event.
     */
    private static Set<String> pairs(DocDigest r, boolean pastOnly, boolean placed) {
        return pairs(r, pastOnly, placed, false);
    }

    /** With {@code plannedOnly}, the keys of the events the document reports as planned. */
    private static Set<String> pairs(DocDigest r, boolean pastOnly, boolean placed, boolean plannedOnly) {
        Set<String> out = new HashSet<>();
        for (dev.parley.events.Candidate c : r.candidates()) {
            if (pastOnly && c.status() != dev.parley.events.Status.OCCURRED && c.status() != dev.parley.events.Status.ONGOING) continue;
            if (plannedOnly && c.status() != dev.parley.events.Status.PLANNED) continue;
            // (an event whose people the sentence only lent is no evidence that this article reports them as past)
            if (pastOnly && c.rules().contains(dev.parley.events.Candidate.PEOPLE_OF_THE_SENTENCE)) continue;
            out.addAll(keys(r, c, placed));
        }
        return out;
    }

    private static Set<String> keys(DocDigest r, dev.parley.events.Candidate c, boolean placed) {
        Set<String> out = new HashSet<>();
        if (placed && c.country() == null) return out;
        String where = placed ? c.country() : "?";
        List<String> names = new ArrayList<>();
        for (dev.parley.events.LocalParticipant p : c.participants()) {
            String[] parts = r.entities().people().get(p.person()).name().toLowerCase(Locale.ROOT).split(" ");
            String surname = parts[parts.length - 1];
            names.add(surname);
            if (c.type() == dev.parley.events.EventType.VISIT && p.role() == dev.parley.events.Role.VISITOR) {
                if (placed) out.add(surname + ">" + where);
            }
        }
        java.util.Collections.sort(names);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (!names.get(i).equals(names.get(j))) out.add(names.get(i) + "|" + names.get(j) + "@" + where + "#" + c.type().json());
            }
        }
        return out;
    }

    /** The document again with its inferred date; the per-document stages re-run so relative dates anchor on it. */
    public static AnnotatedDoc redated(AnnotatedDoc doc, LocalDate date) {
        return new AnnotatedDoc(doc.article().withPublished(date, "inferred"), doc.sentences());
    }

    /**
     * Both passes over a corpus's documents, in their order.
     *
     * @param redate the document's digest again after the per-document stages re-ran with that date (it reads
     *               the annotation back: from the cache, or from a copy kept for this)
     */
    static List<DocDigest> apply(List<DocDigest> docs, BiFunction<DocDigest, LocalDate, DocDigest> redate) {
        List<DocDigest> out = new ArrayList<>(docs);
        for (Pass pass : Pass.values()) {
            Map<String, List<DocDigest>> index = null; // the dated documents by block key, as before this pass
            for (int i = 0; i < out.size(); i++) {
                DocDigest r = out.get(i);
                if (!pass.takes(r)) continue;
                if (index == null) index = index(out);
                Optional<LocalDate> d = infer(r, neighbours(r, index));
                if (d.isPresent()) out.set(i, redate.apply(r, d.get()));
            }
        }
        return out;
    }

    private static Map<String, List<DocDigest>> index(List<DocDigest> docs) {
        Map<String, List<DocDigest>> index = new HashMap<>();
        for (DocDigest d : docs) {
            if (d.article().published() == null) continue;
            for (String k : blockKeys(d)) index.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
        }
        return index;
    }

    private static Collection<DocDigest> neighbours(DocDigest undated, Map<String, List<DocDigest>> index) {
        Set<DocDigest> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (String k : blockKeys(undated)) out.addAll(index.getOrDefault(k, List.of()));
        return out;
    }
}
