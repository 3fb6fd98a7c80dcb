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
        Set<String> mine = people(undated);
        LocalDate best = null;
        int bestShared = 0;
        for (DocResult r : all) {
            LocalDate p = r.doc().article().published();
            if (p == null || r == undated) continue;
            Set<String> theirs = people(r);
            theirs.retainAll(mine);
            int shared = theirs.size();
            if (shared > bestShared || shared == bestShared && shared > 0 && p.isAfter(best)) {
                best = p;
                bestShared = shared;
            }
        }
        LocalDate neighbour = bestShared >= 2 ? best : null;
        String dateline = a.metadata().get("dateline");
        Optional<LocalDate> stated = TextDates.latestFullDateInText(a.text());
        if (dateline != null && dateline.startsWith("--")) {
            MonthDay md = MonthDay.parse(dateline);
            LocalDate ref = neighbour != null ? neighbour : stated.orElse(null);
            if (ref != null) return TextDates.completeNear(md, ref);
        }
        if (stated.isPresent()) return stated;
        return Optional.ofNullable(neighbour);
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
        for (int i = 0; i < out.size(); i++) {
            DocResult r = out.get(i);
            if (r.doc().article().published() != null) continue;
            Optional<LocalDate> d = infer(r, results);
            if (d.isPresent()) out.set(i, process.apply(redated(r.doc(), d.get())));
        }
        return out;
    }
}
