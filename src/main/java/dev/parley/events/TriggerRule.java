package dev.parley.events;

import dev.parley.events.Conditions.Condition;
import dev.parley.events.RuleFiles.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One rule of triggers.yaml: a trigger word of a part of speech, with conditions on the parse, makes an event
 * of a type. {@code event} is null for a {@code never} rule (a token it matches is no trigger).
 */
record TriggerRule(String name, String purpose, int line, EventType event, Pos pos, Set<String> lemmas, Set<String> words,
                   Set<String> except, List<Condition> require, List<Condition> requireAny, List<Condition> unless,
                   EventType also, boolean visitorIsObject) {

    /** The part of speech a rule takes. */
    enum Pos {
        /** A noun, or a gerund heading a noun ("the upcoming meeting"). */
        NOMINAL,
        /** Any verb form. */
        VERB,
        /** A predicate adjective or participle ("is due in Kyiv", "is expected in Seoul"). */
        ADJECTIVE,
        /** Any token (never rules). */
        ANY
    }

    TriggerRule {
        lemmas = Set.copyOf(lemmas);
        words = Set.copyOf(words);
        except = Set.copyOf(except);
        require = List.copyOf(require);
        requireAny = List.copyOf(requireAny);
        unless = List.copyOf(unless);
    }

    boolean matches(Deps d, int i) {
        if (!posMatches(d, i)) return false;
        if (!lemmas.isEmpty() || !words.isEmpty()) {
            String lemma = d.lemma(i);
            if (!(lemmas.contains(lemma) || words.contains(d.word(i))) || except.contains(lemma)) return false;
        }
        for (Condition c : require) if (!c.holds(d, i)) return false;
        if (!requireAny.isEmpty() && requireAny.stream().noneMatch(c -> c.holds(d, i))) return false;
        for (Condition c : unless) if (c.holds(d, i)) return false;
        return true;
    }

    /**
     * Whether this rule could match some token of the sentence, judged before the parse: true whenever
     * {@link #matches} could be. Its words and part of speech (any gerund may head a noun: that is in the parse), and
     * what its conditions need in the sentence ({@link Conditions.Condition#mayHold}).
     */
    boolean mayMatch(dev.parley.nlp.Sentence s) {
        for (Condition c : require) if (!c.mayHold(s)) return false;
        if (!requireAny.isEmpty() && requireAny.stream().noneMatch(c -> c.mayHold(s))) return false;
        for (dev.parley.nlp.Token t : s.tokens()) {
            if (!posMayMatch(t.pos())) continue;
            if (lemmas.isEmpty() && words.isEmpty()) return true;
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if ((lemmas.contains(lemma) || words.contains(t.word().toLowerCase(Locale.ROOT))) && !except.contains(lemma)) return true;
        }
        return false;
    }

    private boolean posMayMatch(String tag) {
        switch (pos) {
            case NOMINAL: return tag.startsWith("NN") || tag.equals("VBG");
            case VERB: return tag.startsWith("VB");
            case ADJECTIVE: return tag.startsWith("JJ") || tag.equals("VBN");
            default: return true;
        }
    }

    private boolean posMatches(Deps d, int i) {
        switch (pos) {
            case NOMINAL: return d.isNoun(i) || d.tok(i).pos().equals("VBG") && d.isNoun(d.head(i));
            case VERB: return d.isVerb(i);
            case ADJECTIVE: return posMayMatch(d.tok(i).pos());
            default: return true;
        }
    }

    private static final Set<String> KEYS = Set.of("name", "purpose", "event", "also", "visitor", "pos", "lemma", "word", "except", "require",
            "require-any", "unless");

    /** The rule as the maker of its second event ({@code also}). */
    TriggerRule asAlso() {
        return new TriggerRule(name, purpose, line, also, pos, lemmas, words, except, require, requireAny, unless, null, false);
    }

    static TriggerRule parse(String file, Located l, Map<String, Set<String>> lists, boolean makesEvent) {
        RuleFiles.allowOnly(file, l, KEYS);
        String name = RuleFiles.text(file, l, "name");
        if (!name.matches("[a-z][a-z0-9-]*")) throw new RuleFileException(file, l.line(), "rule name '" + name + "' must be lower-case words joined by '-'");
        String purpose = RuleFiles.text(file, l, "purpose");
        EventType event = null;
        if (makesEvent) {
            String e = RuleFiles.text(file, l, "event");
            try {
                event = EventType.valueOf(e.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new RuleFileException(file, l.line(), "rule " + name + ": unknown event '" + e + "' (visit, meeting, summit, call)");
            }
        } else if (l.node().has("event")) {
            throw new RuleFileException(file, l.line(), "never-rule " + name + " makes no event; remove 'event'");
        }
        EventType also = null;
        if (l.node().has("also")) {
            String a = RuleFiles.text(file, l, "also");
            try {
                also = EventType.valueOf(a.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new RuleFileException(file, l.line(), "rule " + name + ": unknown event '" + a + "' in 'also' (visit, meeting, summit, call)");
            }
            if (!makesEvent || also == event) throw new RuleFileException(file, l.line(), "rule " + name + ": 'also' names a second event, other than 'event'");
        }
        boolean visitorIsObject = false;
        if (l.node().has("visitor")) {
            String v = RuleFiles.text(file, l, "visitor");
            if (!v.equals("object") && !v.equals("subject")) {
                throw new RuleFileException(file, l.line(), "rule " + name + ": visitor must be 'subject' or 'object', found '" + v + "'");
            }
            if (event != EventType.VISIT) throw new RuleFileException(file, l.line(), "rule " + name + ": 'visitor' is for visit rules");
            visitorIsObject = v.equals("object");
        }
        Pos pos = Pos.ANY;
        if (l.node().has("pos")) {
            String p = RuleFiles.text(file, l, "pos");
            if (p.equals("nominal")) pos = Pos.NOMINAL;
            else if (p.equals("verb")) pos = Pos.VERB;
            else if (p.equals("adjective")) pos = Pos.ADJECTIVE;
            else throw new RuleFileException(file, l.line(), "rule " + name + ": pos must be 'nominal', 'verb' or 'adjective', found '" + p + "'");
        } else if (makesEvent) {
            throw new RuleFileException(file, l.line(), "rule " + name + ": 'pos' is missing (nominal, verb or adjective)");
        }
        Set<String> lemmas = RuleFiles.words(file, l, "lemma", lists);
        Set<String> words = RuleFiles.words(file, l, "word", lists);
        if (makesEvent && lemmas.isEmpty() && words.isEmpty()) {
            throw new RuleFileException(file, l.line(), "rule " + name + " needs 'lemma' or 'word': which words trigger it");
        }
        return new TriggerRule(name, purpose, l.line(), event, pos, lemmas, words, RuleFiles.words(file, l, "except", lists),
                conditions(file, l, name, "require"), conditions(file, l, name, "require-any"), conditions(file, l, name, "unless"),
                also, visitorIsObject);
    }

    static List<Condition> conditions(String file, Located l, String rule, String key) {
        List<Condition> out = new ArrayList<>();
        for (String s : RuleFiles.strings(file, l, key)) {
            StringBuilder problem = new StringBuilder();
            Condition c = Conditions.parse(s, problem);
            if (c == null) throw new RuleFileException(file, l.line(), "rule " + rule + ": " + problem);
            out.add(c);
        }
        return out;
    }
}
