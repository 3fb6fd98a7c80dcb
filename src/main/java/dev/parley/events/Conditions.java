package dev.parley.events;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.Titles;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named tests a rule file may use on a trigger token, over parley's own dependency records. The engine knows
 * no words: a test that takes a word gets it as the argument the rule file gives ("child-lemma courtesy").
 */
final class Conditions {
    // compiled once: the pre-check of group-subject runs on every token of every sentence, before any parse
    private static final java.util.regex.Pattern GROUP_NUMBER = java.util.regex.Pattern.compile("G-?\\d+");
    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9-]*");

    private Conditions() {
    }

    /** A test on token {@code i} of a parsed sentence; {@code arg} is the rule's argument or null. */
    interface Test {
        boolean test(Deps d, int i, String arg);
    }

    /**
     * What must be true of a sentence, read without its parse, for a test to hold on any of its tokens: a word, a
     * lemma or a tag somewhere in it. {@code true} when the parse alone decides.
     */
    interface Pre {
        boolean mayHold(Sentence s, String arg);
    }

    /** One test as a rule file names it. */
    record Condition(String name, String arg, Test test, Pre pre) {
        boolean holds(Deps d, int i) {
            return test.test(d, i, arg);
        }

        /** False only when the test holds on no token of the sentence, whatever its parse. */
        boolean mayHold(Sentence s) {
            return pre.mayHold(s, arg);
        }

        @Override
        public String toString() {
            return arg == null ? name : name + " " + arg;
        }
    }

    private record Entry(boolean takesArg, String purpose, Test test, Pre pre) {
    }

    private static final Map<String, Entry> TESTS = new TreeMap<>();

    private static void define(String name, boolean takesArg, String purpose, Test test) {
        define(name, takesArg, purpose, test, (s, a) -> true);
    }

    private static void define(String name, boolean takesArg, String purpose, Test test, Pre pre) {
        TESTS.put(name, new Entry(takesArg, purpose, test, pre));
    }

    private static boolean anyToken(Sentence s, java.util.function.Predicate<Token> p) {
        for (Token t : s.tokens()) if (p.test(t)) return true;
        return false;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** namesPerson needs a token tagged PERSON. */
    private static final Pre PERSON = (s, a) -> anyToken(s, t -> t.ner().equals("PERSON"));
    /** A name, or a title that may refer to a person named elsewhere in the article ("the president"). */
    private static final Pre PERSON_OR_TITLE = (s, a) -> anyToken(s, Conditions::mayBePerson);

    /** Whether a token may be part of a mention of a person: tagged as a name, or a title's head word. */
    static boolean mayBePerson(Token t) {
        return t.ner().equals("PERSON") || dev.parley.resolve.Titles.isTitle(t.lemma().toLowerCase(Locale.ROOT));
    }
    private static final Pre LEMMA = (s, a) -> anyToken(s, t -> lemma(t).equals(a));

    static {
        define("compound-of-noun", false, "the token is a compound modifier of a noun",
                (d, i, a) -> d.rel(i).equals("compound") && d.isNoun(d.head(i)));
        define("call-modifier", false, "a word of @CALL_WORDS on the token, under an oblique of it, or within three words; or the noun"
                        + " \"call\" as an oblique of it",
                (d, i, a) -> Triggers.hasCallModifier(d, i),
                (x, a) -> anyToken(x, t -> Lexicon.CALL_WORDS.contains(lemma(t)) || lemma(t).equals("call")));
        define("child-lemma", true, "a dependent of the token has this lemma",
                (d, i, a) -> d.children(i).stream().anyMatch(c -> d.lemma(c).equals(a)),
                LEMMA);
        define("object-lemma", true, "the token's object (or indirect object) has this lemma",
                (d, i, a) -> {
                    int obj = d.child(i, "obj", "iobj");
                    return obj != 0 && d.lemma(obj).equals(a);
                },
                LEMMA);
        define("subject-lemma", true, "the verb's subject, or the noun a relative clause on it hangs on (\"a tour that"
                        + " took him to Hanoi\"), has this lemma",
                (d, i, a) -> {
                    int subj = d.child(i, "nsubj");
                    if (subj == 0 || d.tok(subj).pos().startsWith("W")) {
                        int pronoun = subj;
                        // no subject of its own (or a relative pronoun): the noun the clause hangs on, within two steps
                        // (the parser may hang "a tour that took him" on "that")
                        subj = 0;
                        int cur = d.head(i);
                        for (int steps = 0; cur > 0 && steps < 2 && subj == 0; steps++, cur = d.head(cur)) {
                            if (d.isNoun(cur)) subj = cur;
                        }
                        // (or, past a time phrase, the noun before it: the parser may hang the clause on "month")
                        if ((subj == 0 || inTimePhrase(d, subj)) && pronoun != 0) {
                            int before = antecedentBeforeTime(d, pronoun);
                            if (before != 0) subj = before;
                        }
                    }
                    return subj != 0 && d.lemma(subj).equals(a);
                },
                LEMMA);
        define("object-is-person-or-pronoun", false, "the verb's direct object names a person or is a personal pronoun (\"took"
                        + " him to Hanoi\")",
                (d, i, a) -> {
                    int obj = d.child(i, "obj");
                    return namesPerson(d, obj) || obj != 0 && d.tok(obj).pos().startsWith("PRP")
                            && Lexicon.PERSON_PRONOUNS.contains(d.word(obj));
                },
                (x, a) -> anyToken(x, t -> t.ner().equals("PERSON") || t.pos().startsWith("PRP")
                        && Lexicon.PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))));
        define("object-is-time", false, "the verb's direct object is a stretch of time of @TIME_NOUNS (\"spent two days\","
                        + " \"will spend Monday and Tuesday\")",
                (d, i, a) -> {
                    // any such dependent: "a briefing that Lee would spend Sunday to Tuesday in Astana" parses the
                    // misread relative "that" as an object too
                    for (int c : d.children(i)) {
                        if ((d.rel(c).equals("obj") || d.rel(c).equals("obl:tmod"))
                                && Lexicon.TIME_NOUNS.contains(d.lemma(c).toLowerCase(java.util.Locale.ROOT))) {
                            return true;
                        }
                    }
                    return false;
                },
                (x, a) -> anyToken(x, t -> Lexicon.TIME_NOUNS.contains(lemma(t))));
        define("particle", true, "the verb has this particle (\"sit down\")",
                (d, i, a) -> d.child(i, "compound:prt") != 0 && d.word(d.child(i, "compound:prt")).equals(a),
                (x, a) -> anyToken(x, t -> t.word().toLowerCase(Locale.ROOT).equals(a)));
        define("has-object", false, "the verb has a direct object", (d, i, a) -> d.child(i, "obj") != 0);
        define("bare-plural", false, "the token is a plural noun with no determiner, number or possessor of its own (\"at"
                        + " ECOWAS summits\", \"at recent ASEAN summits\"): a kind of event, not one",
                (d, i, a) -> d.tok(i).pos().equals("NNS") && !d.rel(i).equals("conj") && d.children(i).stream().noneMatch(c -> {
                    String r = d.rel(c);
                    // ("for the G7 and NATO summits", "the G7 and NATO summits": two named ones, the parser hanging
                    // one name, with the determiner, on the other or the plural on the first)
                    boolean named = r.equals("compound") && d.children(c).stream()
                            .anyMatch(g -> d.rel(g).equals("conj") || d.rel(g).equals("det"));
                    // (an adjective does not make it one: "at recent ASEAN summits", "at annual summits")
                    return named || r.equals("det") || r.equals("nummod") || r.equals("nmod:poss");
                }));
        define("has-obl", false, "the verb has an oblique dependent", (d, i, a) -> d.child(i, "obl") != 0);
        define("object-is-person", false, "the verb's direct object names a person or refers to one by title (\"received"
                        + " Kim\", \"call President X\", \"received the president\")",
                (d, i, a) -> {
                    int obj = d.child(i, "obj");
                    return namesPerson(d, obj) || obj != 0 && d.people.contains(obj);
                },
                PERSON_OR_TITLE);
        define("agent-is-person", false, "a passive verb's agent (\"by X\") names a person",
                (d, i, a) -> d.children(i).stream().anyMatch(c -> (d.rel(c).equals("obl:agent") || d.rel(c).equals("obl"))
                        && d.caseOf(c).equals("by") && namesPerson(d, c)),
                PERSON);
        define("passive-subject-is-person", false, "the verb is passive and its subject, or the subject of the verb it"
                        + " completes (\"is expected to be hosted\"), names a person (\"X was received\", \"the Moroccan"
                        + " prime minister, X, was welcomed\")",
                (d, i, a) -> {
                    int subj = d.child(i, "nsubj:pass");
                    if (subj == 0 && d.child(i, "aux:pass") != 0) subj = controller(d, i);
                    return subj != 0 && namesPerson(d, subj);
                },
                PERSON);
        define("subject-is-person", false, "the subject names a person or is a personal pronoun (\"X is due in Kyiv\","
                        + " \"she is expected in Seoul\")",
                (d, i, a) -> {
                    int subj = d.child(i, "nsubj", "nsubj:pass");
                    return namesPerson(d, subj) || subj != 0 && d.tok(subj).pos().startsWith("PRP")
                            && Lexicon.PERSON_PRONOUNS.contains(d.word(subj));
                },
                (x, a) -> anyToken(x, t -> t.ner().equals("PERSON") || t.pos().startsWith("PRP")
                        && Lexicon.PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))));
        define("has-case", true, "a nominal dependent of the token is introduced by this case marker (\"lunch with X\","
                        + " \"a call between X and Y\")",
                (d, i, a) -> d.children(i).stream().anyMatch(c -> (d.rel(c).startsWith("nmod") || d.rel(c).startsWith("obl"))
                        && d.caseOf(c).equals(a)),
                LEMMA);
        define("object-is-group", false, "the verb's direct object is a group or a body of a state (\"called the Indian"
                        + " leadership\", \"phoned Gulf leaders\") or a proper name of an organisation or a place (\"called the"
                        + " White House\")",
                (d, i, a) -> {
                    int obj = d.child(i, "obj");
                    if (obj == 0) return false;
                    String ner = d.tok(obj).ner();
                    if (ner.equals("ORGANIZATION") || ner.equals("LOCATION")) return true;
                    if (!Lexicon.GROUP_NOUNS.contains(d.lemma(obj))) return false;
                    return d.children(obj).stream().anyMatch(c -> (d.rel(c).equals("amod") || d.rel(c).equals("compound"))
                            && Character.isUpperCase(d.tok(c).word().codePointAt(0)));
                },
                (x, a) -> anyToken(x, t -> t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")
                        || Lexicon.GROUP_NOUNS.contains(lemma(t))));
        define("has-xcomp", false, "the verb has an open clausal complement (\"called him a liar\", \"called on him to\")",
                (d, i, a) -> d.child(i, "xcomp") != 0);
        define("has-clause-complement", false, "the word has a clausal complement, open or not (\"is due to meet\", \"is"
                        + " expected to address\")",
                (d, i, a) -> d.child(i, "xcomp", "ccomp") != 0);
        define("second-object", false, "the verb has two objects (\"called the minister a liar\")",
                (d, i, a) -> d.children(i).stream().filter(c -> d.rel(c).equals("obj") || d.rel(c).equals("iobj")).count() >= 2);
        define("has-destination", false, "a place attached by a frame of destinations.yaml",
                (d, i, a) -> Places.destination(d, i, java.util.List.of(i)) != 0,
                (x, a) -> anyToken(x, t -> !t.ner().equals("O") || t.pos().startsWith("NNP")
                        || lemma(t).equals("capital")));
        define("group-subject", false, "the subject of the verb names a group of states (\"the G7\")",
                (d, i, a) -> Summits.groupSubject(d, i) != null,
                (x, a) -> anyToken(x, t -> Lexicon.GROUP_MEMBERS.contains(lemma(t)) || GROUP_NUMBER.matcher(t.word()).matches()
                        || CAPITALISED.matcher(t.word()).matches() && t.word().chars().filter(Character::isUpperCase).count() >= 2));
        define("group-leaders", false, "the noun gathers the leaders of an organisation of organisations.tsv (\"the APEC"
                        + " leaders' meeting\", \"a meeting of EU leaders\")",
                (d, i, a) -> Summits.leadersOf(d, i) != null,
                (x, a) -> anyToken(x, t -> lemma(t).equals("leader") || lemma(t).equals("head")));
        define("held-by-group", false, "the noun is what a group of leaders holds, opens or ends (\"Caribbean leaders"
                        + " wrapped up a two-day meeting\", \"EU leaders will hold a meeting\")",
                (d, i, a) -> Summits.heldByLeaders(d, i) != null,
                (x, a) -> anyToken(x, t -> lemma(t).equals("leader") || lemma(t).equals("head")));
        define("summit-name", false, "a series name before the noun (\"G20\", \"NATO\") or the leaders it gathers",
                (d, i, a) -> Summits.summitName(d, i) != null);
    }

    /**
     * "her tour last month that took her to Cabo Verde": the noun right before a relative pronoun, past a time phrase
     * between them, which the parser then leaves the clause off; 0 if the word before is no noun.
     */
    static int antecedentBeforeTime(Deps d, int pronoun) {
        int k = pronoun - 1;
        while (k >= 1 && inTimePhrase(d, k)) k--;
        return k >= 1 && k < pronoun - 1 && d.isNoun(k) && !inTimePhrase(d, k) ? k : 0;
    }

    /** Whether a token is a bare time phrase's noun ("last month", "this week": obl:tmod) or a word under it. */
    static boolean inTimePhrase(Deps d, int k) {
        for (int cur = k, steps = 0; cur > 0 && steps < 2; cur = d.head(cur), steps++) {
            if (d.rel(cur).endsWith(":tmod")) return true;
        }
        return false;
    }

    /**
     * Whether a nominal names a person: its head is tagged PERSON, or a name hangs on it as a compound, flat name or
     * apposition ("President Gao Jianping", "the Moroccan prime minister, Youssef El Idrissi,").
     */
    static boolean namesPerson(Deps d, int k) {
        if (k == 0) return false;
        if (d.tok(k).ner().equals("PERSON")) return true;
        for (int c : d.children(k)) {
            String r = d.rel(c);
            if ((r.equals("appos") || r.equals("compound") || r.equals("flat")) && d.tok(c).ner().equals("PERSON")) return true;
            // "received Prime Minister of Georgia Davit Kandelaki": the parser hangs the name on the title by its "of"
            if (r.equals("nmod") && d.caseOf(c).equals("of") && d.tok(c).ner().equals("PERSON")
                    && Titles.isTitle(d.lemma(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the verb an open complement completes ("X is expected to be hosted"): up the xcomp chain. */
    static int controller(Deps d, int verb) {
        int cur = verb;
        for (int guard = 0; cur > 0 && guard < 3 && d.rel(cur).equals("xcomp"); guard++) {
            cur = d.head(cur);
            int subj = d.child(cur, "nsubj", "nsubj:pass");
            if (subj != 0) return subj;
        }
        return 0;
    }

    /** The condition a rule file writes as {@code text}, or an explanation of what is wrong with it. */
    static Condition parse(String text, StringBuilder problem) {
        String[] parts = text.strip().split("\\s+", 2);
        Entry e = TESTS.get(parts[0]);
        if (e == null) {
            problem.append("unknown condition '").append(parts[0]).append("' (known: ").append(String.join(", ", TESTS.keySet())).append(')');
            return null;
        }
        String arg = parts.length > 1 ? parts[1].strip() : null;
        if (e.takesArg() && arg == null) {
            problem.append("condition '").append(parts[0]).append("' needs an argument, e.g. '").append(parts[0]).append(" word'");
            return null;
        }
        if (!e.takesArg() && arg != null) {
            problem.append("condition '").append(parts[0]).append("' takes no argument, found '").append(arg).append('\'');
            return null;
        }
        return new Condition(parts[0], arg, e.test(), e.pre());
    }

    /** Every condition with its purpose, for documentation and --explain. */
    static Map<String, String> purposes() {
        Map<String, String> out = new TreeMap<>();
        TESTS.forEach((k, v) -> out.put(k, v.purpose()));
        return out;
    }
}
