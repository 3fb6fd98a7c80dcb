package dev.parley.events;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Dependency-tree helpers over one parsed sentence (1-based token indices). */
final class Deps {
    /** Relations that open a new clause: a person or date below one belongs to that clause, not to the event. */
    static final Set<String> CLAUSE_BOUNDARY = Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "list",
            "advcl:relcl");

    private final Sentence s;
    /** Tokens of this sentence that trigger an event; set by the detector. */
    java.util.Set<Integer> triggers = java.util.Set.of();
    /** Tokens the resolver found to be places, tagged LOCATION or not ("will visit Kyiv" with Kyiv untagged). */
    java.util.Set<Integer> places = java.util.Set.of();
    /** The people (local ids) of the last meeting or call of two or more named before this sentence, for "their call". */
    List<Integer> lastPair = List.of();
    private final List<List<Integer>> children = new ArrayList<>();

    Deps(Sentence s) {
        this.s = s;
        for (int i = 0; i <= s.tokens().size(); i++) children.add(new ArrayList<>());
        for (Token t : s.tokens()) {
            if (t.head() > 0) children.get(t.head()).add(t.index());
        }
    }

    Sentence sentence() {
        return s;
    }

    Token tok(int i) {
        return s.token(i);
    }

    int size() {
        return s.tokens().size();
    }

    List<Integer> children(int i) {
        if (i < 0) return List.of();
        return children.get(i);
    }

    int head(int i) {
        if (i < 1) return 0;
        return Math.max(0, s.token(i).head());
    }

    String rel(int i) {
        if (i < 1) return "";
        return s.token(i).rel();
    }

    String lemma(int i) {
        if (i < 1) return "";
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        if (i < 1) return "";
        return s.token(i).word().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        if (i < 1) return false;
        return s.token(i).pos().startsWith("VB");
    }

    boolean isNoun(int i) {
        if (i < 1) return false;
        return s.token(i).pos().startsWith("NN");
    }

    /** The child of i with one of the relations, or 0. */
    int child(int i, String... rels) {
        for (int c : children(i)) {
            for (String r : rels) if (rel(c).equals(r)) return c;
        }
        return 0;
    }

    /** The case marker ("to", "in", "with", "by") of a nominal, or "". */
    String caseOf(int i) {
        // "travel on to Namibia": the marker next to the noun counts
        String found = "";
        for (int c : children(i)) {
            if (rel(c).equals("case") && c < i) found = lemma(c);
        }
        if (found.isEmpty()) for (int c : children(i)) if (rel(c).equals("case")) return lemma(c);
        return found;
    }

    /** Tokens of the subtree of i, not descending into new clauses. */
    List<Integer> clauseSubtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, true);
        return out;
    }

    private void collect(int i, List<Integer> out, boolean root) {
        if (!root && CLAUSE_BOUNDARY.contains(rel(i))) return;
        out.add(i);
        for (int c : children(i)) collect(c, out, false);
    }

    /** Whether {@code anc} is an ancestor of (or equal to) {@code i}. */
    boolean dominates(int anc, int i) {
        int cur = i;
        for (int guard = 0; cur > 0 && guard < 200; guard++) {
            if (cur == anc) return true;
            cur = head(cur);
        }
        return false;
    }

    /** Number of edges from i up to anc, or -1 when anc does not dominate i. */
    int distanceUp(int i, int anc) {
        int cur = i;
        for (int d = 0; cur > 0 && d < 200; d++) {
            if (cur == anc) return d;
            cur = head(cur);
        }
        return -1;
    }

    /** The verb that governs a token: itself if a verb, else the nearest verb ancestor in the same clause, or 0. */
    int governingVerb(int i) {
        int cur = i;
        for (int guard = 0; cur > 0 && guard < 50; guard++) {
            if (isVerb(cur)) return cur;
            if (CLAUSE_BOUNDARY.contains(rel(cur))) return 0;
            cur = head(cur);
        }
        return 0;
    }
}
