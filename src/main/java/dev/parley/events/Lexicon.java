package dev.parley.events;

import java.util.List;
import java.util.Set;

/**
 * The word lists of lexicon.yaml that the detector's code reads by name (lemmas, lower case). The lists are
 * data: edit src/main/resources/dev/parley/rules/lexicon.yaml, not this class.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** From lexicon.yaml alone: the merger reads these lists without the trigger rules ({@link RuleFiles#standardLists}). */
    private static Set<String> list(String name) {
        Set<String> s = RuleFiles.standardLists().get(name);
        if (s == null) throw new IllegalStateException("lexicon.yaml defines no list " + name);
        return s;
    }

    /**
     * Whether token i is a word of the list: its lemma, or, for a phrasal entry of the list ("call off", "wrap up"),
     * its lemma with its particle ("called off the summit", "wrapped the visit up"). A phrasal entry's verb alone
     * ("called the minister") is not a word of the list.
     */
    static boolean has(Set<String> list, Deps d, int i) {
        String lemma = d.lemma(i);
        if (list.contains(lemma)) return true;
        int prt = d.child(i, "compound:prt");
        if (prt != 0 && list.contains(lemma + " " + d.word(prt))) return true;
        // ("Mori calls off Brazil trip": the particle right after the verb parsed as the case of its object)
        int next = i + 1;
        return d.isVerb(i) && next <= d.size() && d.rel(next).equals("case") && d.head(next) != 0 && d.head(d.head(next)) == i
                && list.contains(lemma + " " + d.word(next).toLowerCase(java.util.Locale.ROOT));
    }

    static final Set<String> VISIT_NOUNS = list("VISIT_NOUNS");
    static final Set<String> DEFINITE = list("DEFINITE");
    static final Set<String> NON_STATE_GROUPS = list("NON_STATE_GROUPS");
    static final Set<String> PLAN_PARTICIPLES = list("PLAN_PARTICIPLES");
    static final Set<String> HOLD_VERBS = list("HOLD_VERBS");
    static final Set<String> TRAVEL_VERBS = list("TRAVEL_VERBS");
    static final Set<String> VISIT_VERBS = list("VISIT_VERBS");
    static final Set<String> DEPART = list("DEPART_VERBS");
    static final Set<String> ARRIVE_VERBS = list("ARRIVE_VERBS");
    static final Set<String> MEETING_NOUNS = list("MEETING_NOUNS");
    static final Set<String> CALL_WORDS = list("CALL_WORDS");
    static final Set<String> REPORTING = list("REPORTING");
    static final Set<String> FUTURE_GOVERNORS = list("FUTURE_GOVERNORS");
    static final Set<String> CANCEL = list("CANCEL");
    static final Set<String> PROPOSE = list("PROPOSE");
    static final Set<String> MODAL_PROPOSE = list("MODAL_PROPOSE");
    static final Set<String> FUTURE_ADJ = list("FUTURE_ADJ");
    static final Set<String> PAST_ADJ = list("PAST_ADJ");
    static final Set<String> BACKGROUND = list("BACKGROUND");
    static final Set<String> ABSENT = list("ABSENT");
    static final Set<String> PERSON_PRONOUNS = list("PERSON_PRONOUNS");
    static final Set<String> SCHEDULE_VERBS = list("SCHEDULE_VERBS");
    static final Set<String> ASPECTUAL = list("ASPECTUAL");
    static final Set<String> SAME_TIME = list("SAME_TIME");
    static final Set<String> QUANTITY = list("QUANTITY");
    static final Set<String> LIGHT = list("LIGHT_VERBS");
    static final Set<String> TEMPORAL_CASES = list("TEMPORAL_CASES");
    static final Set<String> GROUP_MEMBERS = list("GROUP_MEMBERS");
    static final Set<String> SEGMENT_BREAK = list("SEGMENT_BREAK");
    static final Set<String> NEGATION = list("NEGATION");
    static final Set<String> OFFICE_WORDS = list("OFFICE_WORDS");
    static final Set<String> RECEIVE_VERBS = list("RECEIVE_VERBS");
    static final Set<String> CHAIR_VERBS = list("CHAIR_VERBS");
    static final Set<String> BLOC_NOUNS = list("BLOC_NOUNS");
    static final Set<String> MEET_VERBS = list("MEET_VERBS");
    static final Set<String> PLAN_NOUNS = list("PLAN_NOUNS");
    static final Set<String> JOINT = list("JOINT");
    static final Set<String> GROUP_NOUNS = list("GROUP_NOUNS");
    static final Set<String> DENY_VERBS = list("DENY_VERBS");
    static final Set<String> REGION_WORDS = list("REGION_WORDS");
    static final Set<String> GROUP_REGIONS = list("GROUP_REGIONS");
    static final Set<String> MEMBER_CASES = list("MEMBER_CASES");
    static final Set<String> STATE_NOUNS = list("STATE_NOUNS");
    static final Set<String> STATE_BODIES = list("STATE_BODIES");
    static final Set<String> AFTER_CASES = list("AFTER_CASES");
    static final Set<String> PLURAL_PRONOUNS = list("PLURAL_PRONOUNS");
    static final Set<String> PAIR_NOUNS = list("PAIR_NOUNS");
    static final Set<String> RESCHEDULE_VERBS = list("RESCHEDULE_VERBS");
    static final Set<String> RESCHEDULE_EARLIER = list("RESCHEDULE_EARLIER");
    static final List<String> DAY_ORDINALS = List.copyOf(list("DAY_ORDINALS"));
    static final Set<String> LAST_DAY = list("LAST_DAY");
    static final Set<String> STAY_VERBS = list("STAY_VERBS");
    static final Set<String> ORGANISATION_SEATS = list("ORGANISATION_SEATS");
    static final Set<String> COMMEMORATION = list("COMMEMORATION");
    static final Set<String> INVITATION_NOUNS = list("INVITATION_NOUNS");
    static final Set<String> ACCEPT_VERBS = list("ACCEPT_VERBS");
    static final Set<String> TIME_NOUNS = list("TIME_NOUNS");
    static final Set<String> END_VERBS = list("END_VERBS");
    static final Set<String> END_NOUNS = list("END_NOUNS");
    static final Set<String> OPEN_MARKS = list("OPEN_MARKS");
    static final Set<String> HEARSAY_NOUNS = list("HEARSAY_NOUNS");
    static final Set<String> AT_THE_END_CASES = list("AT_THE_END_CASES");
    static final Set<String> SERIES_ADJ = list("SERIES_ADJ");
    static final Set<String> BEGIN_VERBS = list("BEGIN_VERBS");
    static final Set<String> SEQUENCE = list("SEQUENCE");
    static final Set<String> OCCASION_CASES = list("OCCASION_CASES");
    static final Set<String> HOMEWARD = list("HOMEWARD");
    static final Set<String> GUEST_NOUNS = list("GUEST_NOUNS");
}
