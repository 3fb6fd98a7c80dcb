package dev.parley.events;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.Durations;
import dev.parley.time.Tense;
import java.time.LocalDate;
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
    /**
     * Tokens the resolver found to be people, by name or by a title that refers to one ("received the president");
     * when deciding which sentences to parse, every name or title word.
     */
    java.util.Set<Integer> people = java.util.Set.of();
    /** The people (local ids) of the last meeting or call of two or more named before this sentence, for "their call". */
    List<Integer> lastPair = List.of();
    /** The one person (local id) the article has on a trip at the time, for a visit that names no visitor; -1 if none. */
    int traveller = -1;
    /**
     * The one person (local id) the article has on dated trips, not invited, to one country, for a visit that names no
     * place; -1 if none.
     */
    int datedTraveller = -1;
    /** The country of {@link #datedTraveller}'s trips; null if none. */
    String travellersCountry;
    /** Set by the detector when a visit with a destination was dropped for want of a visitor. */
    boolean droppedForNoVisitor;
    private final List<List<Integer>> children = new ArrayList<>();
    /** The sentence's text, and the date parley's date resolver anchors on (publication, else a fixed day). */
    private final String text;
    private final LocalDate anchor;
    /** Per token (1-based), from parley's own resolver, computed on first use: inside a date expression. */
    private boolean[] inDate;
    /** Per token (1-based): the days of the stated length it is part of ("two-day", "four days"), 0 when none. */
    private int[] lengthDays;

    /** Over the parse alone, for deciding which sentences to parse: no dates ({@link #inDate} is never true). */
    Deps(Sentence s) {
        this.s = s;
        this.text = null;
        this.anchor = null;
        inDate = new boolean[s.tokens().size() + 1];
        lengthDays = new int[s.tokens().size() + 1];
        for (int i = 0; i <= s.tokens().size(); i++) children.add(new ArrayList<>());
        for (Token t : s.tokens()) {
            if (t.head() > 0) children.get(t.head()).add(t.index());
        }
    }

    /**
     * @param text      the article text, which the token offsets index
     * @param published the article's publication date, or null
     */
    Deps(Sentence s, String text, LocalDate published) {
        this.s = s;
        this.text = text.substring(s.begin(), s.end());
        // Only where the dates are matters here, not which days they are; without a publication date a weekday
        // cannot be resolved and would be left out, so any fixed day stands in for it.
        this.anchor = published != null ? published : NO_PUBLICATION_DATE;
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

    /** The day weekdays are resolved against for {@link #inDate} when an article has no publication date. */
    private static final LocalDate NO_PUBLICATION_DATE = LocalDate.of(2000, 1, 3);

    /** Whether token i lies inside a date expression of parley's date resolver ("Monday", "5 May", "next week"). */
    boolean inDate(int i) {
        if (i < 1) return false;
        if (inDate == null) {
            boolean[] marks = new boolean[size() + 1];
            for (DateMention m : DateExpressions.find(text, anchor, Tense.PRESENT)) mark(m.begin(), m.end(), marks, null, 0);
            inDate = marks;
        }
        return inDate[i];
    }

    /** The days of the stated length ("two-day visit", "for four days") token i is part of, or 0. */
    int lengthDays(int i) {
        if (i < 1) return 0;
        if (lengthDays == null) {
            int[] days = new int[size() + 1];
            for (Durations.Duration d : Durations.find(text)) mark(d.begin(), d.end(), null, days, d.days());
            lengthDays = days;
        }
        return lengthDays[i];
    }

    /** Marks the tokens that start within [begin, end) of the sentence text. */
    private void mark(int begin, int end, boolean[] marks, int[] values, int value) {
        int base = s.begin();
        for (Token t : s.tokens()) {
            int b = t.begin() - base;
            if (b < begin || b >= end) continue;
            if (marks != null) marks[t.index()] = true;
            if (values != null) values[t.index()] = value;
        }
    }

    /** Whether a verb is negated: a "not", "n't" or "never" among its adverbial modifiers. */
    boolean negated(int v) {
        for (int c : children(v)) {
            String w = word(c).toLowerCase(java.util.Locale.ROOT);
            if (rel(c).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) return true;
        }
        return false;
    }

    /** The child of i with one of the relations, or 0. */
    int child(int i, String... rels) {
        for (int c : children(i)) {
            for (String r : rels) if (rel(c).equals(r)) return c;
        }
        return 0;
    }

    /**
     * The subject of a verb, or 0: its own; that of the verb it is conjoined to or controlled by ("landed ... and will
     * stay", "is expected to stay") or modified by it ("before departing for Manila"); for a relative clause ("who flew in"), the noun the clause hangs on; and where the
     * parser left a main verb hanging as {@code dep} of a relative clause before it ("Carney, who flew in on Friday,
     * left for Ottawa on Sunday, the ministry said", with Carney parsed as the subject of "said"), that clause's noun.
     */
    int subjectOf(int verb) {
        int told = dueAfterWho(verb);
        if (told != 0) return told;
        int v = verb;
        for (int guard = 0; v != 0 && guard < 6; guard++) {
            int subj = child(v, "nsubj", "nsubj:pass");
            if (subj != 0) {
                boolean relative = tok(subj).pos().startsWith("W");
                if (relative && relativeClause(v)) {
                    // ("received at the palace the Emir, Sheikh X, who is paying a visit": the parser may hang the
                    // clause on a noun before the name; a person right before ", who" is the one it tells of)
                    boolean personBefore = subj > 2 && word(subj - 1).equals(",") && people.contains(subj - 2);
                    return personBefore && !people.contains(head(v)) ? subj - 2 : head(v);
                }
                return relative ? 0 : subj;
            }
            if (rel(v).equals("dep") && relativeClause(head(v))) return head(head(v));
            // ("is scheduled to meet business leaders tomorrow morning before departing for Manila": a clause with no
            // subject of its own, -ing or to-, has the subject of the clause it modifies)
            // (the parser also makes "before departing" an obl with case "before")
            boolean nonFinite = (rel(v).equals("advcl") || rel(v).startsWith("obl") && tok(v).pos().equals("VBG"))
                    && (tok(v).pos().equals("VBG") || tok(v).pos().equals("VB"));
            // ("He was due to fly home later on Thursday": the parser may leave a to-infinitive under "due" a bare dep)
            int mark = child(v, "mark");
            boolean toInfinitive = rel(v).equals("dep") && tok(v).pos().equals("VB") && mark != 0 && word(mark).equalsIgnoreCase("to");
            if (!rel(v).equals("xcomp") && !rel(v).equals("conj") && !nonFinite && !toInfinitive) return 0;
            v = head(v);
        }
        return 0;
    }

    /**
     * "Kenyan President Daniel Mwangi, who was due to visit Germany this week, has postponed his trip": the parser
     * loses the relative clause around "due to" (it made "who" the object of "postponed"), so read it off the surface:
     * a verb right after "who was (is, were, are) due to", with a person right before ", who", is that person's; else 0.
     */
    int dueAfterWho(int verb) {
        if (verb < 6 || !tok(verb).pos().startsWith("VB")) return 0;
        if (!word(verb - 1).equalsIgnoreCase("to") || !word(verb - 2).equalsIgnoreCase("due")) return 0;
        String be = word(verb - 3).toLowerCase(java.util.Locale.ROOT);
        if (!(be.equals("was") || be.equals("is") || be.equals("were") || be.equals("are"))) return 0;
        if (!word(verb - 4).equalsIgnoreCase("who") || !word(verb - 5).equals(",")) return 0;
        return people.contains(verb - 6) ? verb - 6 : 0;
    }

    /**
     * "The state visit that Mauritanian President X was to begin in Dakar tomorrow", "the trip which X had planned":
     * a trip noun followed by "that" or "which" and a person (after title words) who is the subject of the relative
     * clause, right before its auxiliary or verb; read off the surface, as the parser often loses that clause. The
     * person's last token, else 0.
     */
    int subjectOfRelativeAfter(int noun) {
        if (noun + 2 > size()) return 0;
        String rel = word(noun + 1).toLowerCase(java.util.Locale.ROOT);
        if (!rel.equals("that") && !rel.equals("which")) return 0;
        for (int k = noun + 2; k <= Math.min(size() - 1, noun + 9); k++) {
            if (people.contains(k)) {
                if (people.contains(k + 1)) continue;
                return tok(k + 1).pos().startsWith("VB") || tok(k + 1).pos().equals("MD") ? k : 0;
            }
            String p = tok(k).pos();
            if (!(p.startsWith("NNP") || p.startsWith("JJ") || p.equals("NN") || p.equals("POS") || p.equals("DT"))) return 0;
        }
        return 0;
    }

    /** A relative clause, also as the parser sometimes hangs it ("Macron, who had spoken to Putin," as {@code dep}). */
    private boolean relativeClause(int v) {
        if (rel(v).equals("acl:relcl")) return true;
        int subj = child(v, "nsubj", "nsubj:pass");
        return rel(v).equals("dep") && subj != 0 && tok(subj).pos().startsWith("W") && head(v) != 0 && isNoun(head(v));
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
