package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.events.RuleFiles.Source;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule files load, and a broken one is an error naming the file, the line and the problem. */
class RuleFilesTest {
    private static final String LEXICON = """
            VISITS:
              purpose: nouns of trips
              words: [visit, trip]
            """;
    private static final String FRAMES = """
            frames:
              - name: to-place
                purpose: a trip to X
                rel: ["obl*"]
                case: [to]
            """;

    private static String error(String lexicon, String triggers, String frames) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleFiles.load(
                new Source("lexicon.yaml", lexicon), new Source("triggers.yaml", triggers), new Source("destinations.yaml", frames)));
        return e.getMessage();
    }

    private static String rule(String extra) {
        return """
                rules:
                  - name: visit-noun
                    purpose: a trip
                    event: visit
                    pos: nominal
                    lemma: ["@VISITS"]
                """ + extra;
    }

    @Test
    void theBundledRulesLoadWithUniqueNamedPurposefulRules() {
        RuleSet rules = RuleFiles.standard();
        assertTrue(rules.rules().size() >= 15, "trigger rules: " + rules.rules().size());
        Set<String> names = new HashSet<>();
        for (TriggerRule r : rules.rules()) {
            assertTrue(names.add(r.name()), r.name());
            assertTrue(r.purpose().length() > 10, r.name());
        }
        assertTrue(rules.list("VISIT_NOUNS").containsAll(Set.of("visit", "trip", "tour", "voyage", "stay", "journey")), "VISIT_NOUNS");
    }

    /**
     * The merger's question (does a title name an office?) reads lexicon.yaml only: a rerun whose per-document results
     * are stored never parses the trigger rules. Checked on a fresh copy of parley's classes, as this JVM may have
     * loaded the rules for another test already.
     */
    @Test
    void theMergersWordListsAreReadWithoutTheTriggerRules() throws Exception {
        java.net.URL classes = RuleFiles.class.getProtectionDomain().getCodeSource().getLocation();
        java.util.List<String> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(new java.net.URL[] {classes},
                RuleFilesTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("dev.parley.")) return super.loadClass(name, resolve);
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name); // parley's own classes from this loader, not the parent
                }
            }

            @Override
            public java.net.URL getResource(String name) {
                read.add(name.substring(name.lastIndexOf('/') + 1));
                return super.getResource(name);
            }
        }) {
            Class<?> actors = Class.forName(Actors.class.getName(), true, fresh);
            assertEquals(true, actors.getMethod("holdsOffice", java.util.List.class)
                    .invoke(null, java.util.List.of("Foreign Minister")));
            assertEquals(java.util.List.of("lexicon.yaml"), read.stream().filter(r -> r.endsWith(".yaml")).toList());
            Class.forName(EventDetector.class.getName(), true, fresh).getMethod("validateRules").invoke(null);
            assertTrue(read.contains("triggers.yaml"), read.toString());
        }
    }

    @Test
    void aValidSmallRuleSetLoads() {
        RuleSet r = RuleFiles.load(new Source("lexicon.yaml", LEXICON), new Source("triggers.yaml", rule("")),
                new Source("destinations.yaml", FRAMES));
        assertEquals("visit-noun", r.rules().get(0).name());
        assertEquals(Set.of("visit", "trip"), r.rules().get(0).lemmas());
    }

    @Test
    void anUnknownWordListNamesFileAndLine() {
        String msg = error(LEXICON, rule("").replace("@VISITS", "@TRIPS"), FRAMES);
        assertEquals("triggers.yaml:2: unknown word list @TRIPS (lists are defined in lexicon.yaml)", msg);
    }

    @Test
    void anUnknownConditionIsNamedWithTheKnownOnes() {
        String msg = error(LEXICON, rule("    require: [object-is-persn]\n"), FRAMES);
        assertTrue(msg.startsWith("triggers.yaml:2: rule visit-noun: unknown condition 'object-is-persn' (known: "), msg);
        assertTrue(msg.contains("object-is-person"), msg);
    }

    @Test
    void conditionArgumentsAreChecked() {
        assertEquals("triggers.yaml:2: rule visit-noun: condition 'child-lemma' needs an argument, e.g. 'child-lemma word'",
                error(LEXICON, rule("    require: [child-lemma]\n"), FRAMES));
        assertEquals("triggers.yaml:2: rule visit-noun: condition 'has-object' takes no argument, found 'now'",
                error(LEXICON, rule("    require: [has-object now]\n"), FRAMES));
    }

    @Test
    void anUnknownEventTypeOrKeyOrPosIsAnError() {
        assertEquals("triggers.yaml:2: rule visit-noun: unknown event 'trip' (visit, meeting, summit, call)",
                error(LEXICON, rule("").replace("event: visit", "event: trip"), FRAMES));
        assertTrue(error(LEXICON, rule("    purpse: typo\n"), FRAMES).startsWith("triggers.yaml:2: unknown key 'purpse'"));
        assertEquals("triggers.yaml:2: rule visit-noun: pos must be 'nominal', 'verb' or 'adjective', found 'noun'",
                error(LEXICON, rule("").replace("pos: nominal", "pos: noun"), FRAMES));
    }

    @Test
    void theVisitorIsTheSubjectOrTheObject() {
        assertEquals("triggers.yaml:2: rule visit-noun: visitor must be 'subject' or 'object', found 'agent'",
                error(LEXICON, rule("    visitor: agent\n"), FRAMES));
    }

    @Test
    void aSecondEventMustBeAnotherKnownEvent() {
        assertEquals("triggers.yaml:2: rule visit-noun: unknown event 'talks' in 'also' (visit, meeting, summit, call)",
                error(LEXICON, rule("    also: talks\n"), FRAMES));
        assertEquals("triggers.yaml:2: rule visit-noun: 'also' names a second event, other than 'event'",
                error(LEXICON, rule("    also: visit\n"), FRAMES));
    }

    @Test
    void aMissingPurposeOrDuplicateNameIsAnError() {
        assertEquals("triggers.yaml:2: 'purpose' is missing or empty", error(LEXICON, rule("").replace("    purpose: a trip\n", ""), FRAMES));
        String twice = rule("") + rule("").replace("rules:\n", "");
        assertEquals("triggers.yaml:7: rule name 'visit-noun' is used twice", error(LEXICON, twice, FRAMES));
    }

    @Test
    void brokenYamlAndBrokenListsNameTheirLine() {
        assertTrue(error(LEXICON, "rules:\n  - name: [unclosed\n", FRAMES).startsWith("triggers.yaml:"), "yaml");
        assertEquals("lexicon.yaml:2: list VISITS has 'visit' twice",
                error("\nVISITS:\n  purpose: trips\n  words: [visit, visit]\n", rule(""), FRAMES));
        assertEquals("lexicon.yaml:1: list name 'visits' must be in capitals (A-Z, 0-9, _)",
                error("visits:\n  purpose: trips\n  words: [visit]\n", rule(""), FRAMES));
    }

    @Test
    void aFrameWithoutARelationIsAnError() {
        assertEquals("destinations.yaml:2: frame to-place needs 'rel'", error(LEXICON, rule(""), FRAMES.replace("    rel: [\"obl*\"]\n", "")));
    }

    @Test
    void everyConditionTheEngineKnowsIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/rules.md"));
        for (String name : Conditions.purposes().keySet()) assertTrue(doc.contains("`" + name), "docs/rules.md lists " + name);
    }
}
