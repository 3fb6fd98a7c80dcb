package dev.parley.events;

import dev.parley.nlp.Sentence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The loaded rule files: word lists, trigger rules (never-rules first) and destination frames. */
record RuleSet(Map<String, Set<String>> lists, List<TriggerRule> never, List<TriggerRule> rules, List<DestinationFrame> frames) {
    RuleSet {
        lists = Map.copyOf(lists);
        never = List.copyOf(never);
        rules = List.copyOf(rules);
        frames = List.copyOf(frames);
    }

    /** A word list by name; the loader has checked every name a rule uses, so a missing one is a bug. */
    Set<String> list(String name) {
        Set<String> s = lists.get(name);
        if (s == null) throw new IllegalStateException("lexicon.yaml defines no list " + name);
        return s;
    }

    /** The rule that makes token i a trigger, if any: no never-rule matches and this is the first rule that does. */
    Optional<TriggerRule> trigger(Deps d, int i) {
        for (TriggerRule r : never) if (r.matches(d, i)) return Optional.empty();
        for (TriggerRule r : rules) if (r.matches(d, i)) return Optional.of(r);
        return Optional.empty();
    }

    /**
     * Whether some rule that makes an event could fire on a token of this sentence, judged without its parse
     * ({@link TriggerRule#mayMatch}). A sentence where none could is never an event's, whatever its parse. A rule
     * making only a visit is left out when the sentence has no person ({@code person} false): a visit needs a visitor.
     */
    boolean mayTrigger(Sentence s, boolean person) {
        for (TriggerRule r : rules) {
            if (!person && r.event() == EventType.VISIT && r.also() == null) continue;
            if (r.mayMatch(s)) return true;
        }
        return false;
    }

    /** The frame that makes a place on {@code head} a destination, if any. */
    Optional<DestinationFrame> frame(Deps d, int place, int head) {
        for (DestinationFrame f : frames) if (f.matches(d, place, head)) return Optional.of(f);
        return Optional.empty();
    }
}
