package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parley.SharedEngine;
import dev.parley.corpus.Article;
import dev.parley.pipeline.DocResult;
import dev.parley.pipeline.Parley;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the rule files has a sentence that must fire it and a near miss that must not
 * (src/test/resources/rules/examples.yaml), checked on CoreNLP's parse through the detector's trace.
 */
class RuleExamplesIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);
    private static JsonNode examples;
    private static final Parley PARLEY = new Parley(SharedEngine::get, 1, true);

    @BeforeAll
    static void read() throws Exception {
        examples = new ObjectMapper(new YAMLFactory()).readTree(new File("src/test/resources/rules/examples.yaml"));
    }

    private static List<Trace> trace(String sentence) {
        Article a = new Article("example.txt", "example", sentence, PUBLISHED, "option", Map.of());
        DocResult r = PARLEY.process(SharedEngine.get().annotate(a));
        return r.traces();
    }

    private static boolean names(Trace t, String word, String rule) {
        return t.trigger().equalsIgnoreCase(word) && Arrays.asList(t.rule().split(", ")).contains(rule);
    }

    @Test
    void everyRuleHasAnExampleAndANearMiss() {
        Set<String> covered = new TreeSet<>();
        for (JsonNode e : examples) covered.add(e.get("rule").asText());
        Set<String> rules = new TreeSet<>();
        RuleSet set = RuleFiles.standard();
        set.never().forEach(r -> rules.add(r.name()));
        set.rules().forEach(r -> rules.add(r.name()));
        set.frames().forEach(f -> rules.add(f.name()));
        rules.removeAll(covered);
        assertTrue(rules.isEmpty(), "rules without an example in src/test/resources/rules/examples.yaml: " + rules);
    }

    @Test
    void eachExampleFiresItsRuleAndEachNearMissDoesNot() {
        Set<String> never = new TreeSet<>();
        RuleFiles.standard().never().forEach(r -> never.add(r.name()));
        List<String> failures = new ArrayList<>();
        for (JsonNode e : examples) {
            String rule = e.get("rule").asText();
            String word = e.get("word").asText();
            List<Trace> fires = trace(e.get("fires").asText());
            List<Trace> miss = trace(e.get("miss").asText());
            if (never.contains(rule)) {
                if (fires.stream().anyMatch(t -> t.trigger().equalsIgnoreCase(word))) failures.add(rule + ": '" + word + "' is still a trigger in: " + fires);
                if (miss.stream().noneMatch(t -> t.trigger().equalsIgnoreCase(word))) failures.add(rule + ": near miss has no trigger '" + word + "'");
                continue;
            }
            if (fires.stream().noneMatch(t -> names(t, word, rule))) failures.add(rule + " does not fire on '" + word + "': " + fires);
            if (miss.stream().anyMatch(t -> names(t, word, rule))) failures.add(rule + " fires on its near miss: " + miss);
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }
}
