package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.DocResolver;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.PlaceKind;
import dev.parley.resolve.PlaceRef;
import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds event mentions in one document: a trigger word found by the rules of triggers.yaml and, from the
 * dependency parse, its participants, place, date, duration and status. Every candidate names the rules that
 * made it. Rules are over lemmas, word forms and grammatical relations, never over particular names.
 */
public final class EventDetector {

    /** Loads and validates the rule files now; throws {@link RuleFileException} naming the file, line and problem. */
    public static void validateRules() {
        RuleFiles.standard();
    }

    /**
     * Loads the word lists of lexicon.yaml now, and not the trigger rules: the merger reads those lists
     * ({@link Actors#holdsOffice}) also on a rerun whose per-document results are all stored, which needs no rule.
     */
    public static void loadWordLists() {
        RuleFiles.standardLists();
    }

    /**
     * The sentences whose parse the detector reads (it skips the others): those where a trigger rule could fire
     * ({@link RuleSet#mayTrigger}; a visit only where a person is named or referred to, as its visitor, or where a
     * definite visit noun may be the article's traveller's trip), or a departure
     * be told ({@link Departures#mayTell}, with the two before it when it has a personal pronoun); and, once
     * such a sentence is parsed, the two before it when a rule does fire
     * there and it has a personal pronoun, whose referent may be the subject of one of them ({@link People#pronoun}).
     */
    public static ParseNeeds parseNeeds() {
        RuleSet rules = RuleFiles.standard();
        return doc -> {
            BitSet out = new BitSet();
            List<Sentence> sentences = doc.sentences();
            BitSet named = DocResolver.mayNamePerson(doc);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                boolean person = named.get(i) || hasPersonPronoun(s);
                if (person && Departures.mayTell(s)) {
                    // a departure ends the visit told before it; once parsed, a pronoun that travels by it ("He left
                    // Doha last night") is the subject of a sentence before it
                    out.set(i);
                    if (s.parsed() && Departures.pronounTravels(s)) pronounReach(sentences, i, 0, out);
                }
                // ("the visit to Ashgabat", "the Tokyo trip", "The visit ends Friday": the trip of the article's
                // traveller, who is its party, see visitsOfTheTraveller)
                boolean theTrip = definiteVisitNoun(s);
                if (!(mayNameAParty(s) || theTrip) || !rules.mayTrigger(s, person || theTrip)) continue;
                out.set(i);
                if (i > 0 && s.parsed() && hasPersonPronoun(s) && fires(rules, s)) pronounReach(sentences, i, 0, out);
            }
            return out;
        };
    }

    /**
     * Adds to {@code out} the sentences before sentence {@code i} that resolving a pronoun there may read
     * ({@link People#pronoun}): its reach, and, once those are parsed, the reach of each pronoun subject among them,
     * which passes on its referent ("He arrived ... He was welcomed ... He left"), as many times as the chain goes.
     */
    private static void pronounReach(List<Sentence> sentences, int i, int chain, BitSet out) {
        for (int j = Math.max(0, i - People.PRONOUN_REACH); j < i; j++) {
            out.set(j);
            if (chain < People.PRONOUN_CHAIN && sentences.get(j).parsed() && People.hasPronounSubject(sentences.get(j))) {
                pronounReach(sentences, j, chain + 1, out);
            }
        }
    }

    /**
     * Whether a sentence has a word that could name a party to an event: a name or place the tagger marked, a proper
     * noun, a personal pronoun, "two" or "both" ("the two sides"), a title or office word ("the minister", "EU
     * officials", "leaders of the bloc"), or "summit" (the article's summit). Without one, no rule finds a participant,
     * a group or a summit there, so the sentence gives no candidate whatever its parse ("These things look simple at
     * the first meeting").
     */
    static boolean mayNameAParty(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("two") || w.equals("both")) return true; // ("the two men", tagged a number)
            if (NOT_PARTIES.contains(t.ner())) continue; // ("on Thursday", tagged a proper noun)
            if (!t.ner().equals("O") || t.pos().startsWith("NNP")) return true;
            if (Lexicon.PERSON_PRONOUNS.contains(w) || Lexicon.PLURAL_PRONOUNS.contains(w) || w.equals("two") || w.equals("both")) {
                return true;
            }
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (dev.parley.resolve.Titles.isTitle(l) || Lexicon.OFFICE_WORDS.contains(l) || Lexicon.GROUP_MEMBERS.contains(l)) return true;
            // ("The summit opened on Monday": a bare summit is the one its article names, Summits.theArticlesSummit)
            if (l.equals("summit")) return true;
        }
        return false;
    }

    /** NER tags of times and quantities, which name no party. */
    private static final java.util.Set<String> NOT_PARTIES = java.util.Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
            "ORDINAL", "PERCENT", "MONEY");

    /**
     * Whether a visit noun follows a definite determiner within three words: "the visit to Ashgabat", and, with no
     * place, "The visit ends Friday" (the trip of the article's one dated traveller, see visitsOfTheTraveller).
     */
    private static boolean definiteVisitNoun(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!Lexicon.VISIT_NOUNS.contains(ts.get(i).lemma().toLowerCase(Locale.ROOT))) continue;
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (Lexicon.DEFINITE.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static boolean hasPersonPronoun(Sentence s) {
        for (Token t : s.tokens()) if (Lexicon.PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * Whether a rule fires on a token of a parsed sentence, before the resolver has found its places: every token
     * that could be one is taken as a place, so a rule that needs a destination fires whenever it could.
     */
    private static boolean fires(RuleSet rules, Sentence s) {
        Deps d = new Deps(s);
        java.util.Set<Integer> places = new java.util.HashSet<>();
        for (Token t : s.tokens()) {
            if (!t.ner().equals("O") || t.pos().startsWith("NNP") || t.lemma().equalsIgnoreCase("capital")) places.add(t.index());
        }
        d.places = places;
        java.util.Set<Integer> people = new java.util.HashSet<>();
        for (Token t : s.tokens()) if (Conditions.mayBePerson(t)) people.add(t.index());
        d.people = people;
        for (Token t : s.tokens()) if (rules.trigger(d, t.index()).isPresent()) return true;
        return false;
    }

    public List<Candidate> detect(AnnotatedDoc doc, DocEntities entities) {
        return detect(doc, entities, null);
    }

    /** As {@link #detect(AnnotatedDoc, DocEntities)}, adding to {@code trace} (when not null) what became of each trigger. */
    public List<Candidate> detect(AnnotatedDoc doc, DocEntities entities, List<Trace> trace) {
        List<Candidate> out = new ArrayList<>();
        RuleSet rules = RuleFiles.standard();
        List<Integer> lastPair = List.of();
        List<Sentence> noVisitor = new ArrayList<>();
        Optional<PlaceRef> dateline = DatelinePlaces.where(doc, entities);
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) continue;
            Deps d = deps(doc, entities, s, rules);
            d.lastPair = lastPair;
            Map<Integer, TriggerRule> triggers = triggersOf(d, rules);
            List<Candidate> inSentence = new ArrayList<>();
            for (Map.Entry<Integer, TriggerRule> t : triggers.entrySet()) {
                List<Candidate> built = new ArrayList<>(build(doc, entities, d, t.getKey(), t.getValue(), trace));
                if (built.isEmpty() && d.droppedForNoVisitor && !noVisitor.contains(s)) noVisitor.add(s);
                d.droppedForNoVisitor = false;
                if (t.getValue().also() != null) built.addAll(build(doc, entities, d, t.getKey(), t.getValue().asAlso(), trace));
                if (trace != null) {
                    for (Candidate c : built) {
                        trace.add(new Trace(doc.id(), s.index(), t.getKey(), d.tok(t.getKey()).word(), String.join(", ", c.rules()),
                                "candidate: " + Trace.describe(c, entities)));
                    }
                }
                inSentence.addAll(built);
                // ("He met Carney in June, and the two spoke by telephone in January": the pair of a meeting told
                // earlier in the sentence)
                for (Candidate c : built) {
                    if (isPair(c)) d.lastPair = c.participants().stream().map(LocalParticipant::person).distinct().toList();
                }
            }
            // "He departed on Saturday": the last day of the visit told before
            List<Candidate> told = new ArrayList<>(out);
            told.addAll(inSentence);
            for (Candidate c : Departures.endsOfStays(doc, entities, d, doc.text().substring(s.begin(), s.end()), s.begin(), told)) {
                if (trace != null) {
                    trace.add(new Trace(doc.id(), s.index(), 0, c.trigger(), String.join(", ", c.rules()), "candidate: " + Trace.describe(c, entities)));
                }
                out.add(c);
            }
            // "Carney, who flew in on Friday afternoon": the first day of the visit told before
            for (Candidate c : Departures.arrivals(doc, entities, d, doc.text().substring(s.begin(), s.end()), s.begin(), out)) {
                if (trace != null) {
                    trace.add(new Trace(doc.id(), s.index(), 0, c.trigger(), String.join(", ", c.rules()), "candidate: " + Trace.describe(c, entities)));
                }
                out.add(c);
            }
            out.addAll(DatelinePlaces.placeAsTold(doc, entities, dateline, out,
                    SentenceMentions.foldHostMeetings(SentenceMentions.combine(SentenceMentions.arrivalsTheDayBefore(SentenceMentions.dropBorrowedAtOtherTimes(inSentence))), entities)));
            List<Integer> before = lastPair;
            for (Candidate c : inSentence) {
                if (isPair(c)) lastPair = c.participants().stream().map(LocalParticipant::person).distinct().toList();
            }
            if (lastPair == before && !triggers.isEmpty()) {
                // "forced the two presidents to postpone the visit. They spoke by telephone": the two the article names
                // with the office are "they" (only where a rule fires, a sentence either parse mode parses)
                for (int k = 1; k <= d.size(); k++) {
                    List<Integer> two = Parties.titleHolders(entities, d, k);
                    if (two.size() == 2) lastPair = two;
                }
            }
        }
        out.addAll(visitsOfTheTraveller(doc, entities, rules, noVisitor, out, trace));
        return Summits.theArticlesSummit(doc.text(), Summits.regionsOrganisation(doc.text(), Itineraries.withinTrips(DatelinePlaces.place(doc, entities, dateline, out))));
    }

    /**
     * Whether a mention is of two people that "the two" and "they" may stand for later: a meeting or call of exactly
     * two ("met Macamo on Tuesday and, later the same day, held a three-way meeting with Macamo and Kitwana ... a
     * telephone conversation between the two ministers": the two are the pair).
     */
    private static boolean isPair(Candidate c) {
        return (c.type() == EventType.MEETING || c.type() == EventType.CALL) && c.strong()
                && c.participants().stream().map(LocalParticipant::person).distinct().count() == 2;
    }

    private static Deps deps(AnnotatedDoc doc, DocEntities entities, Sentence s, RuleSet rules) {
        Deps d = new Deps(s, doc.text(), doc.article().published());
        java.util.Set<Integer> places = new java.util.HashSet<>();
        for (int k = 1; k <= d.size(); k++) if (entities.placeAt(s.index(), k).filter(PlaceRef::isPlace).isPresent()) places.add(k);
        d.places = places;
        java.util.Set<Integer> people = new java.util.HashSet<>();
        for (int k = 1; k <= d.size(); k++) if (entities.personAt(s.index(), k).isPresent()) people.add(k);
        d.people = people;
        return d;
    }

    private static Map<Integer, TriggerRule> triggersOf(Deps d, RuleSet rules) {
        Map<Integer, TriggerRule> triggers = new LinkedHashMap<>();
        for (Token t : d.sentence().tokens()) rules.trigger(d, t.index()).ifPresent(r -> triggers.put(t.index(), r));
        d.triggers = triggers.keySet();
        return triggers;
    }

    /** Provenance of a leg of a trip to several countries dated by the whole trip's span, approximate. */
    static final String SPAN_OF_THE_TRIP = "span-of-the-trip";
    /** Provenance of the second and later destinations of one trigger ("will travel to Ukraine and Germany"). */
    static final String CONJOINED_DESTINATION = "conjoined-destination";

    /** Provenance of "his meetings with A and B": several meetings told at once, a weak mention. */
    static final String SEVERAL_MEETINGS = "several-meetings";

    /** Provenance of "his Mauritanian counterpart" read as the one person of that country holding the same office. */
    static final String COUNTERPART_BY_OFFICE = "counterpart-by-office";

    /** Provenance of a definite visit that names no place, given to the article's one dated traveller. */
    static final String PLACELESS_TRIP = "placeless-trip";
    /** Provenance of an encounter dated by the day of its report's news ("In a separate meeting in the afternoon, ..."). */
    static final String NEWS_DAY = "news-day";

    /** Days from publication within which a dated trip is the one the article has under way. */
    static final int TRAVELLER_DAYS = 31;

    /**
     * "Lee landed in Tashkent on the 16th ... the visit to Ashgabat, scheduled for Friday, had been dropped": a visit
     * to a place that names no visitor is the trip of the one person the article has travelling at the time (of its
     * own visits told with a visitor, not recalled and not dated more than a month from publication). Such a visit
     * only supports an event found elsewhere.
     */
    private static List<Candidate> visitsOfTheTraveller(AnnotatedDoc doc, DocEntities entities, RuleSet rules,
                                                        List<Sentence> sentences, List<Candidate> found, List<Trace> trace) {
        if (sentences.isEmpty()) return List.of();
        LocalDate published = doc.article().published();
        java.util.Set<Integer> travellers = new java.util.TreeSet<>();
        // "The visit, initially scheduled from 8 to 10 October, had been postponed": the one country of the dated
        // trips of the article's one dated traveller is where a visit that names no place goes (an invitation, "invited
        // Prime Minister Vermeulen to make an official visit", and an undated visit recalled, "the King recalled his
        // visit to Côte d'Ivoire", are no trips under way)
        java.util.Set<Integer> dated = new java.util.TreeSet<>();
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (Candidate c : found) {
            if (c.type() != EventType.VISIT || !c.strong() || c.rules().contains(Candidate.BACKGROUND)) continue;
            if (c.date() != null && published != null
                    && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(published, c.date().start())) > TRAVELLER_DAYS) {
                continue;
            }
            boolean under = c.date() != null && c.status() != Status.PROPOSED;
            for (LocalParticipant lp : c.participants()) {
                if (lp.role() != Role.VISITOR) continue;
                travellers.add(lp.person());
                if (under) dated.add(lp.person());
            }
            if (under) countries.add(c.country());
        }
        int placeless = dated.size() == 1 && countries.size() == 1 && countries.iterator().next() != null
                ? dated.iterator().next() : -1;
        if (travellers.size() != 1 && placeless < 0) return List.of();
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Deps d = deps(doc, entities, s, rules);
            d.traveller = travellers.size() == 1 ? travellers.iterator().next() : -1;
            d.datedTraveller = placeless;
            d.travellersCountry = placeless >= 0 ? countries.iterator().next() : null;
            for (Map.Entry<Integer, TriggerRule> t : triggersOf(d, rules).entrySet()) {
                if (t.getValue().event() != EventType.VISIT) continue;
                List<Candidate> built = build(doc, entities, d, t.getKey(), t.getValue(), null);
                for (Candidate c : built) {
                    if (!c.rules().contains(Candidate.ARTICLES_TRAVELLER)) continue;
                    if (c.rules().contains(PLACELESS_TRIP) && c.date() == null
                            && (c.status() == Status.CANCELLED || anotherTripSince(doc, found, placeless, s.index()))) {
                        // "Alemu would not travel to Nairobi as planned. The visit has been postponed": an undated
                        // "the visit" may be the last one told, and a plan called off with no date may be any
                        continue;
                    }
                    if (trace != null) {
                        trace.add(new Trace(doc.id(), s.index(), t.getKey(), d.tok(t.getKey()).word(), String.join(", ", c.rules()),
                                "candidate: " + Trace.describe(c, entities)));
                    }
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Whether the sentence names no other country than the one visited and the traveller's own, and no cities of two
     * others: "the trip" in "after a five-day swing through Vietnam, Indonesia and the Philippines" is not one
     * country's visit; "the visit ... postponed after floods in Abidjan" may be.
     */
    private static boolean onlyPlacesIn(Deps d, DocEntities entities, String country, String home) {
        java.util.Set<String> others = new java.util.HashSet<>();
        for (int k = 1; k <= d.size(); k++) {
            PlaceRef p = entities.placeAt(d.sentence().index(), k).orElse(null);
            if (p == null || p.country() == null || country.equals(p.country()) || p.country().equals(home)) continue;
            if (p.kind() == PlaceKind.COUNTRY) return false;
            others.add(p.country());
        }
        return others.size() < 2;
    }

    /**
     * Whether a sentence after the traveller's last visit told before {@code sentence} (or any before it, if none) has a
     * word of visiting or travel: another trip "the visit" may refer to. Read from the words' lemmas, not the parse, so
     * that it is the same whichever sentences were parsed.
     */
    private static boolean anotherTripSince(AnnotatedDoc doc, List<Candidate> found, int traveller, int sentence) {
        int last = -1;
        for (Candidate c : found) {
            if (c.type() != EventType.VISIT || c.sentence() >= sentence) continue;
            for (LocalParticipant lp : c.participants()) if (lp.role() == Role.VISITOR && lp.person() == traveller) last = Math.max(last, c.sentence());
        }
        if (last < 0) return true;
        for (int j = last + 1; j < sentence; j++) {
            for (Token t : doc.sentences().get(j).tokens()) {
                String l = t.lemma().toLowerCase(Locale.ROOT);
                if (Lexicon.VISIT_NOUNS.contains(l) || Lexicon.VISIT_VERBS.contains(l) || Lexicon.TRAVEL_VERBS.contains(l)
                        || Lexicon.ARRIVE_VERBS.contains(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The high-ranking guest arrived in Tashkent": the subject of a verb of travel is "the guest" (GUEST_NOUNS). */
    private static boolean theGuest(Deps d, int trig) {
        if (!d.isVerb(trig)) return false;
        int subj = d.child(trig, "nsubj");
        if (subj == 0 || !Lexicon.GUEST_NOUNS.contains(d.lemma(subj).toLowerCase(Locale.ROOT))) return false;
        int det = d.child(subj, "det");
        return det != 0 && Lexicon.DEFINITE.contains(d.word(det).toLowerCase(Locale.ROOT));
    }

    /** "the second state visit of the year", "the previous visit": another of a series, not the trip told. */
    private static boolean anotherOfASeries(Deps d, int trig) {
        for (int c : d.children(trig)) {
            if (d.rel(c).equals("amod") && (Lexicon.SERIES_ADJ.contains(d.lemma(c)) || d.tok(c).ner().equals("ORDINAL"))) return true;
        }
        return false;
    }

    /** A candidate with what its conjoined destinations and its visit reading need. */
    private record Built(Candidate candidate, int destination, int parsedPeople, int parsedPerson) {
    }

    /**
     * The places a visit goes to besides its destination: those conjoined to it, and a name that follows it after a
     * comma alone ("to Moscow, Kiev"), whatever the parser made of it; a place in the destination's own country (an
     * apposition, "Paris, France") is left out by the caller.
     */
    static List<Integer> alsoDestinations(Deps d, int dest) {
        List<Integer> out = new ArrayList<>();
        for (int k : d.children(dest)) if (d.rel(k).equals("conj")) out.add(k);
        int next = dest + 2;
        if (next <= d.size() && d.word(dest + 1).equals(",") && d.tok(next).pos().startsWith("NNP") && !out.contains(next)
                && (d.head(next) == dest || d.head(next) == d.head(dest))) {
            out.add(next);
        }
        return out;
    }

    /** Provenance of a visit whose destination is a region of several states ("a tour of Africa", "his Gulf tour"). */
    static final String REGIONAL_DESTINATION = "regional-destination";

    /** Whether a place token or a word before it in its phrase names a world region (REGION_WORDS, GROUP_REGIONS). */
    /**
     * Whether a meeting noun is the gathering on whose day another encounter is told: "On the second day of the talks in
     * Pohnpei, Thursday, he met the host", "is due to meet X on Thursday, on the second day of the meeting". The day
     * hangs on a verb of meeting, which tells the encounter of the sentence's people; the gathering is not theirs alone.
     */
    static boolean occasionOfAnEncounter(Deps d, int trig) {
        int day = d.head(trig);
        if (day == 0 || !d.lemma(day).equals("day") || !d.caseOf(trig).equals("of")) return false;
        int v = d.head(day);
        for (int guard = 0; v != 0 && !d.isVerb(v) && guard < 3; guard++) v = d.head(v);
        return v != 0 && v != trig && Lexicon.MEET_VERBS.contains(d.lemma(v));
    }

    /**
     * Whether a day written without its year lies weeks after the report though the event's own verb, or the verb it
     * is the subject or object of, is a simple past ("met on October 5", "the talks ended on October 13"): the day
     * a year before is meant. A day with its year written in the sentence stays as written.
     */
    static boolean simplePastAhead(Deps d, int trig, int verb, Tense tense, EventDate date, LocalDate published, String sentText) {
        if (tense != Tense.PAST || date == null || published == null || date.precision() == Precision.YEAR) return false;
        if (!date.start().isAfter(published.plusDays(Settings.PAST_VERB_AHEAD_DAYS))) return false;
        if (sentText.contains(String.valueOf(date.start().getYear()))) return false;
        boolean own = d.tok(trig).pos().equals("VBD")
                || verb != 0 && d.tok(verb).pos().equals("VBD") && d.head(trig) == verb
                   && (d.rel(trig).startsWith("nsubj") || d.rel(trig).equals("obj"));
        return own;
    }

    private static boolean regional(Deps d, int place) {
        for (int k = place; k >= 1 && (k == place || d.head(k) == place); k--) {
            String w = d.word(k).toLowerCase(java.util.Locale.ROOT);
            if (Lexicon.REGION_WORDS.contains(w) || Lexicon.GROUP_REGIONS.contains(w)) return true;
        }
        return false;
    }

    /** Provenance of the stay an arrival came from ("arrived late on Thursday from Victoria"). */
    static final String ARRIVED_FROM = "arrived-from";

    /**
     * "who arrived late on Thursday from Victoria, the capital of the Seychelles": an arrival from a foreign city or
     * country ends the traveller's stay there, as leaving it does (provenance left-place); it only supports a visit
     * found elsewhere.
     */
    private static List<Candidate> stayLeft(DocEntities entities, Deps d, int trig, Candidate arrival) {
        String home = null;
        for (LocalParticipant lp : arrival.participants()) {
            if (lp.role() == Role.VISITOR) home = entities.people().get(lp.person()).country();
        }
        if (home == null) return List.of();
        for (int k : d.children(trig)) {
            if (!d.rel(k).startsWith("obl") || !d.caseOf(k).equals("from")) continue;
            Optional<PlaceRef> p = entities.placeAt(d.sentence().index(), k);
            if (p.isEmpty() || !p.get().isPlace() || p.get().country() == null || p.get().country().equals(home)
                    || p.get().country().equals(arrival.country())) {
                continue;
            }
            List<LocalParticipant> visitor = arrival.participants().stream().filter(lp -> lp.role() == Role.VISITOR).toList();
            List<String> rules = new ArrayList<>(arrival.rules());
            rules.add(ARRIVED_FROM);
            rules.add(Candidate.LEFT_PLACE);
            return List.of(new Candidate(arrival.docId(), arrival.sentence(), arrival.begin(), arrival.end(), arrival.start(),
                    arrival.stop(), arrival.text(), arrival.trigger(), EventType.VISIT, visitor,
                    p.get().kind() == PlaceKind.COUNTRY ? null : p.get().span().text(), p.get().country(), arrival.date(), 0,
                    arrival.status(), false, null, arrival.published(), false, rules, List.of()));
        }
        return List.of();
    }

    private static List<Candidate> build(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, TriggerRule rule,
                                         List<Trace> trace) {
        String[] why = new String[1];
        Built b = buildOne(doc, entities, d, trig, rule, why);
        if (b == null) {
            if (trace != null) trace.add(new Trace(doc.id(), d.sentence().index(), trig, d.tok(trig).word(), rule.name(), "dropped: " + why[0]));
            return List.of();
        }
        Candidate c = b.candidate();
        List<Candidate> out = new ArrayList<>(Reschedulings.split(List.of(c)));
        if (c.type() == EventType.VISIT && b.destination() > 0) {
            // "will travel to Ukraine and Germany", "to travel to Moscow, Kiev" (a headline's comma for "and"): one visit
            // per destination
            for (int k : alsoDestinations(d, b.destination())) {
                Optional<PlaceRef> p = entities.placeAt(d.sentence().index(), k);
                if (p.isEmpty() || !p.get().isPlace() || p.get().country().equals(c.country())) continue;
                // the hosts named belong to the first destination; the visitor travels on alone
                List<LocalParticipant> ps = new ArrayList<>();
                for (LocalParticipant lp : c.participants()) {
                    String pc = entities.people().get(lp.person()).country();
                    if (lp.role() == Role.VISITOR || p.get().country().equals(pc)) ps.add(lp);
                }
                out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                        c.type(), ps, p.get().kind() == PlaceKind.COUNTRY ? null : p.get().span().text(),
                        p.get().country(), c.date(), c.durationDays(), c.status(), c.strong(), c.name(), c.published(),
                        c.counterpart(), plus(c.rules(), CONJOINED_DESTINATION), c.parties()));
            }
            if (out.size() > 1 && c.date() != null && !c.date().approximate()) {
                // "a seven-day tour of Kazakhstan, Uzbekistan and Turkmenistan from Sunday": the trip's span and length
                // are no leg's own; each leg lies somewhere within it
                out.replaceAll(x -> x.date() != null && x.date().equals(c.date())
                        ? x.with(c.date().asApproximate(), 0, x.status(), SPAN_OF_THE_TRIP) : x);
            }
            if (out.size() > 1) {
                // ("to visit Romania, Serbia and Bosnia on week-long tour", on no day: nor is the length alone a leg's)
                out.replaceAll(x -> x.durationDays() > 0 ? x.with(x.date(), 0, x.status(), SPAN_OF_THE_TRIP) : x);
            }
        }
        // "arrived here from Victoria", "arrived in Ashgabat on Wednesday evening from Samarkand": the stay in the
        // place left ended that day
        if (c.type() == EventType.VISIT && (rule.name().equals(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION)
                || c.country() != null && d.isVerb(trig) && Lexicon.ARRIVE_VERBS.contains(d.lemma(trig)))) {
            out.addAll(stayLeft(entities, d, trig, c));
        }
        if (c.type() == EventType.CALL && !jointCall(d, trig)) {
            // "spoke to Putin and Zelenskiy on the phone": one caller and several people called are one call each
            List<LocalParticipant> callers = new ArrayList<>();
            List<LocalParticipant> called = new ArrayList<>();
            int verb = d.isVerb(trig) ? trig : d.governingVerb(trig);
            for (LocalParticipant p : c.participants()) {
                int t = p.token();
                boolean subject = t > 0 && d.rel(t).startsWith("nsubj") && d.head(t) == verb;
                int side = t > 0 && d.rel(t).equals("conj") ? d.head(t) : t;
                boolean object = side > 0 && Set.of("obj", "iobj", "obl", "nmod").contains(d.rel(side));
                if (subject) callers.add(p);
                else if (object) called.add(p);
                else return out; // someone neither calls nor is called: leave the call whole
            }
            if (callers.size() == 1 && called.size() >= 2) {
                out.clear();
                for (LocalParticipant p : called) {
                    out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                            c.type(), List.of(callers.get(0), p), c.place(), c.country(), c.date(), c.durationDays(), c.status(),
                            c.strong(), c.name(), c.published(), c.counterpart(), plus(c.rules(), "one-call-per-person-called"),
                            c.parties()));
                }
            }
        }
        if (c.type() == EventType.MEETING && c.rules().contains(SEVERAL_MEETINGS)) {
            // "his meetings with Zelensky and Putin on Monday": one meeting of his with each, each mention weak
            List<LocalParticipant> owners = new ArrayList<>();
            List<LocalParticipant> others = new ArrayList<>();
            for (LocalParticipant p : c.participants()) {
                int t = p.token();
                boolean owner = t > 0 && (d.rel(t).equals("nmod:poss") && d.head(t) == trig || d.rel(t).startsWith("nsubj"));
                (owner ? owners : others).add(p);
            }
            if (owners.size() == 1 && others.size() >= 2) {
                out.clear();
                for (LocalParticipant p : others) {
                    out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                            c.type(), List.of(owners.get(0), p), c.place(), c.country(), c.date(), c.durationDays(), c.status(),
                            false, c.name(), c.published(), c.counterpart(), c.rules(), c.parties()));
                }
            }
        }
        if (c.type() == EventType.MEETING && b.parsedPeople() == 1 && c.country() != null) {
            // "Blinken's discussions in Kiev on Jan. 19": talks abroad by one named person support a visit there
            LocalPerson p = entities.people().get(b.parsedPerson());
            if (!c.country().equals(p.country()) && !Actors.postedTo(p.titles()).contains(c.country())) {
                out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                        EventType.VISIT, List.of(new LocalParticipant(p.id(), Role.VISITOR, 0)),
                        c.place(), c.country(), c.date(), c.durationDays(), c.status(), false, null, c.published(), false,
                        plus(c.rules(), "talks-abroad-support-visit"), List.of()));
            }
        }
        return out;
    }

    /** "a three-way call", "a joint video conference": one call among all its people. */
    private static boolean jointCall(Deps d, int trig) {
        for (int k = Math.max(1, trig - 3); k <= Math.min(d.size(), trig + 1); k++) {
            if (Lexicon.JOINT.contains(d.lemma(k)) || Lexicon.JOINT.contains(d.word(k))) return true;
        }
        return false;
    }

    /** Whether a person's token stands as one who receives or meets a visitor: with, by, received, met, a counterpart. */
    private static boolean receives(Deps d, int tok) {
        if (tok <= 0) return false;
        String c = People.caseOfNominal(d, tok);
        String r = d.rel(tok);
        boolean met = (r.equals("obj") || r.equals("iobj")) && (Lexicon.RECEIVE_VERBS.contains(d.lemma(d.head(tok)))
                || Lexicon.MEET_VERBS.contains(d.lemma(d.head(tok))));
        return c.equals("with") || c.equals("by") || met || People.isCounterpart(d, tok)
                || d.rel(tok).equals("nsubj") && !d.isVerb(d.head(tok)); // "Wang Yi, his host," / copular
    }

    private static List<String> plus(List<String> rules, String rule) {
        List<String> out = new ArrayList<>(rules);
        out.add(rule);
        return out;
    }

    /**
     * Provenance of an event counted from the day its sentence dates: "on the eve of the summit", "a day before the
     * summit", "two days after the summit".
     */
    static final String EVE_OF = "eve-of";

    private static final Map<String, Integer> DAY_COUNTS = Map.of("a", 1, "an", 1, "the", 1, "one", 1, "two", 2, "three", 3);

    /**
     * How many days the event noun {@code trig} lies after the day its sentence tells, when it hangs on the noun that
     * day is: 1 for "the eve of the summit" and "a day before the summit", -2 for "two days after the summit"; else 0.
     */
    static int daysFromTheToldDay(Deps d, int trig) {
        int h = d.head(trig);
        if (h == 0) return 0;
        String lemma = d.lemma(h).toLowerCase(java.util.Locale.ROOT);
        String cs = d.caseOf(trig);
        if (lemma.equals("eve") && cs.equals("of")) return 1;
        if (!lemma.equals("day") || !(cs.equals("before") || cs.equals("after"))) return 0;
        int n = 0;
        for (int c : d.children(h)) {
            String w = d.word(c).toLowerCase(java.util.Locale.ROOT);
            if ((d.rel(c).equals("det") || d.rel(c).equals("nummod")) && DAY_COUNTS.containsKey(w)) n = DAY_COUNTS.get(w);
        }
        return cs.equals("before") ? n : -n;
    }

    /** Provenance of a visit whose visitor's state is the article's other state ({@link Standing#visitorsState}). */
    static final String VISITORS_STATE = "visitors-state";

    private static Built buildOne(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, TriggerRule rule, String[] why) {
        EventType type = rule.event();
        List<String> provenance = new ArrayList<>(List.of(rule.name()));
        Sentence s = d.sentence();
        int verb = d.governingVerb(trig);
        boolean hostVerb = rule.visitorIsObject(); // "Modi will host Xi", "a tour that took him to Hanoi": the object visits
        List<Integer> scope = Scope.scope(d, trig, verb);
        List<Integer> anchors = Scope.anchors(d, trig, verb);
        // "did not meet", "no visit ... has been scheduled", "ruled out a trip": a denied event is no event; a summit
        // that someone "will not attend" stays
        if (Scope.commemorated(d, trig)) {
            why[0] = "only remembered: an anniversary or commemoration of a past event";
            return null;
        }
        if (type == EventType.SUMMIT ? Scope.summitDenied(d, trig, anchors) : Scope.negated(d, trig, anchors)) {
            why[0] = "the text denies it (a negation on the trigger or its verb)";
            return null;
        }
        Parties.Gathered g = Parties.gather(doc, entities, d, trig, type, scope, anchors);
        scope.removeIf(k -> k < 0);
        Map<Integer, Integer> personTokens = g.persons();
        if (g.fallback()) provenance.add(SentenceMentions.BORROWED);
        // a summit's name: the group that is the subject of its verb ("Leaders of SADC met"), else the words before it
        String name = type == EventType.SUMMIT && d.isVerb(trig) ? Summits.groupSubject(d, trig) : null;
        if (type == EventType.SUMMIT && name == null) name = Summits.summitName(d, trig);
        if (type == EventType.SUMMIT) Summits.attendee(doc, entities, d, trig).ifPresent(p -> personTokens.putIfAbsent(p, trig));
        if (type == EventType.SUMMIT && name != null) {
            int before = personTokens.size();
            Summits.sentenceLeaders(entities, d, trig).forEach(personTokens::putIfAbsent);
            if (personTokens.size() > before) provenance.add("leaders-of-the-sentence");
        }

        // Place and country.
        int destTok = type == EventType.VISIT ? Places.destination(d, trig, anchors) : 0;
        PlaceRef dest = destTok != 0 ? entities.placeAt(s.index(), destTok).orElse(null) : null;
        if (dest != null) provenance.add(Places.frameOf(d, destTok));
        // ("a tour of Africa", "his Gulf tour": a region for a destination, which no dateline's city stands for)
        if (destTok != 0 && dest == null && regional(d, destTok)) provenance.add(REGIONAL_DESTINATION);
        PlaceRef where = dest != null ? dest : Places.placeIn(d, entities, anchors, trig, type == EventType.SUMMIT);
        String country = where != null ? where.country() : null;
        if (country == null && type == EventType.SUMMIT) country = Summits.summitHost(d, entities, trig);
        String place = where != null && where.kind() != PlaceKind.DEMONYM && where.kind() != PlaceKind.INSTITUTION
                ? Places.placeText(doc, where) : null;

        int visitor = -1;
        if (type == EventType.VISIT) {
            visitor = hostVerb ? People.personAtRel(d, entities, personTokens, trig, "obj")
                    : People.visitorOf(d, entities, personTokens, anchors, country);
            if (visitor < 0 && !hostVerb && !People.ownedByAnother(d, personTokens, trig)) {
                visitor = People.leadingSubject(d, entities, trig, country);
                if (visitor >= 0) personTokens.putIfAbsent(visitor, trig);
            }
            // ("X, who was due to visit Germany this week, has postponed his trip", its parse lost: see Deps.dueAfterWho)
            int told = visitor < 0 && !hostVerb ? d.dueAfterWho(trig) : 0;
            // ("The state visit that Mauritanian President X was to begin in Dakar tomorrow has been called off")
            if (told == 0 && visitor < 0 && !hostVerb && d.isNoun(trig)) told = d.subjectOfRelativeAfter(trig);
            Optional<LocalPerson> who = told != 0 ? entities.personAt(s.index(), told) : Optional.empty();
            if (who.isPresent()) {
                visitor = who.get().id();
                personTokens.putIfAbsent(visitor, told);
            }
        }
        Parties.Assigned assigned = Parties.roles(d, entities, personTokens, type, visitor, country);
        List<LocalParticipant> participants = assigned.participants();
        boolean placeless = dest == null && destTok == 0 && d.datedTraveller >= 0
                && onlyPlacesIn(d, entities, d.travellersCountry, entities.people().get(d.datedTraveller).country())
                && !anotherOfASeries(d, trig);
        if (type == EventType.VISIT && visitor < 0 && !hostVerb && (dest != null && d.traveller >= 0 || placeless)
                && personTokens.isEmpty() && (People.definiteAndUnowned(d, trig) || dest != null && theGuest(d, trig))) {
            // "the visit to Ashgabat had been dropped": the trip the article is about; "the visit, initially scheduled
            // from 8 to 10 October": the one the article has under way
            visitor = dest != null ? d.traveller : d.datedTraveller;
            if (dest == null) {
                country = d.travellersCountry;
                provenance.add(PLACELESS_TRIP);
            }
            personTokens.put(visitor, trig);
            provenance.add(Candidate.ARTICLES_TRAVELLER);
            assigned = Parties.roles(d, entities, personTokens, type, visitor, country);
            participants = assigned.participants();
        }
        if (type == EventType.VISIT && visitor < 0) {
            why[0] = "no visitor: no person is the subject, possessor or 'by' agent of the visit";
            d.droppedForNoVisitor = dest != null || destTok == 0 && People.definiteAndUnowned(d, trig);
            return null;
        }
        if (type == EventType.VISIT && country == null) {
            // A visit with a host but no named place goes to the host's country: a person the visitor meets ("talks
            // with X", "received by X", "hosted X", X's counterpart), not anyone else the sentence names ("unlikely to
            // join Macron on his visit" says nothing of France)
            for (LocalParticipant lp : participants) {
                if (lp.role() != Role.VISITOR && receives(d, lp.token()) && entities.people().get(lp.person()).country() != null) {
                    country = entities.people().get(lp.person()).country();
                    break;
                }
            }
        }
        if (type == EventType.VISIT && rule.also() == EventType.MEETING && Groups.organisationSeat(d, anchors).isPresent()) {
            why[0] = "received at an organisation's seat: a meeting with the organisation, not a visit to the country";
            return null;
        }
        if (type == EventType.VISIT && country != null && Actors.postedTo(entities.people().get(visitor).titles()).contains(country)) {
            why[0] = "an ambassador or envoy in the country of their posting (" + country + ")";
            return null;
        }
        if (type == EventType.VISIT && country != null) {
            String vc = entities.people().get(visitor).country();
            if (country.equals(vc)) { // a trip at home is not a diplomatic visit
                why[0] = "a trip within the visitor's own country (" + vc + ")";
                return null;
            }
        }

        Tense tense = Timing.tense(d, trig, verb);
        LocalDate published = doc.article().published();
        int sentBegin = s.begin();
        String sentText = doc.text().substring(sentBegin, s.end());
        // "left for Nepal on Saturday, concluding his summit with Modi", "wrapped up the visit on Friday": a verb of
        // ending the event dates its last day, from its own clause or the one it hangs on
        // ("ended two days of talks": the event under a quantity the verb takes)
        int ends = Lexicon.QUANTITY.contains(d.lemma(d.head(trig))) && d.caseOf(trig).equals("of") ? d.head(trig) : trig;
        boolean ended = verb != 0 && verb != trig && Lexicon.has(Lexicon.END_VERBS, d, verb)
                && (d.rel(ends).equals("obj") || d.rel(ends).equals("nsubj:pass")
                    || d.rel(ends).equals("nsubj") && d.child(verb, "obj") == 0) // "the two-day visit ended on Saturday"
                && d.head(ends) == verb;
        // "the meeting in St John's, which ended on Friday": a relative clause of ending dates the last day
        for (int c : d.children(trig)) {
            if (!ended && Scope.aspectualRelative(d, trig, c) && Lexicon.has(Lexicon.END_VERBS, d, c)) ended = true;
        }
        // ("had been due to fly home this evening at the end of a five-day state visit": the day of the clause the
        // visit's end is told in is its last)
        int endNoun = d.head(trig);
        boolean atTheEnd = d.isNoun(trig) && d.caseOf(trig).equals("of") && endNoun != 0 && Lexicon.END_NOUNS.contains(d.lemma(endNoun))
                && Lexicon.AT_THE_END_CASES.contains(d.caseOf(endNoun)) && d.isVerb(d.head(endNoun));
        if (atTheEnd && !ended) {
            ended = true;
            verb = d.head(endNoun);
            anchors = new ArrayList<>(anchors);
            if (!anchors.contains(verb)) anchors.add(verb);
        }
        List<Integer> dating = anchors;
        if (ended) {
            provenance.add(Candidate.ENDED);
            dating = new ArrayList<>(anchors);
            // ("concluding" may hang on the nearest noun: the verb above it is the clause's)
            if (verb != 0 && (d.rel(verb).startsWith("advcl") || d.rel(verb).equals("conj") || d.tok(verb).pos().equals("VBG"))) {
                int up = d.head(verb);
                for (int guard = 0; up != 0 && !d.isVerb(up) && guard < 4; guard++) up = d.head(up);
                if (up != 0) dating.add(up);
            }
        }
        int[] dayVerb = new int[1];
        int dayOf = Timing.dayOfEvent(d, trig, verb, dayVerb);
        if (dayOf > 0 && type == EventType.MEETING && d.isNoun(trig) && occasionOfAnEncounter(d, trig)) {
            why[0] = "the gathering whose day dates an encounter told by its own verb ('on the second day of the talks, X met Y')";
            return null;
        }
        if (dayVerb[0] != 0 && !dating.contains(dayVerb[0])) {
            dating = new ArrayList<>(dating);
            dating.add(dayVerb[0]); // "enters its final day on Thursday": the verb of the day dates it
        }
        EventDate date = Timing.date(d, sentText, sentBegin, published, tense, trig, dating, type == EventType.SUMMIT,
                Timing.dayBefore(doc, s), Timing.frameDay(doc, s));
        int whereHost = date == null ? Timing.whereClauseHost(d, verb != 0 ? verb : trig) : 0;
        if (whereHost != 0) {
            // ("was to lead the delegation in Santa Cruz on Wednesday, where she was due to meet X": a "where" clause on
            // a place is on the day of the clause that names the place)
            List<Integer> withHost = new ArrayList<>(dating);
            withHost.add(whereHost);
            date = Timing.date(d, sentText, sentBegin, published, tense, trig, withHost, type == EventType.SUMMIT,
                    Timing.dayBefore(doc, s), Timing.frameDay(doc, s));
        }
        if (date == null && g.window() > 0) date = Timing.dateInWindow(d, sentText, sentBegin, published, tense, trig, g.window());
        if (date == null && type == EventType.MEETING && tense == Tense.PAST && s.index() >= Settings.LEDE_SENTENCES
                && Timing.NEWS_DAY_MARK.matcher(sentText).find()) {
            // ("In a separate meeting at Czernin Palace in the afternoon, the two ministers signed ..."): an encounter
            // told as part of the report's news, on no day of its own, is on the day of that news
            LocalDate news = Timing.newsDay(doc);
            if (news != null) {
                date = EventDate.day(news);
                provenance.add(NEWS_DAY);
            }
        }
        int offset = date != null && date.precision() == Precision.DAY && date.days() == 1 && !date.approximate() && d.isNoun(trig)
                ? daysFromTheToldDay(d, trig) : 0;
        if (offset != 0) {
            // ("The business forum opened on Saturday, on the eve of the ASEAN summit", "a day before the African Union
            // summit": the day told is the eve's, and the summit is the day after it)
            date = EventDate.day(date.start().plusDays(offset));
            provenance.add(EVE_OF);
        }
        int duration = Timing.duration(d, trig, anchors);
        boolean oneDay = date != null && date.precision() == Precision.DAY && date.days() == 1 && !date.approximate();
        if (oneDay && dayOf > 0) {
            provenance.add(Candidate.DAY_OF_EVENT);
            date = Timing.spanFromDay(date, dayOf, duration); // "a second day of talks on Thursday": it began Wednesday
        } else if (oneDay && duration > 1) {
            // "returned home on Wednesday from a week-long trip", "left Pyongyang on Friday after a two-day visit",
            // "wrapped up his three-day visit on Thursday": the day one comes back from it, leaves its place or ends
            // it is its last
            boolean endsThen = d.isNoun(trig) && d.caseOf(trig).equals("from") || provenance.contains(Candidate.LEFT_PLACE)
                    || ended;
            date = endsThen ? EventDate.days(date.start().minusDays(duration - 1L), date.start())
                    : EventDate.days(date.start(), date.start().plusDays(duration - 1L));
        }
        if (date != null && type == EventType.VISIT && d.isVerb(trig) && Lexicon.DEPART.contains(d.lemma(trig))
                && !provenance.contains(Candidate.LEFT_PLACE)) {
            date = date.asApproximate(); // "leaves for China on 11 April": the visit begins about then
        }
        if (simplePastAhead(d, trig, verb, tense, date, published, sentText)) {
            // ("last met on October 5 in Lima", "The talks ended on October 13 without a deal", in an August or
            // September report): the event's own verb in the simple past puts a yearless day in the year before,
            // however far back (only a plan under a past verb of choosing or setting lies ahead)
            date = new EventDate(date.start().minusYears(1), date.end().minusYears(1), date.precision(), date.approximate());
        }
        Status status = StatusRules.status(d, trig, verb, scope, tense, date, published);
        if (status == Status.OCCURRED && provenance.contains(EVE_OF) && published != null && date.start().isAfter(published)) {
            status = Status.PLANNED; // (the eve has passed, the summit is still to come)
        }
        if (status == Status.OCCURRED && date == null && type == EventType.VISIT && d.isVerb(trig)
                && (d.lemma(trig).equals("arrive") || d.lemma(trig).equals("land") || Lexicon.DEPART.contains(d.lemma(trig)))) {
            status = Status.ONGOING; // "arrived in Moscow", "departed for Egypt": the visit is under way
        }

        if (status == Status.OCCURRED && tense == Tense.PRESENT && Timing.afterPhrase(d, trig)) {
            provenance.add(Candidate.COMPLETED); // "left Pyongyang on Friday after a two-day visit": told as over
        }
        boolean background = false;
        for (int c : d.children(trig)) {
            if (d.rel(c).equals("amod") && Lexicon.BACKGROUND.contains(d.lemma(c))) background = true;
        }
        if (background) provenance.add(Candidate.BACKGROUND);
        // "invited Starmer to visit Antigua and Barbuda again": one more visit, after the one told
        if ((status == Status.PLANNED || status == Status.PROPOSED) && Parties.again(d, trig)) provenance.add(Candidate.AGAIN);
        for (int c : d.children(trig)) {
            if (d.rel(c).equals("amod") && Lexicon.SERIES_ADJ.contains(d.lemma(c))) provenance.add(Summits.OF_A_SERIES);
            // "the bloc's summit": the summit of the organisation the article names
            if (rule.name().equals("unnamed-summit") && d.rel(c).equals("nmod:poss") && Lexicon.BLOC_NOUNS.contains(d.lemma(c))) {
                provenance.add(Summits.THE_BLOCS_SUMMIT);
            }
        }
        List<String> parties = type == EventType.MEETING || type == EventType.CALL
                ? Groups.parties(d, entities, anchors, participants) : List.of();
        if (type == EventType.MEETING && country != null && parties.isEmpty() && Standing.envoyAtPost(participants, entities, country)) {
            // "the ambassador to Egypt will be received at the presidential palace in Cairo": an envoy's meeting at
            // the post is with the host state, named or not
            parties = List.of(country);
            provenance.add("envoy-at-post");
        }
        Optional<LocalPerson> byOffice = type == EventType.MEETING || type == EventType.CALL
                ? Groups.counterpartByOffice(d, entities, participants, parties) : Optional.empty();
        if (byOffice.isPresent()) {
            participants = new ArrayList<>(participants);
            participants.add(new LocalParticipant(byOffice.get().id(), Role.COUNTERPART, 0));
            parties = List.of();
            provenance.add(COUNTERPART_BY_OFFICE);
        }
        if (!parties.isEmpty()) provenance.add("group-counterpart");
        String from = type == EventType.VISIT && country != null ? Standing.visitorsState(participants, entities, country) : null;
        if (from != null) {
            // ("Foreign Minister José Manuel Albares travelled to Mexico City", among Spanish and Mexican leaders)
            parties = List.of(from);
            provenance.add(VISITORS_STATE);
        }
        // ("his meetings with Zelensky and Putin on Monday": meetings in the plural, with two people or more besides
        // the subject, are several meetings, each a pair's; the mention supports them and makes none)
        boolean several = type == EventType.MEETING && d.tok(trig).pos().equals("NNS")
                && (d.lemma(trig).equals("meeting") || d.lemma(trig).equals("encounter")) && participants.size() >= 3;
        if (several) provenance.add(SEVERAL_MEETINGS);
        // leaving a place tells of a stay only beside other reports of it ("departed Taiwan on Wednesday")
        boolean strong = !g.fallback() && !background && !several && !provenance.contains(Candidate.LEFT_PLACE)
                && !provenance.contains(Candidate.ARTICLES_TRAVELLER) && (Standing.strong(type, participants, entities, country, name, date)
                || Groups.strong(type, participants, entities, parties));
        Candidate c = new Candidate(doc.id(), s.index(), sentBegin, s.end(), doc.text().codePointCount(0, sentBegin),
                doc.text().codePointCount(0, s.end()), sentText, d.tok(trig).word(), type,
                participants, place, country, date, duration, status, strong, name, published, assigned.counterpart(),
                provenance, parties);
        return new Built(c, dest != null ? destTok : 0, g.parsedPeople(), g.parsedPerson());
    }
}
