package dev.parley.pipeline;

import dev.parley.corpus.Article;
import dev.parley.corpus.TextDates;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.resolve.LocalPerson;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Corpus-level publication dates for articles that state none: a year-less dateline ("GENEVA, June 15") completed
 * with the year of the articles that report the same people, else the latest full date the text states, else the
 * date of the dated article that shares most of its people. Never a date from nothing: with no evidence the
 * article stays undated. The result is marked "inferred".
 */
final class PublicationInference {
    private PublicationInference() {
    }

    static Optional<LocalDate> infer(DocResult undated, List<DocResult> all) {
        Article a = undated.doc().article();
        LocalDate neighbour = neighbour(undated, all);
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
    private static LocalDate neighbour(DocResult undated, List<DocResult> all) {
        Set<String> mine = pairs(undated, false);
        if (mine.isEmpty()) return null;
        Set<String> past = pairs(undated, true);
        LocalDate latest = null;
        LocalDate earliest = null;
        for (DocResult r : all) {
            LocalDate p = r.doc().article().published();
            if (p == null || r == undated) continue;
            if ("inferred".equals(r.doc().article().publishedFrom()) && !r.doc().article().metadata().containsKey("dateline")) continue;
            Set<String> theirs = pairs(r, false);
            Set<String> shared = new HashSet<>(theirs);
            shared.retainAll(mine);
            if (shared.isEmpty()) continue;
            if (earliest == null || p.isBefore(earliest)) earliest = p;
            shared.retainAll(past);
            if (!shared.isEmpty() && (latest == null || p.isAfter(latest))) latest = p;
        }
        return latest != null ? latest : earliest;
    }

    /** Pairs of full names that occur together in one event candidate of the document. */
    private static Set<String> pairs(DocResult r, boolean pastOnly) {
        Set<String> out = new HashSet<>();
        for (dev.parley.events.Candidate c : r.candidates()) {
            if (pastOnly && c.status() != dev.parley.events.Status.OCCURRED) continue;
            List<String> names = new ArrayList<>();
            for (dev.parley.events.LocalParticipant p : c.participants()) {
                LocalPerson lp = r.entities().people().get(p.person());
                String[] parts = lp.name().toLowerCase(Locale.ROOT).split(" ");
                names.add(parts[parts.length - 1]);
            }
            java.util.Collections.sort(names);
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) if (!names.get(i).equals(names.get(j))) out.add(names.get(i) + "|" + names.get(j));
            }
        }
        return out;
    }

    /** Full names of the document's people, normalised. */
    private static Set<String> people(DocResult r) {
        Set<String> out = new HashSet<>();
        for (LocalPerson p : r.entities().people()) {
            if (p.fullName()) out.add(p.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The document again with its inferred date; the per-document stages re-run so relative dates anchor on it. */
    static AnnotatedDoc redated(AnnotatedDoc doc, LocalDate date) {
        return new AnnotatedDoc(doc.article().withPublished(date, "inferred"), doc.sentences());
    }

    static List<DocResult> apply(List<DocResult> results, java.util.function.Function<AnnotatedDoc, DocResult> process) {
        List<DocResult> out = new ArrayList<>(results);
        // Articles with a year-less dateline first: once dated, they are evidence for the others.
        for (boolean datelinePass : new boolean[] {true, false}) {
            List<DocResult> snapshot = new ArrayList<>(out);
            for (int i = 0; i < out.size(); i++) {
                DocResult r = out.get(i);
                if (r.doc().article().published() != null) continue;
                if (datelinePass != r.doc().article().metadata().containsKey("dateline")) continue;
                Optional<LocalDate> d = infer(r, snapshot);
                if (d.isPresent()) out.set(i, process.apply(redated(r.doc(), d.get())));
            }
        }
        return out;
    }
}
