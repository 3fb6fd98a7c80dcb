package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Who takes part in an event and in which role: sources, spokespeople and absentees left out, pronouns resolved, the visitor chosen. */
final class People {
    private People() {
    }

    static boolean isSource(Deps d, int tok, int trig) {
        int h = d.head(tok);
        // "the two met for three hours, according to X": whoever the event is told by, even hung on its verb
        if (d.caseOf(tok).equals("accord")) return true;
        if (h == 0 || h == trig) return false;
        // "X, who visited China last week, said on Monday": the event of a relative clause on the speaker is theirs
        if (d.rel(trig).equals("acl:relcl") && d.head(trig) == tok) return false;
        // (so is the one that clause's verb of taking part takes: "X, who chaired the conclave, said"; not "X, who
        // backed the talks between Y and Z, said")
        int rel = d.head(trig);
        if (rel != 0 && d.rel(rel).equals("acl:relcl") && d.head(rel) == tok && takesPart(d, rel)) return false;
        String r = d.rel(tok);
        if (r.startsWith("nsubj") && Lexicon.REPORTING.contains(d.lemma(h)) && !isTrigger(d, h)) return true;
        return d.caseOf(tok).equals("accord") || d.caseOf(tok).equals("to") && d.lemma(h).equals("accord");
    }

    /** A verb of taking part in an event: chairing it (CHAIR_VERBS), holding, attending, joining, opening or ending it. */
    static boolean takesPart(Deps d, int verb) {
        String l = d.lemma(verb);
        return Lexicon.CHAIR_VERBS.contains(l) || Lexicon.LIGHT.contains(l) && !l.equals("be") && !l.equals("do") && !l.equals("make")
                || Lexicon.has(Lexicon.BEGIN_VERBS, d, verb) || Lexicon.has(Lexicon.END_VERBS, d, verb) || l.equals("lead");
    }

    static boolean isTrigger(Deps d, int i) {
        int obj = d.child(i, "obj", "iobj");
        return (d.lemma(i).equals("tell") || d.lemma(i).equals("brief")) && obj != 0 && d.lemma(obj).equals("counterpart");
    }

    static boolean isSpokes(LocalPerson p) {
        // ("President Valeria Solís ... Solís, an economist who took office in May 2030": a commentator's word beside
        // an office of state is the office holder's training, and she takes part in what she does)
        boolean office = p.titles().stream().anyMatch(Titles::isOffice);
        for (String t : p.titles()) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[ -]")) {
                if (w.startsWith("spokes") || !office && Titles.isCommentatorWord(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAbsent(Deps d, int tok) {
        int v = d.governingVerb(tok);
        int h = d.head(tok);
        // "opened their summit on Thursday ... but without Nigeria's President Adebayo Ogunleye"
        if (d.caseOf(tok).equals("without")) return true;
        boolean inName = d.rel(tok).equals("compound") || d.rel(tok).equals("appos") || d.rel(tok).equals("flat");
        if (inName && h != 0 && d.caseOf(h).equals("without")) return true;
        for (int k : new int[] {h, v}) {
            if (k == 0) continue;
            if (Lexicon.ABSENT.contains(d.lemma(k))) return true;
            for (int c : d.children(k)) if (Lexicon.ABSENT.contains(d.lemma(c))) return true;
        }
        return false;
    }

    static boolean isCounterpart(Deps d, int tok) {
        int h = d.head(tok);
        if (d.lemma(tok).equals("counterpart")) return true;
        if (h != 0 && d.lemma(h).equals("counterpart")) return true;
        for (int c : d.children(tok)) if (d.lemma(c).equals("counterpart")) return true;
        // "with his Egyptian counterpart, Badr Abdelatty": the title a few words before the name
        for (int k = tok - 1; k >= Math.max(1, tok - Settings.COUNTERPART_WINDOW); k--) {
            if (d.lemma(k).equals("counterpart")) return true;
            if (d.tok(k).pos().startsWith("VB") || d.word(k).equals(";")) break;
        }
        return false;
    }

    static String caseOfNominal(Deps d, int tok) {
        String c = d.caseOf(tok);
        if (!c.isEmpty()) return c;
        int h = d.head(tok);
        // "with his counterpart Wang Yi": the name hangs on the title that carries the case.
        if (h != 0 && d.isNoun(h) && !d.rel(tok).startsWith("nsubj")) return d.caseOf(h);
        return "";
    }

    static Optional<LocalPerson> pronoun(AnnotatedDoc doc, DocEntities e, Deps d, int k) {
        return pronoun(doc, e, d, k, 0);
    }

    /** How many sentences back a pronoun's referent is looked for. */
    static final int PRONOUN_REACH = 2;
    /** How many pronouns in a row a referent is carried through ("He arrived ... He was welcomed ... He left"). */
    static final int PRONOUN_CHAIN = 1;

    /**
     * The people who chair a meeting (person id to token): the "by" phrase of a verb of chairing (CHAIR_VERBS) hung on
     * the meeting's trigger or a verb that carries it, as a participle or, as the parser often makes it, a conjunct ("the
     * joint commission met in Rabat, chaired by X and his counterpart Y"; "the talks, co-chaired by X and Y").
     */
    static Map<Integer, Integer> chairs(DocEntities e, Deps d, int trig, List<Integer> anchors) {
        Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
        int s = d.sentence().index();
        for (int k = 1; k <= d.size(); k++) {
            if (!d.isVerb(k) || !Lexicon.CHAIR_VERBS.contains(d.lemma(k)) || !d.tok(k).pos().equals("VBN")) continue;
            if (d.head(k) != trig && !anchors.contains(d.head(k))) continue;
            for (int by : d.children(k)) {
                if (!d.rel(by).startsWith("obl") || !d.caseOf(by).equals("by")) continue;
                for (int j = 1; j <= d.size(); j++) {
                    if (!d.dominates(by, j)) continue;
                    int tok = j;
                    e.personAt(s, j).ifPresent(p -> out.putIfAbsent(p.id(), tok));
                }
            }
        }
        return out;
    }

    /**
     * The people "their" stands for before an event noun ("since their call in July"): the two or more people named
     * as the subject of the nearest verb above it ("X and Y spoke by phone ... since their call"), person id to token;
     * empty when the subject names fewer than two.
     */
    static Map<Integer, Integer> theirs(DocEntities e, Deps d, int trig) {
        int poss = d.child(trig, "nmod:poss");
        if (poss == 0 || !d.word(poss).equals("their")) return Map.of();
        int s = d.sentence().index();
        for (int v = d.head(trig), guard = 0; v != 0 && guard < 8; v = d.head(v), guard++) {
            if (!d.isVerb(v)) continue;
            int subj = d.subjectOf(v);
            if (subj == 0) return Map.of();
            Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
            List<Integer> named = new ArrayList<>(List.of(subj));
            for (int c : d.children(subj)) if (d.rel(c).equals("conj")) named.add(c);
            for (int k : named) {
                int tok = k;
                e.personAt(s, k).ifPresent(p -> out.putIfAbsent(p.id(), tok));
            }
            return out.size() >= 2 ? out : Map.of();
        }
        return Map.of();
    }

    /**
     * The people a plural title of two or more states stands for, as the subject of the event's verb: "The foreign
     * ministers of Thailand and Cambodia spoke by telephone", "the Thai and Cambodian foreign ministers met" (person id
     * to the title's token). For each state, its one person in the article whose titles hold the title's head word,
     * else its only person in the article; nothing unless every state has one.
     */
    static Map<Integer, Integer> titledStates(DocEntities e, Deps d, int trig, List<Integer> anchors) {
        int s = d.sentence().index();
        for (int a : anchors) {
            if (!d.isVerb(a)) continue;
            int subj = d.subjectOf(a);
            if (subj == 0 || !d.tok(subj).pos().equals("NNS") || !Titles.isTitle(d.lemma(subj))) return Map.of();
            List<String> states = new ArrayList<>();
            for (int c : d.children(subj)) {
                boolean of = d.rel(c).startsWith("nmod") && d.caseOf(c).equals("of");
                if (!of && !d.rel(c).equals("amod") && !d.rel(c).equals("compound")) continue;
                List<Integer> named = new ArrayList<>(List.of(c));
                for (int g : d.children(c)) if (d.rel(g).equals("conj")) named.add(g);
                for (int k : named) {
                    e.placeAt(s, k).map(dev.parley.resolve.PlaceRef::country).filter(x -> x != null && !states.contains(x))
                            .ifPresent(states::add);
                }
            }
            if (states.size() < 2) return Map.of();
            Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
            for (String state : states) {
                List<LocalPerson> of = e.people().stream().filter(p -> state.equals(p.country()) && !isSpokes(p)).toList();
                List<LocalPerson> titled = of.stream().filter(p -> p.titles().stream()
                        .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(d.lemma(subj)))).toList();
                List<LocalPerson> pick = titled.isEmpty() ? of : titled;
                if (pick.size() != 1) return Map.of();
                out.putIfAbsent(pick.get(0).id(), subj);
            }
            return out;
        }
        return Map.of();
    }

    /** Whether a parsed sentence has a person pronoun for a subject, which passes its referent on to a pronoun after it. */
    static boolean hasPronounSubject(Sentence s) {
        for (Token t : s.tokens()) if (isPronounSubject(t)) return true;
        return false;
    }

    private static boolean isPronounSubject(Token t) {
        return t.rel().startsWith("nsubj") && t.pos().startsWith("PRP") && Lexicon.PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalPerson> pronoun(AnnotatedDoc doc, DocEntities e, Deps d, int k, int chain) {
        Sentence s = d.sentence();
        // ("X, who hosted Y in 2022, spoke with him by phone": a pronoun that is not its clause's subject, nor a
        // possessive, does not stand for that subject: "him" is not X)
        Optional<LocalPerson> ownSubject = Optional.empty();
        int ownSubjectToken = 0;
        if (!d.rel(k).startsWith("nsubj") && !d.rel(k).equals("nmod:poss")) {
            int v = d.head(k);
            for (int guard = 0; v != 0 && !d.isVerb(v) && guard < 6; guard++) v = d.head(v);
            int subj = v == 0 ? 0 : d.subjectOf(v);
            if (subj != 0 && subj != k) {
                ownSubject = e.personAt(s.index(), subj);
                ownSubjectToken = subj;
            }
        }
        Optional<LocalPerson> excluded = ownSubject;
        java.util.function.Predicate<LocalPerson> bad = p -> isSpokes(p) || excluded.isPresent() && excluded.get().equals(p);
        // The subject named before the pronoun in the sentence, else the nearest person before it, else the
        // sentence's subject after it (cataphora), else the subject of the previous sentences.
        for (int j = k - 1; j >= 1; j--) {
            // "He is scheduled to meet Carney ... his visit": "his" is whoever "He" is (but in "He met him", "him" is not)
            if (j != ownSubjectToken && d.rel(j).startsWith("nsubj") && Lexicon.PERSON_PRONOUNS.contains(d.word(j))
                    && d.tok(j).pos().startsWith("PRP")) {
                return pronoun(doc, e, d, j, chain);
            }
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isEmpty() || bad.test(p.get())) continue;
            int top = j;
            while (d.head(top) != 0 && e.personAt(s.index(), d.head(top)).equals(p)) top = d.head(top);
            if (d.rel(top).startsWith("nsubj")) return p;
            // "Brazil's leftist leader Luiz Inacio Lula da Silva, who was due to head to China for talks with Xi, has
            // postponed his trip": a name set beside the subject's title noun is the subject
            boolean beside = d.rel(top).equals("appos") || d.rel(top).equals("dep");
            if (beside && d.head(top) != 0 && d.isNoun(d.head(top)) && d.rel(d.head(top)).startsWith("nsubj")) return p;
        }
        for (int j = k - 1; j >= 1; j--) {
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isPresent() && !bad.test(p.get())) return p;
        }
        for (int j = k + 1; j <= d.size(); j++) {
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isPresent() && d.rel(j).startsWith("nsubj") && !bad.test(p.get())) return p;
        }
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - PRONOUN_REACH); si--) {
            Sentence prev = doc.sentences().get(si);
            // the subject of the previous sentence is the usual referent of "he" / "she"
            for (Token t : prev.tokens()) {
                Optional<LocalPerson> p = e.personAt(si, t.index());
                if (p.isEmpty() || bad.test(p.get())) continue;
                int q = t.index();
                while (prev.token(q).head() > 0 && e.personAt(si, prev.token(q).head()).equals(p)) q = prev.token(q).head();
                if (prev.token(q).rel().startsWith("nsubj")) return p;
            }
            // ("The Finnish President arrived in Doha. He was welcomed at the airport. He left Doha last night": a
            // pronoun subject before passes on its own referent)
            if (chain < PRONOUN_CHAIN) {
                for (Token t : prev.tokens()) {
                    if (isPronounSubject(t)) {
                        Optional<LocalPerson> p = pronoun(doc, e, new Deps(prev), t.index(), chain + 1);
                        if (p.isPresent() && !bad.test(p.get())) return p;
                        break;
                    }
                }
            }
            for (int j = prev.tokens().size(); j >= 1; j--) {
                Optional<LocalPerson> p = e.personAt(si, j);
                if (p.isPresent() && !bad.test(p.get())) return p;
            }
        }
        return Optional.empty();
    }

    /**
     * Parses go wrong on long news sentences; when a meeting has no "with" side in its parse, read it off the
     * surface: "negotiations he had with X", "meetings with X", up to the next clause punctuation.
     */
    static int withFallback(AnnotatedDoc doc, DocEntities e, Deps d, int trig, Map<Integer, Integer> persons) {
        boolean hasWith = false;
        for (int tok : persons.values()) if ("with".equals(caseOfNominal(d, tok))) hasWith = true;
        if (hasWith) return 0;
        int with = 0;
        for (int k = trig + 1; k <= Math.min(d.size(), trig + Settings.WITH_SEARCH); k++) {
            String w = d.word(k);
            if (w.equals(",") || w.equals(";") || w.equals(".")) break;
            if (w.equals("with")) {
                with = k;
                break;
            }
        }
        if (with == 0) return 0;
        boolean found = false;
        int end = with;
        for (int k = with + 1; k <= Math.min(d.size(), with + Settings.WITH_WINDOW); k++) {
            String w = d.word(k);
            if (w.equals(";") || w.equals(".") || w.equals(",") || d.isVerb(k)) break;
            end = k;
            Optional<LocalPerson> p = e.personAt(d.sentence().index(), k);
            if (p.isPresent() && !isSpokes(p.get())) {
                persons.putIfAbsent(p.get().id(), k);
                found = true;
            }
        }
        if (!found) return 0;
        if (persons.size() >= 2) return end;
        for (int k = trig + 1; k < with; k++) {
            if (Lexicon.PERSON_PRONOUNS.contains(d.word(k))) {
                Optional<LocalPerson> ref = pronoun(doc, e, d, k);
                if (ref.isPresent()) {
                    persons.putIfAbsent(ref.get().id(), k);
                    return end;
                }
            }
        }
        int lead = leadingSubject(d, e, trig, null);
        if (lead >= 0) persons.putIfAbsent(lead, 0);
        return end;
    }

    /**
     * Whether a visit noun is a definite reference to a trip that names no traveller: "the visit to Ashgabat", "this
     * trip", "The Canberra visit", not "his visit", "the premier's trip", "a visit by an Egyptian head of state" or
     * "a trip to Cairo" (which introduces one).
     */
    static boolean definiteAndUnowned(Deps d, int trig) {
        if (!d.isNoun(trig)) return false;
        boolean definite = false;
        for (int c : d.children(trig)) {
            if (d.rel(c).startsWith("nmod:poss") || d.caseOf(c).equals("by")) return false;
            if (d.rel(c).equals("det") && Lexicon.DEFINITE.contains(d.word(c).toLowerCase(java.util.Locale.ROOT))) definite = true;
        }
        return definite;
    }

    /** The first person of the sentence, before the trigger and not inside a phrase: a fallback subject. */
    static int leadingSubject(Deps d, DocEntities e, int trig, String country) {
        // "Trump welcomed Abe's help ... Japan's leader was considering a trip": the trip's own clause has for
        // subject an office ("leader", "minister") that is not a resolved person; the sentence's first person is
        // not its traveller
        int v = d.governingVerb(trig);
        for (int guard = 0; v != 0 && guard < 4; guard++) {
            int subj = d.child(v, "nsubj", "nsubj:pass");
            if (subj != 0) {
                if (e.personAt(d.sentence().index(), subj).isEmpty() && Titles.isTitle(d.lemma(subj))) return -1;
                break;
            }
            if (!d.rel(v).equals("xcomp") && !d.rel(v).equals("conj")) break;
            v = d.head(v);
        }
        for (int k = 1; k < trig; k++) {
            Optional<LocalPerson> p = e.personAt(d.sentence().index(), k);
            if (p.isEmpty()) continue;
            int top = k;
            while (top + 1 < trig && e.personAt(d.sentence().index(), top + 1).equals(p)) top++;
            k = top;
            String r = d.rel(k);
            boolean bare = d.caseOf(k).isEmpty() && (r.equals("root") || r.startsWith("nsubj") || r.equals("dep"));
            if (!bare || isSpokes(p.get()) || isSource(d, k, trig)) return -1;
            if (country != null && country.equals(p.get().country())) return -1;
            return p.get().id();
        }
        return -1;
    }

    /** "the Joe Biden administration": a name modifying a thing is not a participant. */
    static boolean modifiesThing(Deps d, DocEntities e, int tok) {
        int k = tok;
        while (d.head(k) != 0 && e.personAt(d.sentence().index(), d.head(k)).isPresent()
                && e.personAt(d.sentence().index(), d.head(k)).equals(e.personAt(d.sentence().index(), tok))) {
            k = d.head(k);
        }
        if (!d.rel(k).equals("compound") && !d.rel(k).equals("nmod:poss")) return false;
        int h = d.head(k);
        if (Triggers.isTriggerWord(d, h)) return false;
        // ("with Senegalese President X handing over the chair": a participle the tagger took for a noun, in the
        // absolute "with", tells what X does, and names no thing)
        int with = d.child(h, "case");
        if (d.rel(k).equals("compound") && d.word(h).endsWith("ing") && with != 0 && d.lemma(with).equals("with")) return false;
        return d.isNoun(h) && !Titles.isTitle(d.lemma(h)) && e.personAt(d.sentence().index(), h).isEmpty();
    }

    static int personAtRel(Deps d, DocEntities e, Map<Integer, Integer> persons, int trig, String rel) {
        for (Map.Entry<Integer, Integer> p : persons.entrySet()) {
            int tok = p.getValue();
            if (d.head(tok) == trig && d.rel(tok).equals(rel)) return p.getKey();
            if (d.dominates(d.child(trig, rel), tok) && d.child(trig, rel) != 0) return p.getKey();
        }
        return -1;
    }

    /** The visitor: the subject of the visit verb, the possessor of the visit noun, "the visit by X". */
    static int visitorOf(Deps d, DocEntities e, Map<Integer, Integer> persons, List<Integer> anchors, String country) {
        int trig = anchors.get(0);
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        if (ownedByAnother(d, persons, trig)) return -1;
        // "Lee and visiting Kenyan President William Ruto agreed": the parser makes the attributive "visiting" a verb
        // joined to the noun before it, with the guest for its object; the guest is the visitor
        int guest = d.child(trig, "obj");
        if (d.word(trig).equalsIgnoreCase("visiting") && guest != 0 && d.head(trig) != 0 && !d.isVerb(d.head(trig))
                && d.child(trig, "nsubj") == 0) {
            for (Map.Entry<Integer, Integer> p : persons.entrySet()) if (d.dominates(guest, p.getValue())) return p.getKey();
        }
        // ("Kranjčec received Olivera at Pantovčak on Monday, on the first full day of a state visit": a visit noun
        // told under a host's verb of receiving is the guest's, the verb's object)
        int v = d.governingVerb(trig);
        int received = v != 0 && v != trig && !d.isVerb(trig) && Lexicon.RECEIVE_VERBS.contains(d.lemma(v)) && d.child(v, "nsubj") != 0
                ? d.child(v, "obj") : 0;
        for (Map.Entry<Integer, Integer> p : persons.entrySet()) {
            if (received != 0 && d.dominates(received, p.getValue())) {
                return country != null && country.equals(e.people().get(p.getKey()).country()) ? -1 : p.getKey();
            }
        }
        for (Map.Entry<Integer, Integer> p : persons.entrySet()) {
            int tok = p.getValue();
            int rank = subjectRank(d, tok, trig, anchors);
            // a name hanging on its title ("Russia's top diplomat, Sergey Lavrov"): the title's relation counts
            int h = d.head(tok);
            String r = d.rel(tok);
            // ("Deputy Prime Minister and Foreign Minister Bui Thanh Son" parses the name as a conjunct of the title)
            if (rank > 3 && (r.equals("compound") || r.equals("flat") || r.equals("dep") || r.equals("appos")
                    || r.equals("conj") && Titles.isTitle(d.lemma(h).toLowerCase(Locale.ROOT))) && h != 0) {
                rank = Math.min(rank, subjectRank(d, h, trig, anchors) + 1);
            }
            LocalPerson lp = e.people().get(p.getKey());
            if (country != null && country.equals(lp.country())) rank += 10; // hosts do not visit their own country
            if (rank < bestRank) {
                best = p.getKey();
                bestRank = rank;
            }
        }
        return bestRank <= Settings.MAX_VISITOR_RANK ? best : -1;
    }

    /**
     * "As Brazilian leader's visit enters second day": a visit noun owned by a title no person was found for is that
     * title holder's, not the visit of another person of the sentence.
     */
    static boolean ownedByAnother(Deps d, Map<Integer, Integer> persons, int trig) {
        int owner = d.isNoun(trig) ? d.child(trig, "nmod:poss") : 0;
        return owner != 0 && !d.tok(owner).pos().startsWith("PRP") && !persons.containsValue(owner)
                && Titles.isTitle(d.lemma(owner).toLowerCase(Locale.ROOT));
    }

    static int subjectRank(Deps d, int tok, int trig, List<Integer> anchors) {
        String r = d.rel(tok);
        int h = d.head(tok);
        // "Sikorski invited Cho to visit Warsaw": the object of invite/ask/urge is who would travel
        boolean control = anchors.contains(h) && d.child(h, "xcomp") != 0 && anchors.contains(d.child(h, "xcomp"))
                && d.child(h, "obj") != 0;
        if (control && r.equals("obj")) return 1;
        int invitation = control ? d.child(h, "obj") : d.head(h) == 0 ? 0 : d.child(d.head(h), "obj");
        if (invitation != 0 && Lexicon.INVITATION_NOUNS.contains(d.lemma(invitation).toLowerCase(Locale.ROOT))
                && anchors.contains(d.head(invitation))) {
            // "extended an invitation to X to visit": the invitation's "to" is the invitee; "X accepted Y's
            // invitation to visit": the one who takes it up is
            if (h == invitation && d.caseOf(tok).equals("to")) return 1;
            if (r.startsWith("nsubj") && Lexicon.ACCEPT_VERBS.contains(d.lemma(h))) return 1;
        }
        if (control && r.startsWith("nsubj")) return 5;
        if (r.equals("nmod:poss") && h == trig) return 0;
        // "the visit by X" names the visitor; "X was received by Y" names the host
        if ((r.startsWith("nmod") || r.startsWith("obl")) && d.caseOf(tok).equals("by") && h == trig) return d.isVerb(trig) ? 9 : 0;
        // "the visit of President X to Canberra": the "of" of a visit noun is its visitor, as a possessor is
        if (r.startsWith("nmod") && d.caseOf(tok).equals("of") && h == trig && !d.isVerb(trig)) return 0;
        if (r.startsWith("nsubj") && anchors.contains(h)) return 1;
        // ("X, who is paying a state visit", "X, who is on an official visit": the person a relative pronoun subject
        // of the anchor, a verb or a noun after "is", stands for)
        for (int a : anchors) {
            int who = d.isVerb(a) || d.child(a, "cop") != 0 ? d.child(a, "nsubj", "nsubj:pass") : 0;
            if (who != 0 && d.tok(who).pos().startsWith("W") && d.subjectOf(a) == tok) return 1;
        }
        if (r.startsWith("nsubj")) return 2;
        if (d.tok(tok).pos().startsWith("PRP")) return 3;
        return 9;
    }
}
