package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of one event mention and their roles: those in the event's scope of the parse, then, for meetings
 * and calls the parse left with fewer than two parties, those of the surface around the trigger.
 */
final class Parties {
    private Parties() {
    }

    /**
     * The people found for a mention.
     *
     * @param persons      local person id to the token that represents them, in the order found
     * @param parsedPeople how many people the parse itself gave, before any surface fallback
     * @param parsedPerson the first of those, or -1
     * @param fallback     whether the sentence's people were added without the parse (support only)
     * @param window       the last token of a "with X" surface window that gave people, or 0
     */
    record Gathered(Map<Integer, Integer> persons, int parsedPeople, int parsedPerson, boolean fallback, int window) {
    }

    /** The people in the scope of the trigger, the parse's first and the surface's second. */
    static Gathered gather(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, EventType type, List<Integer> scope,
                           List<Integer> anchors) {
        Sentence s = d.sentence();
        Map<Integer, Integer> personTokens = new LinkedHashMap<>(); // local person id -> token
        int pairTok = 0;
        for (int k : scope) {
            if (k < 0) {
                // relative pronoun: the nearest person named before it
                for (int j = -k - 1; j >= 1; j--) {
                    Optional<LocalPerson> p = entities.personAt(s.index(), j);
                    if (p.isPresent()) {
                        personTokens.putIfAbsent(p.get().id(), j);
                        break;
                    }
                }
                continue;
            }
            Optional<LocalPerson> p = entities.personAt(s.index(), k);
            if (p.isPresent()) {
                personTokens.putIfAbsent(p.get().id(), k);
            } else if (Lexicon.PERSON_PRONOUNS.contains(d.word(k)) && d.tok(k).pos().startsWith("PRP")) {
                Optional<LocalPerson> ref = People.pronoun(doc, entities, d, k);
                ref.ifPresent(r -> personTokens.putIfAbsent(r.id(), k));
            } else if ((type == EventType.CALL || type == EventType.MEETING && again(d, trig)) && (Lexicon.PLURAL_PRONOUNS.contains(d.word(k)) && d.tok(k).pos().startsWith("PRP")
                    || theTwo(d, k)) && (k == trig || d.head(k) == trig || anchors.contains(d.head(k))) && d.lastPair.size() == 2) {
                // "following their September 9 phone call": the two of the meeting or call reported just before
                for (int id : d.lastPair) personTokens.putIfAbsent(id, k);
            } else if ((type == EventType.CALL || type == EventType.MEETING) && pairTok == 0
                    && (thePair(d, k) || type == EventType.MEETING && theTwo(d, k) || demonymPair(d, k).size() == 2)
                    && (d.head(k) == trig || d.isVerb(trig) && anchors.contains(d.head(k)) && d.rel(k).startsWith("nsubj"))) {
                pairTok = k;
            }
        }
        // The subject of a verb above an xcomp, across a comma, is usually a parse error ("Trong in Hanoi, hours
        // before Trump was due to meet Kim")
        for (int a : anchors) {
            if (a == trig || d.child(a, "xcomp") == 0) continue;
            int subj = d.child(a, "nsubj", "nsubj:pass");
            if (subj == 0) continue;
            int xc = d.child(a, "xcomp");
            boolean broken = false;
            for (int k = Math.min(subj, xc) + 1; k < Math.max(subj, xc); k++) if (Lexicon.SEGMENT_BREAK.contains(d.word(k))) broken = true;
            if (!broken) continue;
            Optional<LocalPerson> p = entities.personAt(s.index(), subj);
            p.ifPresent(x -> personTokens.remove(x.id()));
        }
        // Each person is represented by the head of their mention ("the German foreign minister" by "minister").
        for (Map.Entry<Integer, Integer> e : personTokens.entrySet()) {
            int k = e.getValue();
            if (k <= 0) continue;
            for (int guard = 0; guard < 6 && d.head(k) != 0; guard++) {
                Optional<LocalPerson> up = entities.personAt(s.index(), d.head(k));
                if (up.isEmpty() || up.get().id() != e.getKey()) break;
                k = d.head(k);
            }
            e.setValue(k);
        }
        // People who only speak about the event (spokespeople, analysts, the subject of "said") are not in it.
        personTokens.entrySet().removeIf(e -> People.isSource(d, e.getValue(), trig) || People.isSpokes(entities.people().get(e.getKey()))
                || People.isAbsent(d, e.getValue()) || People.modifiesThing(d, entities, e.getValue()));
        // "the two leaders agreed to meet", "a call between the two presidents", "two days later the two met": the two
        // of the meeting or call reported just before, unless the sentence names its own ("the two ministers, X and Y,
        // spoke")
        int pair = pairTok;
        // (one the article names by no office, "his Mozambican counterpart, Ana Lúcia Macamo", may hold it)
        if (pair != 0 && personTokens.size() < 2 && demonymPair(d, pair).isEmpty() && d.lastPair.size() == 2 && d.lastPair.stream()
                .allMatch(id -> entities.people().get(id).titles().isEmpty() || bears(entities.people().get(id), d, pair))) {
            for (int id : d.lastPair) personTokens.putIfAbsent(id, pair);
        } else if (pair != 0 && personTokens.size() < 2) {
            // "the two presidents" after a meeting of two ministers, "the Latvian and Icelandic presidents' telephone
            // conversation": the two the article names with that office
            for (int id : titleHolders(entities, d, pair)) personTokens.putIfAbsent(id, pair);
        }
        int parsedPeople = personTokens.size();
        int parsedPerson = personTokens.isEmpty() ? -1 : personTokens.keySet().iterator().next();
        int window = type == EventType.MEETING || type == EventType.CALL ? People.withFallback(doc, entities, d, trig, personTokens) : 0;
        boolean fallback = false;
        if ((type == EventType.MEETING || type == EventType.CALL) && personTokens.size() < 2 && d.isVerb(trig)) {
            // The parse lost the parties of "X met Y". People in the verb's own stretch of text (between commas) on
            // both sides of it are its parties; failing that, the sentence's people support an event found elsewhere.
            int from = trig;
            int to = trig;
            while (from > 1 && !Lexicon.SEGMENT_BREAK.contains(d.word(from - 1))) from--;
            while (to < d.size() && !Lexicon.SEGMENT_BREAK.contains(d.word(to + 1))) to++;
            Map<Integer, Integer> seg = new LinkedHashMap<>();
            boolean before = false;
            boolean after = false;
            for (int k = from; k <= to; k++) {
                Optional<LocalPerson> p = entities.personAt(s.index(), k);
                if (p.isEmpty() || People.isSpokes(p.get()) || People.isSource(d, k, trig) || People.modifiesThing(d, entities, k)) continue;
                if (d.rel(k).equals("nmod:poss") && d.triggers.contains(d.head(k))) continue; // "X's visit" is X's
                seg.putIfAbsent(p.get().id(), k);
                if (k < trig) before = true;
                else after = true;
            }
            if (seg.size() >= 2 && before && after) {
                for (Map.Entry<Integer, Integer> e : seg.entrySet()) personTokens.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        if ((type == EventType.MEETING || type == EventType.CALL) && personTokens.size() < 2) {
            // ("X and Y spoke by phone for the first time since their call in July", "X and Y have not met since
            // their summit in Geneva")
            People.theirs(entities, d, trig).forEach(personTokens::putIfAbsent);
        }
        if ((type == EventType.MEETING || type == EventType.CALL) && personTokens.isEmpty()) {
            // ("The foreign ministers of Thailand and Cambodia spoke by telephone on Wednesday evening")
            People.titledStates(entities, d, trig, anchors).forEach(personTokens::putIfAbsent);
        }
        if (type == EventType.MEETING && personTokens.size() < 2) {
            // ("the joint commission met in Rabat on November 29, chaired by X and his counterpart Y")
            People.chairs(entities, d, trig, anchors).forEach(personTokens::putIfAbsent);
        }
        if ((type == EventType.MEETING || type == EventType.CALL) && personTokens.size() < 2) {
            for (int k = 1; k <= d.size(); k++) {
                Optional<LocalPerson> p = entities.personAt(s.index(), k);
                if (p.isEmpty() && Lexicon.PERSON_PRONOUNS.contains(d.word(k)) && d.tok(k).pos().startsWith("PRP")) {
                    p = People.pronoun(doc, entities, d, k);
                }
                if (p.isEmpty() || personTokens.containsKey(p.get().id())) continue;
                if (People.isSource(d, k, trig) || People.isSpokes(p.get()) || People.isAbsent(d, k) || People.modifiesThing(d, entities, k)) continue;
                personTokens.put(p.get().id(), k);
                fallback = true;
            }
        }
        return new Gathered(personTokens, parsedPeople, parsedPerson, fallback, window);
    }

    /** The participants with their roles, and whether the sentence calls a party a counterpart. */
    record Assigned(List<LocalParticipant> participants, boolean counterpart) {
    }

    /** Roles: a visit's visitor and hosts (people of the visited country); a meeting's counterparts and the rest. */
    static Assigned roles(Deps d, DocEntities entities, Map<Integer, Integer> personTokens, EventType type, int visitor,
                          String country) {
        List<LocalParticipant> participants = new ArrayList<>();
        boolean counterpart = false;
        for (Map.Entry<Integer, Integer> e : personTokens.entrySet()) {
            LocalPerson p = entities.people().get(e.getKey());
            int tok = e.getValue();
            boolean cp = People.isCounterpart(d, tok);
            counterpart |= cp;
            Role role;
            if (type == EventType.VISIT) {
                if (p.id() == visitor) role = Role.VISITOR;
                else if (country != null && country.equals(p.country())) role = Role.HOST;
                else role = Role.PARTICIPANT;
            } else if (type == EventType.SUMMIT) {
                role = Role.PARTICIPANT; // a summit's leaders are its participants, whoever meets whom there
            } else {
                role = cp || "with".equals(People.caseOfNominal(d, tok)) || d.rel(tok).equals("obj") ? Role.COUNTERPART : Role.PARTICIPANT;
            }
            participants.add(new LocalParticipant(p.id(), role, tok));
        }
        return new Assigned(participants, counterpart);
    }

    /**
     * "The two leaders agreed to meet", "a call between the two presidents", "both men", "a meeting between the
     * leaders": a plural noun of the people who take part in diplomacy, counted as two, "both" or after "between",
     * refers back to the two of the meeting or call just told.
     */
    static boolean thePair(Deps d, int k) {
        String pos = d.tok(k).pos();
        if (!pos.equals("NNS") && !pos.equals("NNPS") || !Lexicon.PAIR_NOUNS.contains(d.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "heads" of state or of government, not of delegation
        if (d.lemma(k).equalsIgnoreCase("head")) {
            int of = d.child(k, "nmod", "nmod:of");
            if (of == 0 || !d.lemma(of).equals("state") && !d.lemma(of).equals("government")) return false;
        }
        int det = d.child(k, "det");
        if (det != 0 && d.word(det).equalsIgnoreCase("both")) return true;
        // ("the press conference, which followed a two-hour meeting between the leaders": "between" takes two)
        if (det != 0 && d.word(det).equalsIgnoreCase("the") && d.caseOf(k).equals("between") && d.child(k, "conj") == 0) return true;
        int num = d.child(k, "nummod");
        return num != 0 && d.word(num).equalsIgnoreCase("two") && det != 0 && d.word(det).equalsIgnoreCase("the");
    }

    /**
     * Whether a person may be one of "the two presidents" or "the two foreign ministers": a person whose titles the text
     * gives holds the office the noun names ("presidents" a president, "ministers" a minister, "leaders" or "heads" no
     * minister short of a prime minister, "ministers" only people called ministers); "the two men" and "the two
     * counterparts" fit anyone.
     */
    static boolean bears(LocalPerson p, Deps d, int noun) {
        if (p.titles().isEmpty()) return !d.lemma(noun).equals("minister"); // ministers are named as such
        String titles = String.join(" | ", p.titles()).toLowerCase(java.util.Locale.ROOT);
        boolean minister = titles.matches(".*\\bminister\\b.*") && !titles.matches(".*\\b(prime|first|chief) minister\\b.*");
        return switch (d.lemma(noun).toLowerCase(java.util.Locale.ROOT)) {
            case "president" -> titles.contains("president") && !titles.contains("vice");
            case "minister" -> {
                // the office's own word ("foreign"), not a nationality ("the Latvian and Icelandic foreign ministers")
                int mod = 0;
                for (int c : d.children(noun)) {
                    if ((d.rel(c).equals("amod") || d.rel(c).equals("compound")) && mod == 0
                            && !dev.parley.resolve.Gazetteer.get().isCountryOrDemonym(d.word(c))) {
                        mod = c;
                    }
                }
                yield titles.contains("minister") && (mod == 0 || titles.contains(d.lemma(mod).toLowerCase(java.util.Locale.ROOT)));
            }
            case "premier" -> titles.contains("premier") || titles.contains("prime minister");
            case "chancellor" -> titles.contains("chancellor");
            case "leader", "head", "statesman", "monarch", "king" -> !minister;
            default -> true;
        };
    }

    /**
     * The countries of "the Latvian and Icelandic presidents" (a plural noun of PAIR_NOUNS with two country or
     * nationality modifiers joined by "and"); empty when the noun has not exactly two.
     */
    static List<String> demonymPair(Deps d, int k) {
        String pos = d.tok(k).pos();
        if (!pos.equals("NNS") && !pos.equals("NNPS") || !Lexicon.PAIR_NOUNS.contains(d.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        for (int c : d.children(k)) {
            if (!d.rel(c).equals("amod") && !d.rel(c).equals("compound")) continue;
            List<Integer> words = new ArrayList<>(List.of(c));
            for (int cc : d.children(c)) if (d.rel(cc).equals("conj")) words.add(cc);
            for (int w : words) {
                dev.parley.resolve.Gazetteer g = dev.parley.resolve.Gazetteer.get();
                g.countryByDemonym(d.word(w)).or(() -> g.countryByName(d.word(w))).ifPresent(countries::add);
            }
        }
        return countries.size() == 2 ? List.copyOf(countries) : List.of();
    }

    /**
     * The two people the article names with the office a plural noun refers to: of the two countries of "the Latvian
     * and Icelandic presidents", one each; of "the two presidents", the only two who bear it ({@link #bears}, titles
     * given). Empty unless exactly two.
     */
    static List<Integer> titleHolders(DocEntities e, Deps d, int noun) {
        List<String> countries = demonymPair(d, noun);
        List<Integer> out = new ArrayList<>();
        if (!countries.isEmpty()) {
            for (String c : countries) {
                List<Integer> of = new ArrayList<>();
                for (LocalPerson p : e.people()) {
                    if (c.equals(p.country()) && !p.titles().isEmpty() && bears(p, d, noun) && !People.isSpokes(p)) of.add(p.id());
                }
                if (of.size() != 1) return List.of();
                out.add(of.get(0));
            }
            return out;
        }
        if (!thePair(d, noun)) return List.of();
        for (LocalPerson p : e.people()) {
            if (!p.titles().isEmpty() && bears(p, d, noun) && !People.isSpokes(p)) out.add(p.id());
        }
        return out.size() == 2 ? out : out.size() > 2 ? namedTogether(e, d, out) : List.of();
    }

    /** How many sentences back "the leaders" may refer to two named together. */
    private static final int TOGETHER_REACH = 4;

    /**
     * "At a press conference in Kyiv, Scholz and Zelenskiy played down ... With 100,000 troops near the border, Putin
     * has declared ... which followed a two-hour meeting between the leaders": of more than two who could be "the
     * leaders", the two the nearest sentence before names together (and no third of them); else none.
     */
    private static List<Integer> namedTogether(DocEntities e, Deps d, List<Integer> candidates) {
        int here = d.sentence().index();
        for (int si = here - 1; si >= Math.max(0, here - TOGETHER_REACH); si--) {
            List<Integer> in = new ArrayList<>();
            for (int id : candidates) {
                final int at = si;
                if (e.people().get(id).mentions().stream().anyMatch(m -> m.sentence() == at)) in.add(id);
            }
            if (in.size() == 2) return in;
            if (in.size() > 2) return List.of();
        }
        return List.of();
    }

    /**
     * "They agreed to meet again next month in Lusaka": a meeting "again" is one more of the pair met before, so "they"
     * are that pair (a meeting with no "again" may be anyone's: "they" of a group).
     */
    static boolean again(Deps d, int trig) {
        for (int c : d.children(trig)) if (d.rel(c).equals("advmod") && d.word(c).equalsIgnoreCase("again")) return true;
        return false;
    }

    /** "The two had spoken by telephone": "the two" standing alone as a subject refers back as "they" does. */
    static boolean theTwo(Deps d, int k) {
        return d.rel(k).startsWith("nsubj") && d.word(k).equalsIgnoreCase("two") && d.tok(k).pos().equals("CD")
                && d.child(k, "det") != 0 && d.word(d.child(k, "det")).equalsIgnoreCase("the");
    }
}
