package dev.parley.events;

import dev.parley.time.EventDate;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The status one sentence gives an event: cancelled, proposed, or from tense and date, planned, ongoing, occurred. */
final class StatusRules {
    private StatusRules() {
    }

    static Status status(Deps d, int trig, int verb, List<Integer> scope, Tense tense, EventDate date,
                                 LocalDate published) {
        int v = verb != 0 ? verb : trig;
        List<Integer> near = new ArrayList<>();
        near.add(trig);
        addSameClause(d, trig, near);
        // "the cancellation of X's visit", "the postponement of the summit": the noun the event is "of"
        if (d.head(trig) != 0 && d.isNoun(d.head(trig)) && d.rel(trig).startsWith("nmod") && d.caseOf(trig).equals("of")) {
            near.add(d.head(trig));
        }
        if (v != trig) {
            near.add(v);
            addSameClause(d, v, near);
            if (d.head(v) != 0 && !Scope.ownClause(d, v)) {
                near.add(d.head(v));
                addSameClause(d, d.head(v), near);
            }
        }
        if (d.rel(v).startsWith("csubj") && d.head(v) != 0) {
            // "a summit ... planned for 14 June has been cancelled" (parsed with "planned" as the subject clause): what
            // is said of the plan is said of the event
            near.add(d.head(v));
        }
        else if (d.rel(v).equals("xcomp") && d.head(v) != 0) {
            // "extended an invitation to X to visit Accra", "hopes to visit": the verb that controls the trigger
            // and what it takes say whether the visit is more than proposed
            near.add(d.head(v));
            addSameClause(d, d.head(v), near);
        }
        if (d.head(trig) == 0 && d.isNoun(trig)) {
            // "The official visit to X, which was to have begun on Tuesday, has been postponed": a parse that makes
            // the event noun the root has lost the sentence's verb under it, attached by an unknown relation
            for (int k = 1; k <= d.size(); k++) {
                if (k != trig && d.rel(k).equals("dep") && d.isVerb(k) && underOwnRelative(d, trig, k)) near.add(k);
            }
        }
        // ("the visit to Dakar "postponed, not cancelled"": a headline's participle the parser set beside the event)
        if (d.head(trig) != 0 && d.isNoun(trig)) {
            for (int sib : d.children(d.head(trig))) {
                if (sib > trig && d.rel(sib).equals("dep") && d.tok(sib).pos().equals("VBN") && !near.contains(sib)) near.add(sib);
            }
        }
        if (planOfTheCanceller(d, v)) return Status.CANCELLED;
        if (wasToHave(d, trig) || v != trig && wasToHave(d, v)) return Status.CANCELLED;
        if (willNotHappen(d, trig)) return Status.CANCELLED;
        boolean accepted = false;
        for (int k : near) if (d.lemma(k).equals("accept")) accepted = true;
        for (int k : near) {
            // "call off", "rule out", "put off": a phrasal entry needs its particle
            if (Lexicon.has(Lexicon.CANCEL, d, k)) {
                if (k == trig) continue;
                // "begins a delayed state visit": a plan once put off, now going ahead, is not called off
                if (d.rel(k).equals("amod") && d.head(k) == trig && Lexicon.RESCHEDULE_VERBS.contains(d.word(k).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                // "arrived ... for a three-day state visit, rescheduled after the original trip was postponed": an
                // event said to be rescheduled is the one at its new dates
                boolean modifier = d.rel(k).equals("acl") || d.rel(k).equals("dep") || d.rel(k).equals("advcl");
                if (modifier && d.lemma(k).equals("reschedule") && d.tok(k).pos().equals("VBN") && (d.head(k) == trig || d.head(k) == v)) {
                    continue;
                }
                return Status.CANCELLED;
            }
        }
        // ("declined to say whether the president would meet her Argentine counterpart": an event in question)
        boolean toldAsPast = d.tok(v).pos().equals("VBD") || d.children(v).stream().anyMatch(c -> d.rel(c).startsWith("aux")
                && (d.lemma(c).equals("have") || d.word(c).equalsIgnoreCase("was") || d.word(c).equalsIgnoreCase("were")));
        if (!accepted && !toldAsPast) {
            for (int c : d.children(v)) {
                if (d.rel(c).equals("mark") && Lexicon.OPEN_MARKS.contains(d.word(c).toLowerCase(java.util.Locale.ROOT))) {
                    return Status.PROPOSED;
                }
            }
        }
        if (!accepted) {
            for (int k : near) {
                String l = d.lemma(k);
                if (k == trig) continue;
                if (Lexicon.PROPOSE.contains(l)) {
                    // "spoke by telephone with X to offer his condolences": what the event was for is below it, no
                    // proposal of it
                    boolean purpose = (d.head(k) == v || d.head(k) == trig) && (d.rel(k).equals("xcomp") || d.rel(k).equals("advcl"));
                    if (purpose && d.isVerb(k)) continue;
                    // ("During a phone call on Monday, X invited Y to visit Kenya": the call is where the invitation
                    // was made, not what it invites to)
                    String tr = d.rel(trig);
                    if (d.isNoun(trig) && d.head(trig) == k && (tr.equals("obl") || tr.startsWith("obl:") || tr.startsWith("nmod"))
                            && SETTING_CASES.contains(d.caseOf(trig).toLowerCase(java.util.Locale.ROOT))) {
                        continue; // (but "invited him for talks", "invited to the summit": what is proposed)
                    }
                    if ((l.equals("would") || l.equals("may") || l.equals("might") || l.equals("could"))
                            && !d.rel(k).startsWith("aux")) {
                        continue;
                    }
                    if (l.equals("would") && tense != Tense.FUTURE) continue; // reported speech, "said he would"
                    // "is visiting the US at the invitation of President Biden", "on the invitation of": the occasion
                    // of an event that goes ahead, not a proposal of it
                    if (d.isNoun(k) && Lexicon.OCCASION_CASES.contains(d.caseOf(k))) continue;
                    return Status.PROPOSED;
                }
            }
        }
        // "X had been due in Phnom Penh on Thursday for a meeting", "the talks had been scheduled for Monday": a plan told
        // in the past perfect is the plan as it stood, not a report that the event took place
        for (int k : List.of(v, d.head(trig))) {
            if (k != 0 && pastPlan(d, k, trig)) return Status.PLANNED;
        }
        // "who was due to head to China" on no day: the plan as it stood, not a trip under way
        if (date == null && Timing.dueMisread(d, v)) return Status.PLANNED;
        if (date != null && published != null) {
            if (date.end().isBefore(published)) return Status.OCCURRED;
            // (a past verb with a day just after the report is a report stamped a time zone behind; weeks after it,
            // the verb is the plan's: "has been chosen as the venue for the meeting between October 11 and 13")
            if (date.start().isAfter(published)) {
                return tense == Tense.PAST && !date.start().isAfter(published.plusDays(Settings.PAST_VERB_AHEAD_DAYS))
                        ? Status.OCCURRED : Status.PLANNED;
            }
        }
        if (tense == Tense.PRESENT && Timing.afterPhrase(d, trig)) {
            // "left North Korea on Friday after a two-day state visit", "returns home after talks": what a clause
            // comes after is over, unless that clause is still to come ("will fly on after the summit")
            int gov = d.governingVerb(trig);
            return gov != 0 && Timing.tense(d, gov, gov) == Tense.FUTURE ? Status.PLANNED : Status.OCCURRED;
        }
        switch (tense) {
            case FUTURE: return Status.PLANNED;
            case PAST: return Status.OCCURRED;
            case PRESENT: return date != null && published != null && !date.start().isAfter(published) ? Status.ONGOING
                    : date == null ? Status.ONGOING : Status.PLANNED;
            default: return Status.OCCURRED;
        }
    }

    /** Prepositions of the occasion a proposal was made at ("during a call", "at the meeting", "in talks"). */
    private static final Set<String> SETTING_CASES = Set.of("during", "at", "in", "on", "over", "after");

    /**
     * "The planned meeting between X and Y in Brussels will not take place", "the visit will not go ahead": an event
     * the subject of a negated verb of its happening (ASPECTUAL, "go ahead") is called off.
     */
    private static boolean willNotHappen(Deps d, int trig) {
        if (!d.isNoun(trig) || !d.rel(trig).equals("nsubj")) return false;
        int v = d.head(trig);
        if (v == 0 || !d.isVerb(v)) return false;
        String l = d.lemma(v).toLowerCase(java.util.Locale.ROOT);
        boolean happening = l.equals("take") && d.children(v).stream().anyMatch(c -> d.lemma(c).equals("place"))
                || l.equals("go") && d.children(v).stream().anyMatch(c -> d.word(c).equalsIgnoreCase("ahead"))
                || l.equals("happen") || l.equals("occur") || l.equals("proceed");
        return happening && d.children(v).stream().anyMatch(c -> (d.rel(c).equals("advmod") || d.rel(c).equals("neg"))
                && Lexicon.NEGATION.contains(d.word(c).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "X, who was due to head to China for talks, has postponed his trip": a plan told in a relative clause on the one
     * who calls off a trip is that trip.
     */
    private static boolean planOfTheCanceller(Deps d, int v) {
        // (or what that plan was for: "for key talks with Xi")
        int clause = v;
        for (int guard = 0; clause != 0 && guard < 3 && !d.rel(clause).equals("acl:relcl"); guard++) {
            if (d.isVerb(clause) && clause != v) return false;
            clause = d.head(clause);
        }
        if (clause == 0 || !d.rel(clause).equals("acl:relcl")) return false;
        int subj = d.head(clause);
        if (subj == 0 || !d.rel(subj).startsWith("nsubj")) return false;
        int cancel = d.head(subj);
        if (cancel == 0 || !Lexicon.has(Lexicon.CANCEL, d, cancel)) return false;
        // (the trip as its object, or nothing: "has postponed" in a headline cut short)
        int obj = d.child(cancel, "obj");
        return obj == 0 || d.triggers.contains(obj) && Lexicon.VISIT_NOUNS.contains(d.lemma(obj));
    }

    /** Whether token k hangs under a relative clause on the trigger itself ("the visit, which ..."). */
    private static boolean underOwnRelative(Deps d, int trig, int k) {
        for (int cur = k, guard = 0; cur != 0 && guard < 20; cur = d.head(cur), guard++) {
            if (d.rel(cur).equals("acl:relcl") && d.head(cur) == trig) return true;
        }
        return false;
    }

    /** Words of a plan told in the past perfect: "had been due", "had been scheduled", "had been supposed to". */
    private static boolean planWord(Deps d, int k) {
        String l = d.lemma(k).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.PLAN_PARTICIPLES.contains(l) || l.equals("due") || l.equals("expect") || l.equals("suppose");
    }

    /**
     * "The visit ... was to have been the first state visit by X to Senegal", "X was to have visited Dakar": "was to
     * have" and a participle tell a plan that did not come about.
     */
    static boolean wasToHave(Deps d, int k) {
        boolean was = false;
        boolean to = false;
        boolean have = false;
        for (int c : d.children(k)) {
            String r = d.rel(c);
            String w = d.word(c).toLowerCase(java.util.Locale.ROOT);
            if ((r.equals("cop") || r.startsWith("aux")) && (w.equals("was") || w.equals("were"))) was = true;
            if (r.equals("mark") && w.equals("to")) to = true;
            if (r.startsWith("aux") && d.lemma(c).equals("have")) have = true;
        }
        return was && to && have;
    }

    /** Whether a predicate is a plan in the past perfect: "had" and "been" on it, and a word of a plan on it or it. */
    static boolean pastPlan(Deps d, int k, int trig) {
        boolean had = false;
        boolean been = false;
        boolean plan = planWord(d, k);
        // the plan gives the event's time or place ("due in Phnom Penh", "scheduled for Monday"), and nothing says it
        // went ahead ("had been planned for months and went ahead on Tuesday", "had been expected to focus on trade")
        boolean when = d.places.contains(k);
        for (int c : d.children(k)) {
            String r = d.rel(c);
            if (r.equals("aux") && d.word(c).equalsIgnoreCase("had")) had = true;
            if ((r.equals("cop") || r.startsWith("aux")) && d.word(c).equalsIgnoreCase("been")) been = true;
            if ((r.equals("case") || r.equals("advmod") || r.equals("amod")) && planWord(d, c)) plan = true;
            if (r.startsWith("obl") && (d.inDate(c) || d.places.contains(c))) when = true;
            if (r.equals("xcomp") && !d.dominates(c, trig)) return false;
            if (r.startsWith("conj") && d.isVerb(c)) return false;
        }
        return had && been && plan && when;
    }

    static void addSameClause(Deps d, int i, List<Integer> out) {
        for (int c : d.children(i)) {
            if (!Scope.ownClause(d, c) && !d.rel(c).equals("conj")) out.add(c);
        }
    }
}
