package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventParticipant;
import dev.parley.pipeline.GoldEvents.Check;
import dev.parley.pipeline.GoldEvents.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the hand-written articles in src/test/resources/articles, against the events worked out by hand
 * in their expected.json. Only expectations marked {@code "gate": true} are asserted; every other one is printed
 * with what parley gave instead, as a to-do list for the extraction.
 */
class HandWrittenArticlesIT {
    private static final Path FOLDER = Path.of("src/test/resources/articles");
    private static Corpus corpus;
    private static Report report;
    private static GoldEvents gold;
    private static Map<String, DiplomaticEvent> matched;

    @BeforeAll
    static void run() throws IOException {
        corpus = new CorpusReader((LocalDate) null).read(List.of(FOLDER));
        report = new Parley(SharedEngine::get, 2).run(corpus, Parley.Progress.NONE);
        gold = GoldEvents.read(FOLDER.resolve("expected.json"));
        matched = gold.match(report.events().stream().filter(GoldEvents::scored).toList());
        System.out.println(report());
    }

    @Test
    void everyArticleIsReadAndTheGoldListIsNot() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> ids = corpus.articles().stream().map(Article::id).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(files.size() >= 12, "at least 12 hand-written articles: " + files);
        assertEquals(files, ids);
        assertTrue(corpus.skipped().isEmpty(), () -> "skipped: " + corpus.skipped());
    }

    @Test
    void gatedEventsAreFoundWithTheirDateStatusAndSources() {
        List<String> failures = new ArrayList<>();
        for (Gold g : gold.events) {
            if (!g.gate()) continue;
            List<String> problems = problems(g);
            if (!problems.isEmpty()) failures.add(g.id() + ": " + String.join("; ", problems));
        }
        assertTrue(failures.isEmpty(), () -> "gated expectations that fail:\n  " + String.join("\n  ", failures));
    }

    @Test
    void notEventArticlesYieldNoEvent() {
        for (Check c : gold.noEvents) {
            if (!c.gate()) continue;
            List<String> events = citing(c.subject());
            assertTrue(events.isEmpty(), () -> c.subject() + " (" + c.why() + ") gave events: " + events);
        }
    }

    @Test
    void samePeopleEventsStayApart() {
        for (int i = 0; i < gold.apart.size(); i++) {
            Check c = gold.apartChecks.get(i);
            if (!c.gate()) continue;
            List<String> ids = gold.apart.get(i);
            Set<DiplomaticEvent> distinct = new java.util.HashSet<>();
            for (String id : ids) {
                DiplomaticEvent e = matched.get(id);
                assertTrue(e != null, () -> id + " not found, so not kept apart (" + c.why() + ")");
                distinct.add(e);
                for (String other : ids) {
                    if (other.equals(id)) continue;
                    Gold og = gold.events.stream().filter(g -> g.id().equals(other)).findFirst().orElseThrow();
                    Gold mine = gold.events.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
                    for (String doc : og.documents()) {
                        assertFalse(!mine.documents().contains(doc) && GoldEvents.documents(e).contains(doc),
                                () -> id + " was merged with evidence for " + other + ": " + e.label());
                    }
                }
            }
            assertEquals(ids.size(), distinct.size(), () -> c.subject() + " merged into one event");
        }
    }

    @Test
    void absentPeopleTakePartInNoEvent() {
        for (Check c : gold.absentPeople) {
            if (!c.gate()) continue;
            String name = GoldEvents.norm(c.subject());
            List<String> in = report.events().stream().filter(e -> GoldEvents.names(e).contains(name))
                    .map(DiplomaticEvent::label).toList();
            assertTrue(in.isEmpty(), () -> c.subject() + " (" + c.why() + ") is a participant of " + in);
        }
    }

    /** What is wrong with the system event matched to one gold event; empty when it is right. */
    private static List<String> problems(Gold g) {
        DiplomaticEvent s = matched.get(g.id());
        List<String> p = new ArrayList<>();
        if (s == null) {
            p.add("missing");
            return p;
        }
        if (!GoldEvents.dateExact(s, g)) {
            p.add("date " + (s.date() == null ? "null" : GoldEvents.iso(s.date(), s.date().start()) + ".."
                    + GoldEvents.iso(s.date(), s.date().end())) + ", expected " + g.start() + ".." + g.end());
        }
        if (!g.statuses().isEmpty() && !g.statuses().contains(s.status().json())) {
            p.add("status " + s.status().json() + ", expected " + g.statuses());
        }
        Set<String> docs = GoldEvents.documents(s);
        List<String> uncited = g.documents().stream().filter(d -> !docs.contains(d)).toList();
        if (!uncited.isEmpty()) p.add("does not cite " + uncited);
        return p;
    }

    private static List<String> citing(String document) {
        return report.events().stream().filter(e -> GoldEvents.documents(e).contains(document))
                .map(e -> e.type().json() + ": " + e.label()).toList();
    }

    private static String describe(DiplomaticEvent e) {
        String people = e.participants().stream().map(HandWrittenArticlesIT::describe).collect(Collectors.joining(", "));
        String date = e.date() == null ? "undated"
                : GoldEvents.iso(e.date(), e.date().start()) + ".." + GoldEvents.iso(e.date(), e.date().end());
        return e.type().json() + " '" + e.label() + "' " + date + " " + e.status().json() + " in " + e.placeCountry()
                + " [" + people + "] cites " + GoldEvents.documents(e);
    }

    private static String describe(EventParticipant p) {
        return p.person().name() + "/" + p.role().json() + "/" + p.person().country();
    }

    /** The full comparison, printed whether or not the gated checks pass. */
    private static String report() {
        StringBuilder out = new StringBuilder("== hand-written articles: expected events ==\n");
        Set<DiplomaticEvent> used = new java.util.HashSet<>(matched.values());
        for (Gold g : gold.events) {
            DiplomaticEvent s = matched.get(g.id());
            if (s == null && !g.required()) continue;
            List<String> p = problems(g);
            String verdict = p.isEmpty() ? "ok" : String.join("; ", p);
            out.append(String.format("%-4s %-8s %-46s %s%n", g.gate() ? "GATE" : "", g.required() ? "required" : "allowed",
                    g.id(), verdict));
            if (s != null && !p.isEmpty()) out.append("       got ").append(describe(s)).append('\n');
            if (!p.isEmpty() && !g.why().isEmpty()) out.append("       from ").append(g.why()).append('\n');
        }
        for (DiplomaticEvent e : report.events()) {
            if (used.contains(e)) continue;
            boolean dup = GoldEvents.scored(e) && gold.events.stream().anyMatch(g -> GoldEvents.score(e, g) != null);
            out.append(dup ? "DUPLICATE " : "JUNK      ").append(describe(e)).append('\n');
        }
        for (Check c : gold.noEvents) {
            List<String> ev = citing(c.subject());
            out.append(String.format("%-4s no event in %s: %s%n", c.gate() ? "GATE" : "", c.subject(), ev.isEmpty() ? "ok" : ev));
        }
        for (Check c : gold.absentPeople) {
            String name = GoldEvents.norm(c.subject());
            List<String> in = report.events().stream().filter(e -> GoldEvents.names(e).contains(name))
                    .map(DiplomaticEvent::label).toList();
            out.append(String.format("%-4s %s in no event: %s%n", c.gate() ? "GATE" : "", c.subject(), in.isEmpty() ? "ok" : in));
        }
        for (int i = 0; i < gold.apart.size(); i++) {
            Check c = gold.apartChecks.get(i);
            long found = gold.apart.get(i).stream().map(matched::get).filter(java.util.Objects::nonNull).distinct().count();
            out.append(String.format("%-4s apart %s: %s%n", c.gate() ? "GATE" : "", c.subject(),
                    found == gold.apart.get(i).size() ? "ok" : "only " + found + " distinct event(s) found"));
        }
        return out.toString();
    }
}
