package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The day a visitor leaves, told after the visit: "He departed on Saturday", "He flew back to Tokyo on Tuesday", "will
 * leave on Wednesday morning for Buenos Aires". A verb of leaving (DEPART_VERBS) or of going back (a verb of travel with
 * a word of HOMEWARD) whose subject is the visitor of the last visit the article told, dated a day after that visit's
 * first day and within {@link #MAX_STAY_DAYS} of it, ends that visit on its day: a mention of the visit that only
 * supports it (provenance {@code departure-ends-visit} and {@link Candidate#LEFT_PLACE}, which the merge reads as the
 * stay's last day). An arrival that names no place ("who flew in on Friday afternoon") is likewise a day of the visit
 * told before ({@link #arrivals}).
 */
final class Departures {
    private Departures() {
    }

    /** The longest stay a departure is read as ending (the merge's own limit). */
    static final int MAX_STAY_DAYS = 14;

    static final String RULE = "departure-ends-visit";

    /** Whether a sentence may tell a departure (so that its parse is made: see {@link EventDetector#parseNeeds()}). */
    static boolean mayTell(Sentence s) {
        for (Token t : s.tokens()) {
            if (!t.pos().startsWith("VB")) continue;
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (Lexicon.DEPART.contains(l) || Lexicon.TRAVEL_VERBS.contains(l) || l.equals("return")
                    || Lexicon.STAY_VERBS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, in a parsed sentence, a person pronoun travels by a verb the rules here may read ({@link #departure},
     * {@link #stayUntil}, {@link #placelessArrival}, whatever the places turn out to be): only then is its referent
     * looked for in the sentences before, so only then are their parses needed ("He left Doha last night" needs the
     * sentences before it; "he said he would go on campaigning" and "his return" do not).
     */
    static boolean pronounTravels(Sentence s) {
        Deps d = new Deps(s);
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k)) continue;
            String l = d.lemma(k);
            if (!Lexicon.DEPART.contains(l) && !Lexicon.TRAVEL_VERBS.contains(l) && !l.equals("return") && !Lexicon.STAY_VERBS.contains(l)) {
                continue;
            }
            int subj = d.subjectOf(k);
            if (subj != 0 && Lexicon.PERSON_PRONOUNS.contains(d.word(subj)) && d.tok(subj).pos().startsWith("PRP")) return true;
        }
        return false;
    }

    /** The verb of leaving or going back in the sentence, or 0. */
    static int departure(Deps d) {
        int onward = 0;
        boolean placeLeft = false;
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k)) continue;
            String l = d.lemma(k);
            // ("left Manila on Saturday" names the place left, which a destination frame reads; "arrived back in
            // Brasília on Saturday" is the day the way home ended, not the day the visit did)
            if (d.children(k).stream().anyMatch(c -> d.rel(c).equals("obj") && d.places.contains(c))) {
                placeLeft = true;
                continue;
            }
            if (l.equals("arrive") || l.equals("land")) continue;
            boolean leaving = Lexicon.DEPART.contains(l) && !l.equals("head") && !l.equals("set");
            boolean back = (Lexicon.TRAVEL_VERBS.contains(l) || l.equals("return")) && d.children(k).stream()
                    .anyMatch(c -> Lexicon.HOMEWARD.contains(d.word(c)) && (d.rel(c).equals("advmod") || d.rel(c).equals("compound:prt")
                            || d.rel(c).startsWith("obl") || d.rel(c).equals("obj")));
            if (leaving || back) return k;
            if (onward == 0 && onwardPlace(d, k) != 0) onward = k;
        }
        // ("is due to leave Brazil on Thursday and will travel on to Argentina on Friday": the place left ends it)
        return placeLeft ? 0 : onward;
    }

    /**
     * The place a verb of travel goes on to ("will fly to Kuala Lumpur on Wednesday evening", told during a visit to
     * Vietnam), or 0: a journey to another country ends the visit told before on its day.
     */
    static int onwardPlace(Deps d, int verb) {
        String l = d.lemma(verb);
        if (!Lexicon.TRAVEL_VERBS.contains(l) || l.equals("arrive") || l.equals("land") || Lexicon.DEPART.contains(l)) return 0;
        for (int c : d.children(verb)) {
            if (d.rel(c).startsWith("obl") && d.caseOf(c).equals("to") && d.places.contains(c)) return c;
        }
        return 0;
    }

    /**
     * A verb of arriving that names no place ("Carney, who flew in from Kuala Lumpur on Friday afternoon", "She
     * arrived late on Monday"), or 0: an arriving verb (ARRIVE_VERBS), or a verb of travel with "in" ("flew in"),
     * with no place it goes to or is at and not going home.
     */
    static int placelessArrival(Deps d) {
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k)) continue;
            String l = d.lemma(k);
            boolean in = Lexicon.TRAVEL_VERBS.contains(l) && d.children(k).stream().anyMatch(c -> d.word(c).equalsIgnoreCase("in")
                    && (d.rel(c).equals("advmod") || d.rel(c).equals("compound:prt")));
            if (!Lexicon.ARRIVE_VERBS.contains(l) && !in) continue;
            boolean placed = d.children(k).stream().anyMatch(c -> d.places.contains(c) && !d.caseOf(c).equals("from")
                    || Lexicon.HOMEWARD.contains(d.word(c).toLowerCase(Locale.ROOT)));
            if (!placed) return k;
        }
        return 0;
    }

    /**
     * A verb of leaving with the place left for its object and, after "for" or "to", a place of the traveller's own
     * country ("left Bujumbura on Friday afternoon for Nassau"), or 0. (A place left for another country is read by the
     * destination frames as the next visit.)
     */
    static int leftForHome(AnnotatedDoc doc, DocEntities e, Deps d) {
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k) || !Lexicon.DEPART.contains(d.lemma(k))) continue;
            boolean leftPlace = d.children(k).stream().anyMatch(c -> d.rel(c).equals("obj") && d.places.contains(c));
            if (!leftPlace) continue;
            Optional<LocalPerson> who = traveller(doc, e, d, k);
            if (who.isEmpty() || who.get().country() == null) continue;
            for (int c : d.children(k)) {
                String cs = d.caseOf(c);
                if (!d.rel(c).startsWith("obl") || !(cs.equals("for") || cs.equals("to")) || !d.places.contains(c)) continue;
                Optional<dev.parley.resolve.PlaceRef> to = e.placeAt(d.sentence().index(), c);
                if (to.isPresent() && who.get().country().equals(to.get().country())) return k;
            }
        }
        return 0;
    }

    static final String ARRIVAL_RULE = "arrival-joins-visit";

    /**
     * An arrival that names no place, told of the visitor of a visit the article told before with its days, on a day
     * up to {@link #ARRIVAL_GAP_DAYS} before that visit's first: the day the stay began ("ended his tour in Manila
     * over the weekend ... Carney, who flew in from Kuala Lumpur on Friday afternoon"). A mention that only supports
     * the visit (provenance {@code arrival-joins-visit}), which the merge reads as one of the stay's days.
     */
    static List<Candidate> arrivals(AnnotatedDoc doc, DocEntities e, Deps d, String sentText, int sentBegin,
                                    List<Candidate> before) {
        int verb = placelessArrival(d);
        if (verb == 0 || doc.article().published() == null) return List.of();
        Optional<LocalPerson> who = traveller(doc, e, d, verb);
        if (who.isEmpty()) return List.of();
        Candidate stay = null;
        for (Candidate c : before) {
            if (c.type() != EventType.VISIT || !c.strong() || c.sentence() >= d.sentence().index() || c.country() == null) continue;
            boolean visitor = c.participants().stream().anyMatch(p -> p.role() == Role.VISITOR && p.person() == who.get().id());
            if (visitor) stay = c;
        }
        // (a stay told roughly, "ended his tour in Manila over the weekend", may begin before its days)
        if (stay == null || stay.date() == null || stay.date().precision() != Precision.DAY) return List.of();
        Tense tense = Timing.tense(d, verb, verb);
        EventDate day = Timing.date(d, sentText, sentBegin, doc.article().published(), tense, verb, List.of(verb), false);
        LocalDate latest = stay.date().approximate() ? stay.date().end() : stay.date().start();
        if (day == null || day.precision() != Precision.DAY || day.days() != 1 || day.approximate()
                || day.start().isAfter(latest) || day.start().isBefore(stay.date().start().minusDays(ARRIVAL_GAP_DAYS))) {
            return List.of();
        }
        return List.of(supporting(doc, d, sentText, sentBegin, verb, stay, day, tense, List.of(ARRIVAL_RULE)));
    }

    /** A mention on {@code day}, told by {@code verb}, that only supports the visit {@code stay}. */
    private static Candidate supporting(AnnotatedDoc doc, Deps d, String sentText, int sentBegin, int verb, Candidate stay,
                                        EventDate day, Tense tense, List<String> rules) {
        Status status = tense == Tense.PAST || !day.start().isAfter(doc.article().published()) && tense != Tense.FUTURE
                ? Status.OCCURRED : Status.PLANNED;
        return new Candidate(doc.id(), d.sentence().index(), sentBegin, d.sentence().end(),
                doc.text().codePointCount(0, sentBegin), doc.text().codePointCount(0, d.sentence().end()), sentText,
                d.tok(verb).word(), EventType.VISIT, stay.participants(), stay.place(), stay.country(), day, 0, status, false,
                null, doc.article().published(), stay.counterpart(), rules, stay.parties());
    }

    /**
     * "President Eeva Rantasalo, who flew home from Santiago on Friday afternoon": going home from a place of another
     * country than the traveller's, with no stay told before it in the article, is itself the last day of a stay
     * there (a mention that only supports a visit found elsewhere); null when the verb names no such place.
     */
    private static Candidate placeLeftFrom(AnnotatedDoc doc, DocEntities e, Deps d, int verb, LocalPerson who) {
        for (int c : d.children(verb)) {
            // (or the object of a verb of leaving: "left Bujumbura on Friday for Nassau")
            boolean from = d.rel(c).startsWith("obl") && d.caseOf(c).equals("from")
                    || d.rel(c).equals("obj") && Lexicon.DEPART.contains(d.lemma(verb));
            if (!from || !d.places.contains(c)) continue;
            Optional<dev.parley.resolve.PlaceRef> at = e.placeAt(d.sentence().index(), c);
            if (at.isEmpty() || at.get().kind() == dev.parley.resolve.PlaceKind.DEMONYM
                    || at.get().kind() == dev.parley.resolve.PlaceKind.INSTITUTION || at.get().country().equals(who.country())) {
                continue;
            }
            String place = at.get().kind() == dev.parley.resolve.PlaceKind.COUNTRY ? null : at.get().span().text();
            return new Candidate(doc.id(), d.sentence().index(), 0, 0, 0, 0, "", d.tok(verb).word(), EventType.VISIT,
                    List.of(new LocalParticipant(who.id(), Role.VISITOR, d.subjectOf(verb))), place, at.get().country(), null, 0,
                    Status.OCCURRED, false, null, doc.article().published(), false, List.of(), List.of());
        }
        return null;
    }

    /** The days an arrival may come before the first day told of the stay (the merge's gap between days of one stay). */
    static final int ARRIVAL_GAP_DAYS = 2;

    /** The person who travels by a verb: its subject ({@link Deps#subjectOf}), a pronoun resolved. */
    private static Optional<LocalPerson> traveller(AnnotatedDoc doc, DocEntities e, Deps d, int verb) {
        int subj = d.subjectOf(verb);
        if (subj == 0) return Optional.empty();
        return Lexicon.PERSON_PRONOUNS.contains(d.word(subj)) && d.tok(subj).pos().startsWith("PRP")
                ? People.pronoun(doc, e, d, subj) : e.personAt(d.sentence().index(), subj);
    }

    /** A verb of staying on "until" a day ("will stay until Thursday"), or 0. */
    static int stayUntil(Deps d) {
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k) || !Lexicon.STAY_VERBS.contains(d.lemma(k))) continue;
            for (int c : d.children(k)) {
                String cs = d.caseOf(c);
                if (d.rel(c).startsWith("obl") && (cs.equals("until") || cs.equals("till")) && d.inDate(c)) return k;
            }
        }
        return 0;
    }

    static final String STAY_RULE = "stay-until-ends-visit";

    /**
     * The mentions ending a visit told before this sentence ({@code before}: the document's candidates so far), one
     * at most.
     */
    static List<Candidate> endsOfStays(AnnotatedDoc doc, DocEntities e, Deps d, String sentText, int sentBegin,
                                       List<Candidate> before) {
        List<Candidate> left = endsOfStay(doc, e, d, sentText, sentBegin, before, departure(d), false);
        // ("left Bujumbura on Friday afternoon for Nassau": leaving a place for home ends the stay there)
        if (left.isEmpty()) left = endsOfStay(doc, e, d, sentText, sentBegin, before, leftForHome(doc, e, d), false);
        // "landed in Seoul on Wednesday and is expected to stay until Saturday": a stay ends the visit of its own
        // sentence too
        return left.isEmpty() ? endsOfStay(doc, e, d, sentText, sentBegin, before, stayUntil(d), true) : left;
    }

    private static List<Candidate> endsOfStay(AnnotatedDoc doc, DocEntities e, Deps d, String sentText, int sentBegin,
                                              List<Candidate> before, int verb, boolean staying) {
        if (verb == 0 || doc.article().published() == null) return List.of();
        Optional<LocalPerson> who = traveller(doc, e, d, verb);
        if (who.isEmpty()) return List.of();
        Candidate stay = null;
        for (Candidate c : before) {
            // (a stay its article's dateline placed, "PORT LOUIS – ... who landed yesterday", is told as the news)
            boolean told = c.strong() || c.rules().contains(DatelinePlaces.DATELINE_PLACE);
            if (c.type() != EventType.VISIT || !told || c.sentence() > d.sentence().index()
                    || c.sentence() == d.sentence().index() && !staying) {
                continue;
            }
            boolean visitor = c.participants().stream().anyMatch(p -> p.role() == Role.VISITOR && p.person() == who.get().id());
            boolean dated = c.date() != null && c.date().precision() == Precision.DAY;
            if (visitor && dated) stay = c; // the last visit told with its day ("travelling to Toronto" beside it says none)
        }
        if (stay == null && !staying) stay = placeLeftFrom(doc, e, d, verb, who.get());
        if (stay == null) return List.of();
        boolean own = stay.date() == null; // (the place left is the sentence's own: no day of the stay to follow)
        if (!own && stay.date().precision() != Precision.DAY) return List.of();
        int onward = staying ? 0 : onwardPlace(d, verb);
        if (onward != 0) {
            // only a journey on to another country ends the stay ("flew to Osaka" from Tokyo goes on with it)
            Optional<String> to = e.placeAt(d.sentence().index(), onward).map(dev.parley.resolve.PlaceRef::country);
            if (to.isEmpty() || stay.country() == null || to.get().equals(stay.country())) return List.of();
        }
        Tense tense = Timing.tense(d, verb, verb);
        // ("will meet business leaders tomorrow morning before departing for Manila": leaving just after what it
        // follows, on its day)
        boolean leavesAfter = d.children(verb).stream().anyMatch(c -> (d.rel(c).equals("mark") || d.rel(c).equals("case"))
                && d.lemma(c).equals("before"));
        int after = leavesAfter && (d.rel(verb).equals("advcl") || d.rel(verb).startsWith("obl")) ? d.head(verb) : 0;
        List<Integer> anchors = after == 0 ? List.of(verb) : List.of(verb, after);
        EventDate day = Timing.date(d, sentText, sentBegin, doc.article().published(), tense, verb, anchors, false);
        if (day == null || day.precision() != Precision.DAY || day.days() != 1 || day.approximate()) return List.of();
        if (!own && (!day.start().isAfter(stay.date().start()) || day.start().isAfter(stay.date().start().plusDays(MAX_STAY_DAYS)))) {
            return List.of();
        }
        return List.of(supporting(doc, d, sentText, sentBegin, verb, stay, day, tense,
                List.of(staying ? STAY_RULE : RULE, Candidate.LEFT_PLACE)));
    }
}
