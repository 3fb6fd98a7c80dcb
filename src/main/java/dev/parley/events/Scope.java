package dev.parley.events;

import java.util.ArrayList;
import java.util.List;

/** The tokens that carry an event: its anchors (trigger, light verb, verbs above it) and the subtrees that belong to it. */
final class Scope {
    private Scope() {
    }

    /**
     * The tokens that carry the event: the trigger; its verb when the trigger is that verb's direct object or
     * oblique ("held talks", "arrived for a visit"); verbs above it through xcomp ("expected to visit"); a light
     * relative clause ("negotiations he had with X"); and subjectless participles on the trigger ("visit beginning").
     */
    static List<Integer> anchors(Deps d, int trig, int verb) {
        List<Integer> a = new ArrayList<>();
        a.add(trig);
        String tr = d.rel(trig);
        String cs = d.caseOf(trig);
        boolean temporal = cs.equals("before") || cs.equals("after") || cs.equals("ahead") || cs.equals("since")
                || cs.equals("following") || cs.equals("until") || cs.equals("prior");
        boolean objOrObl = !temporal && (tr.equals("obj") || tr.equals("iobj") || tr.startsWith("obl") || tr.equals("nsubj:pass")
                // ("the call ... did not take place", "never happened": an event that did not come about is told by its
                // own words, a plan called off, not dated or denied by this verb)
                || tr.equals("nsubj") && Lexicon.ASPECTUAL.contains(d.lemma(d.head(trig))) && !d.negated(d.head(trig)));
        boolean direct = verb == trig || verb != 0 && (d.head(trig) == verb && objOrObl
                || d.head(d.head(trig)) == verb && Lexicon.QUANTITY.contains(d.lemma(d.head(trig))) && d.caseOf(trig).equals("of"));
        if (verb != 0 && direct && verb != trig) a.add(verb);
        int cur = direct ? verb : 0;
        for (int guard = 0; cur > 0 && guard < 4; guard++) {
            String r = d.rel(cur);
            if (!r.equals("xcomp")) break;
            cur = d.head(cur);
            if (cur > 0 && !a.contains(cur)) a.add(cur);
        }
        // "the summit is scheduled to begin with a dinner on Wednesday", "the visit was due to start on Monday": an
        // aspectual verb under the verb the event is the subject of locates the event in time
        if (tr.startsWith("nsubj")) {
            for (int c : d.children(d.head(trig))) {
                if (d.rel(c).equals("xcomp") && Lexicon.ASPECTUAL.contains(d.lemma(c)) && !a.contains(c)) a.add(c);
            }
        }
        // "The visit, initially scheduled from 8 to 10 October, had been postponed": a participle of planning taken
        // for the verb the event is the subject of, with no auxiliary, is the reduced relative the parser missed
        if (tr.equals("nsubj") && verb == d.head(trig) && verb != trig && d.tok(verb).pos().equals("VBN")
                && Lexicon.PLAN_PARTICIPLES.contains(d.lemma(verb)) && d.child(verb, "aux", "aux:pass") == 0 && !a.contains(verb)) {
            a.add(verb);
        }
        // "arrived on Monday and met the same evening with X": the day of the first verb is the meeting's
        int v0 = verb != 0 ? verb : trig;
        if (d.rel(v0).equals("conj") && d.isVerb(d.head(v0))) {
            for (int c : d.children(v0)) {
                if (Lexicon.SAME_TIME.contains(d.lemma(c)) && d.children(c).stream().anyMatch(g -> d.lemma(g).equals("same"))) {
                    a.add(d.head(v0));
                }
            }
        }
        for (int c : d.children(trig)) {
            String r = d.rel(c);
            if (r.equals("acl:relcl") && Lexicon.LIGHT.contains(d.lemma(c))) a.add(c);
            // "the summit, which opens on Tuesday", "the meeting in St John's, which ended on Friday": a relative clause
            // whose verb locates the event in time
            if (aspectualRelative(d, trig, c)) a.add(c);
            if (r.equals("acl") && d.child(c, "nsubj", "nsubj:pass") == 0) a.add(c);
        }
        return a;
    }

    /**
     * Whether c is a relative clause on the trigger whose subject is the relative pronoun and whose verb is ASPECTUAL
     * ("which opens on Tuesday") or a plan's ("which had been set for Wednesday", "that was scheduled for May").
     */
    static boolean aspectualRelative(Deps d, int trig, int c) {
        if (d.head(c) != trig || !d.rel(c).equals("acl:relcl")) return false;
        if (!Lexicon.ASPECTUAL.contains(d.lemma(c)) && !(d.child(c, "nsubj:pass") != 0 && Lexicon.PLAN_PARTICIPLES.contains(d.lemma(c)))) {
            return false;
        }
        int subj = d.child(c, "nsubj", "nsubj:pass");
        if (subj == 0) return false;
        String w = d.word(subj).toLowerCase(java.util.Locale.ROOT);
        return w.equals("which") || w.equals("that");
    }

    static boolean hasDateChild(Deps d, int v) {
        for (int c : d.children(v)) if (d.inDate(c)) return true;
        return false;
    }

    /** Whether i opens a clause of its own: a clausal relation, or a verb with its own subject. */
    static boolean ownClause(Deps d, int i) {
        if (Deps.CLAUSE_BOUNDARY.contains(d.rel(i))) return true;
        return d.isVerb(i) && d.child(i, "nsubj", "nsubj:pass") != 0 && !d.rel(i).equals("root");
    }

    static void subtree(Deps d, int i, List<Integer> out, boolean root) {
        if (!root && ownClause(d, i)) return;
        // "held talks with Lammy ... and on Sunday was received by Starmer": a conjoined verb is another event
        if (!root && d.rel(i).equals("conj") && d.isVerb(i)) return;
        if (!root && Lexicon.TEMPORAL_CASES.contains(d.caseOf(i)) && d.isNoun(i)) return;
        // another event's phrase ("a meeting on Monday, a day before Trump's summit with Kim") is its own
        if (!root && d.triggers.contains(i) && d.isNoun(i) && !Lexicon.QUANTITY.contains(d.lemma(d.head(i)))) return;
        if (!out.contains(i)) out.add(i);
        for (int c : d.children(i)) subtree(d, c, out, false);
    }

    /** Tokens that belong to the event: the subtrees of its anchors, and the subject a conjoined verb shares. */
    static List<Integer> scope(Deps d, int trig, int verb) {
        List<Integer> scope = new ArrayList<>();
        List<Integer> anchors = anchors(d, trig, verb);
        for (int a : anchors) subtree(d, a, scope, true);
        int top = anchors.get(anchors.size() - 1);
        for (int a : anchors) if (d.isVerb(a) && d.dominates(a, trig)) top = a;
        // "Lavrov accepted ... and is slated to visit": the subject of the first conjunct
        if (d.rel(top).equals("conj") && d.child(top, "nsubj", "nsubj:pass") == 0) {
            int subj = d.child(d.head(top), "nsubj", "nsubj:pass");
            if (subj != 0) subtree(d, subj, scope, true);
        }
        // "X is expected to visit Beijing to attend a summit": the purpose clause shares the traveller
        if ((d.rel(top).equals("advcl") || d.rel(top).equals("xcomp")) && d.child(top, "nsubj", "nsubj:pass") == 0
                && d.child(top, "mark") != 0 && d.word(d.child(top, "mark")).equals("to")) {
            int up = d.head(top);
            int subj = d.child(up, "nsubj", "nsubj:pass");
            if (subj == 0 && d.rel(up).equals("xcomp")) subj = d.child(d.head(up), "nsubj", "nsubj:pass");
            if (subj != 0) subtree(d, subj, scope, true);
        }
        // "Han Zheng, who met Blinken", "X, who is on an official visit": the antecedent of a relative clause is its
        // subject.
        for (int a : anchors) {
            if (!d.isVerb(a) && d.child(a, "cop") == 0) continue;
            int subj = d.child(a, "nsubj", "nsubj:pass"); // ("X, who was received by Y")
            if (subj == 0 || !d.tok(subj).pos().startsWith("W")) continue;
            scope.add(-subj); // marker: resolve the antecedent to the nearest person on the left
        }
        return scope;
    }

    /**
     * "The Presidency denied on Tuesday reports in several online media that President X would meet President Y":
     * the event's clause opens with "that" after a noun of HEARSAY_NOUNS, itself within a few words of a verb of
     * DENY_VERBS before it. Read from the words, as the parser often loses "reports" for a verb.
     */
    static boolean deniedHearsay(Deps d, int trig) {
        int clause = d.isVerb(trig) ? trig : d.governingVerb(trig);
        if (clause == 0) return false;
        int that = 0;
        for (int c : d.children(clause)) if (d.rel(c).equals("mark") && d.lemma(c).equals("that")) that = c;
        if (that == 0) return false;
        for (int k = that - 1; k >= Math.max(1, that - 8); k--) {
            if (!Lexicon.HEARSAY_NOUNS.contains(d.lemma(k).toLowerCase(java.util.Locale.ROOT))) continue;
            for (int j = k - 1; j >= Math.max(1, k - 4); j--) {
                if (Lexicon.DENY_VERBS.contains(d.lemma(j))) return true;
            }
        }
        return false;
    }

    /**
     * Whether the text denies the event: a word of NEGATION on the trigger or on a verb that carries it ("did not
     * meet", "will not be received", "there was no meeting"), or "no" on the noun a trigger completes ("has no
     * plans to travel"). A negation on another verb of which the event is the subject ("the call did not resolve
     * the dispute") does not deny it.
     */
    static boolean negated(Deps d, int trig, List<Integer> anchors) {
        // "ruled out a trip", "denied that a visit was planned": a verb of denial above the trigger
        int up = d.head(trig);
        for (int steps = 0; up > 0 && steps < 3; steps++, up = d.head(up)) {
            if (!d.isVerb(up)) continue;
            String l = d.lemma(up);
            int prt = d.child(up, "compound:prt");
            if (Lexicon.DENY_VERBS.contains(l) || l.equals("rule") && prt != 0 && d.word(prt).equals("out")) return true;
            break;
        }
        if (deniedHearsay(d, trig)) return true;
        // "was not received by Y during his visit to Baku": a negation on the clause that the visit only times says
        // nothing of the visit itself
        String rt = d.rel(trig);
        String kase = d.caseOf(trig);
        boolean timesTheClause = !d.isVerb(trig) && (rt.startsWith("obl") || rt.startsWith("nmod"))
                && (kase.equals("during") || kase.equals("throughout") || Lexicon.TEMPORAL_CASES.contains(kase));
        for (int a : timesTheClause ? List.of(trig) : anchors) {
            // "X's visit to Kigali was not hosted by President Y, who was abroad": Y's absence, not the visit's
            if (a != trig && d.rel(trig).equals("nsubj:pass") && d.children(a).stream()
                    .anyMatch(c -> d.rel(c).startsWith("obl") && d.caseOf(c).equals("by") && personLike(d, c))) {
                continue;
            }
            // "The summit in Accra, which ended on 10 December, will not be remembered for its communiqué", "the visit did
            // not change Nairobi's position": what is denied of an event that is the subject is only its predicate,
            // unless that predicate is the event's taking place ("did not take place", "will not go ahead")
            if (a != trig && d.isVerb(a) && d.rel(trig).startsWith("nsubj") && d.head(trig) == a && !happens(d, a)) continue;
            for (int c : d.children(a)) {
                String r = d.rel(c);
                if ((r.equals("advmod") || r.equals("det") || r.equals("neg")) && Lexicon.NEGATION.contains(d.word(c))
                        && !contrasted(d, a, c)) {
                    return true;
                }
            }
        }
        int top = anchors.get(anchors.size() - 1);
        for (int k : new int[] {trig, top}) {
            String r = d.rel(k);
            if (!(r.equals("acl") || r.equals("xcomp"))) continue;
            int h = d.head(k);
            if (!d.isNoun(h)) continue;
            for (int c : d.children(h)) if (d.rel(c).equals("det") && Lexicon.NEGATION.contains(d.word(c))) return true;
        }
        return false;
    }

    /**
     * "was not organised by the government but by a private foundation", "was not planned, officials admitted, but lasted
     * two hours": a "not ... but" contrast on the verb corrects what is said of the event, it does not deny it.
     */
    private static boolean contrasted(Deps d, int verb, int negation) {
        for (int c : d.children(verb)) {
            if (c > negation && d.word(c).equalsIgnoreCase("but") && (d.rel(c).equals("cc") || d.rel(c).equals("dep"))) return true;
            if (c <= negation || !(d.rel(c).equals("conj") || d.rel(c).startsWith("obl"))) continue;
            for (int g : d.children(c)) if (d.rel(g).equals("cc") && d.word(g).equalsIgnoreCase("but")) return true;
        }
        return false;
    }

    /**
     * Whether a verb with the event for subject tells whether it takes place: one of ASPECTUAL ("take place", "happen",
     * "begin"), "go ahead", "materialise", or a passive of holding or planning it ("was not held", "was not organised by
     * the government", "has not been scheduled"); not one that says something else of it ("will not be remembered for
     * its communiqué", "was not made public until Thursday").
     */
    private static boolean happens(Deps d, int v) {
        String l = d.lemma(v).toLowerCase(java.util.Locale.ROOT);
        if (Lexicon.ASPECTUAL.contains(l) || l.equals("go") || l.startsWith("materiali")) return true;
        boolean passive = d.child(v, "aux:pass") != 0 || d.child(v, "nsubj:pass") != 0;
        return passive && (Lexicon.HOLD_VERBS.contains(l) || Lexicon.PLAN_PARTICIPLES.contains(l) || Lexicon.FUTURE_GOVERNORS.contains(l));
    }

    /**
     * Whether the event is only remembered: within three steps up the parse from the trigger (through nouns and the
     * verb that governs them) a word of COMMEMORATION ("the 50th anniversary of her visit", "commemorated the
     * founding summit").
     */
    static boolean commemorated(Deps d, int trig) {
        int cur = trig;
        for (int steps = 0; cur > 0 && steps < 3; steps++) {
            cur = d.head(cur);
            if (cur == 0) break;
            if (Lexicon.COMMEMORATION.contains(d.lemma(cur))) return true;
            if (d.isVerb(cur) && !Lexicon.COMMEMORATION.contains(d.lemma(cur))) break;
        }
        return false;
    }

    /**
     * Whether a summit itself is denied ("no summit will be held", "the summit will not take place"): a negation
     * on the summit or on a verb that carries it, unless that verb has a person for subject ("X will not attend the
     * summit" denies X's attendance, not the summit).
     */
    /** A person, a pronoun, or an office holder named by title ("the Mexican president"). */
    private static boolean personLike(Deps d, int k) {
        return d.tok(k).ner().equals("PERSON") || d.tok(k).pos().startsWith("PRP") || Conditions.namesPerson(d, k)
                || Lexicon.OFFICE_WORDS.contains(d.lemma(k));
    }

    static boolean summitDenied(Deps d, int trig, List<Integer> anchors) {
        for (int a : anchors) {
            if (a == trig) continue;
            // "X will not attend the summit", "X was not welcomed at the summit", "the summit was not attended by the
            // Argentine president": a person's absence, not the summit's
            int subj = d.child(a, "nsubj", "nsubj:pass");
            if (subj != 0 && subj != trig && personLike(d, subj)) return false;
            for (int c : d.children(a)) {
                if (d.rel(c).startsWith("obl") && d.caseOf(c).equals("by") && personLike(d, c)) return false;
            }
        }
        return negated(d, trig, anchors);
    }
}
