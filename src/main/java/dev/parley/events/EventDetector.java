package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.PlaceKind;
import dev.parley.resolve.PlaceRef;
import dev.parley.time.DateExpressions;
import dev.parley.time.DateMention;
import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import dev.parley.time.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds event mentions in one document: a trigger word (visit, trip, travel to, meet, talks, phone call, summit)
 * and, from the dependency parse, its participants, place, date, duration and status. Rules are over lemmas,
 * word forms and grammatical relations, never over particular names.
 */
public final class EventDetector {

    public List<Candidate> detect(AnnotatedDoc doc, DocEntities entities) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) continue;
            Deps d = new Deps(s);
            List<Candidate> inSentence = new ArrayList<>();
            for (Token t : s.tokens()) {
                Optional<EventType> type = triggerType(d, t.index());
                if (type.isEmpty()) continue;
                Candidate c = build(doc, entities, d, t.index(), type.get());
                if (c != null) inSentence.add(c);
            }
            out.addAll(combine(inSentence));
        }
        return out;
    }

    // ---- triggers ---------------------------------------------------------------------------------------

    Optional<EventType> triggerType(Deps d, int i) {
        String lemma = d.lemma(i);
        String rel = d.rel(i);
        if (rel.equals("compound") && d.isNoun(d.head(i))) return Optional.empty(); // "meeting agenda"
        if (d.isNoun(i) || d.tok(i).pos().equals("VBG") && d.isNoun(d.head(i))) {
            if (Lexicon.VISIT_NOUNS.contains(lemma) && !lemma.equals("stay") && !lemma.equals("journey")) {
                return Optional.of(EventType.VISIT);
            }
            if (lemma.equals("call") && hasCallModifier(d, i)) return Optional.of(EventType.CALL);
            if (lemma.equals("conversation") && hasCallModifier(d, i)) return Optional.of(EventType.CALL);
            if (lemma.equals("summit")) return Optional.of(summitName(d, i) != null ? EventType.SUMMIT : EventType.MEETING);
            if (Lexicon.MEETING_NOUNS.contains(lemma) || d.word(i).equals("talks")) {
                return Optional.of(hasCallModifier(d, i) ? EventType.CALL : EventType.MEETING);
            }
        }
        if (d.isVerb(i)) {
            if (lemma.equals("visit")) return Optional.of(EventType.VISIT);
            if (lemma.equals("host") && hostsPerson(d, i)) return Optional.of(EventType.VISIT);
            if (Lexicon.TRAVEL_VERBS.contains(lemma) && destination(d, i, null) != 0) return Optional.of(EventType.VISIT);
            if (lemma.equals("meet")) return Optional.of(EventType.MEETING);
            if (lemma.equals("sit") && d.child(i, "compound:prt") != 0 && d.word(d.child(i, "compound:prt")).equals("down")) {
                return Optional.of(EventType.MEETING);
            }
            if ((lemma.equals("talk") || lemma.equals("speak") || lemma.equals("confer")) && hasCallModifier(d, i)) {
                return Optional.of(EventType.CALL);
            }
            if (lemma.equals("call") && d.child(i, "obj") != 0 && d.tok(d.child(i, "obj")).ner().equals("PERSON")
                    && hasCallModifier(d, i)) {
                return Optional.of(EventType.CALL);
            }
            if (lemma.equals("tell") || lemma.equals("brief")) {
                int obj = d.child(i, "obj", "iobj");
                if (obj != 0 && d.lemma(obj).equals("counterpart")) return Optional.of(EventType.MEETING);
            }
        }
        return Optional.empty();
    }

    private static boolean hasCallModifier(Deps d, int i) {
        for (int c : d.children(i)) {
            if (Lexicon.CALL_WORDS.contains(d.lemma(c))) return true;
            for (int g : d.children(c)) if (Lexicon.CALL_WORDS.contains(d.lemma(g)) && d.rel(c).startsWith("obl")) return true;
        }
        // "spoke by phone", "in a telephone conversation": a call word right next to the trigger
        for (int k = Math.max(1, i - 3); k <= Math.min(d.size(), i + 3); k++) {
            if (k != i && Lexicon.CALL_WORDS.contains(d.lemma(k))) return true;
        }
        return false;
    }

    private static boolean hostsPerson(Deps d, int i) {
        int obj = d.child(i, "obj");
        return obj != 0 && d.tok(obj).ner().equals("PERSON");
    }

    /** A summit's name from its modifiers ("G20", "NATO", "Group of 20", "Asean"), or null for an unnamed one. */
    static String summitName(Deps d, int i) {
        List<String> parts = new ArrayList<>();
        int first = i;
        for (int k = i - 1; k >= 1; k--) {
            Token t = d.tok(k);
            boolean proper = t.pos().startsWith("NNP") || t.pos().equals("CD") && k < i - 1 && d.word(k - 1 + 0).length() > 0
                    && isGroupOf(d, k);
            if (t.ner().equals("PERSON") || t.ner().equals("LOCATION") && !isGroupOf(d, k)) break;
            if (!(proper || t.word().equals("of") && k > 1 && d.tok(k - 1).pos().startsWith("NNP")
                    || t.word().equals("-") || t.word().equals("(") || t.word().equals(")"))) {
                break;
            }
            first = k;
        }
        if (first == i) return null;
        for (int k = first; k < i; k++) {
            String w = d.tok(k).word();
            if (w.equals("(") || w.equals(")")) continue;
            parts.add(w);
        }
        String name = String.join(" ", parts).replace(" - ", "-").strip();
        if (name.isEmpty()) return null;
        // A person- or place-named meeting ("the Trump-Kim summit") is a meeting, not a named summit.
        if (!name.matches(".*([A-Z]{2,}|\\d).*") && !name.startsWith("Group of") && !d.tok(first).ner().equals("ORGANIZATION")
                && !d.tok(first).ner().equals("MISC")) {
            return null;
        }
        return canonicalGroup(name);
    }

    private static boolean isGroupOf(Deps d, int k) {
        return k >= 3 && d.word(k - 1).equals("of") && d.tok(k - 2).word().equals("Group");
    }

    /** "Group of 20" and "G-20" are the G20; an acronym with its expansion keeps the acronym. */
    static String canonicalGroup(String name) {
        String n = name.replaceAll("^Group of (\\d+)$", "G$1").replaceAll("^Group of Seven$", "G7")
                .replaceAll("^Group of Eight$", "G8").replaceAll("^Group of Twenty$", "G20").replaceAll("^G-(\\d+)$", "G$1");
        String[] words = n.split(" ");
        for (String w : words) {
            if (w.matches("[A-Z][A-Za-z]*[A-Z][A-Za-z]*") && w.length() <= 6 && words.length > 2) return w;
        }
        return n;
    }

    // ---- building a candidate ---------------------------------------------------------------------------

    private Candidate build(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, EventType type) {
        Sentence s = d.sentence();
        int verb = d.governingVerb(trig);
        boolean hostVerb = d.lemma(trig).equals("host") && d.isVerb(trig);
        List<Integer> scope = scope(d, trig, verb);
        Map<Integer, Integer> personTokens = new LinkedHashMap<>(); // local person id -> token
        for (int k : scope) {
            Optional<LocalPerson> p = entities.personAt(s.index(), k);
            if (p.isPresent()) {
                personTokens.putIfAbsent(p.get().id(), k);
            } else if (Lexicon.PERSON_PRONOUNS.contains(d.word(k)) && d.tok(k).pos().startsWith("PRP")) {
                Optional<LocalPerson> ref = pronoun(doc, entities, d, k);
                ref.ifPresent(r -> personTokens.putIfAbsent(r.id(), k));
            }
        }
        // People who only speak about the event (spokespeople, analysts, the subject of "said") are not in it.
        personTokens.entrySet().removeIf(e -> isSource(d, e.getValue(), trig) || isSpokes(entities.people().get(e.getKey()))
                || isAbsent(d, e.getValue()));
        String name = type == EventType.SUMMIT ? summitName(d, trig) : null;

        // Place and country.
        int destTok = type == EventType.VISIT ? destination(d, trig, verb) : 0;
        PlaceRef dest = destTok != 0 ? entities.placeAt(s.index(), destTok).orElse(null) : null;
        PlaceRef where = dest != null ? dest : placeIn(d, entities, scope, trig);
        String country = where != null ? where.country() : null;
        String place = where != null && where.kind() != PlaceKind.DEMONYM && where.kind() != PlaceKind.INSTITUTION
                ? placeText(doc, where) : null;

        // Roles.
        List<LocalParticipant> participants = new ArrayList<>();
        boolean counterpart = false;
        int visitor = -1;
        if (type == EventType.VISIT) {
            visitor = hostVerb ? personAtRel(d, entities, personTokens, trig, "obj") : visitorOf(d, entities, personTokens, trig, verb, country);
        }
        for (Map.Entry<Integer, Integer> e : personTokens.entrySet()) {
            LocalPerson p = entities.people().get(e.getKey());
            int tok = e.getValue();
            boolean cp = isCounterpart(d, tok);
            counterpart |= cp;
            Role role;
            if (type == EventType.VISIT) {
                if (p.id() == visitor) role = Role.VISITOR;
                else if (country != null && country.equals(p.country())) role = Role.HOST;
                else role = Role.PARTICIPANT;
            } else {
                role = cp || "with".equals(caseOfNominal(d, tok)) || d.rel(tok).equals("obj") ? Role.COUNTERPART : Role.PARTICIPANT;
            }
            participants.add(new LocalParticipant(p.id(), role));
        }
        if (type == EventType.VISIT && visitor < 0) return null;
        if (type == EventType.VISIT && country == null) {
            // A visit with a host but no named place goes to the host's country.
            for (LocalParticipant lp : participants) {
                if (lp.role() != Role.VISITOR && entities.people().get(lp.person()).country() != null) {
                    country = entities.people().get(lp.person()).country();
                    break;
                }
            }
        }
        if (type == EventType.VISIT && country != null) {
            String vc = entities.people().get(visitor).country();
            if (country.equals(vc)) return null; // a trip at home is not a diplomatic visit
        }

        Tense tense = tense(d, trig, verb);
        LocalDate published = doc.article().published();
        int sentBegin = s.begin();
        String sentText = doc.text().substring(sentBegin, s.end());
        EventDate date = date(d, sentText, sentBegin, published, tense, trig, verb, scope);
        int duration = duration(d, trig, verb);
        if (date != null && duration > 1 && date.precision() == Precision.DAY && date.days() == 1 && !date.approximate()) {
            date = EventDate.days(date.start(), date.start().plusDays(duration - 1L));
        }
        Status status = status(d, trig, verb, scope, tense, date, published);

        boolean strong = strong(type, participants, entities, country, name, date);
        return new Candidate(doc.id(), s.index(), sentBegin, s.end(), doc.text().codePointCount(0, sentBegin),
                doc.text().codePointCount(0, s.end()), sentText, d.tok(trig).word(), type,
                participants, place, country, date, duration, status, strong, name, published, counterpart);
    }

    /** Tokens that belong to the event: the trigger's own phrase and, for a noun, the clause of its verb. */
    private static List<Integer> scope(Deps d, int trig, int verb) {
        List<Integer> scope = new ArrayList<>(d.clauseSubtree(trig));
        if (verb != 0 && verb != trig) {
            for (int c : d.children(verb)) {
                String r = d.rel(c);
                if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj") || r.startsWith("obl") && !d.dominates(c, trig)) {
                    for (int k : d.clauseSubtree(c)) if (!scope.contains(k)) scope.add(k);
                }
            }
        }
        int v = verb != 0 ? verb : trig;
        // "expected to join X for talks": the subject of the governing verb of an xcomp.
        if (d.rel(v).equals("xcomp") && d.head(v) != 0) {
            int up = d.head(v);
            int subj = d.child(up, "nsubj", "nsubj:pass");
            if (subj != 0) for (int k : d.clauseSubtree(subj)) if (!scope.contains(k)) scope.add(k);
            if (d.rel(up).equals("xcomp") && d.head(up) != 0) {
                int subj2 = d.child(d.head(up), "nsubj", "nsubj:pass");
                if (subj2 != 0) for (int k : d.clauseSubtree(subj2)) if (!scope.contains(k)) scope.add(k);
            }
        }
        // "Han Zheng, who met Blinken": the noun a relative clause hangs on is its subject.
        if (d.rel(v).equals("acl:relcl") && d.head(v) != 0) {
            int subj = d.child(v, "nsubj");
            if (subj != 0 && d.tok(subj).pos().startsWith("W")) {
                int noun = d.head(v);
                scope.add(noun);
                for (int c : d.children(noun)) {
                    if (d.rel(c).equals("compound") || d.rel(c).equals("flat") || d.rel(c).equals("appos") || d.rel(c).equals("dep")) {
                        scope.add(c);
                    }
                }
            }
        }
        return scope;
    }

    private static boolean isSource(Deps d, int tok, int trig) {
        int h = d.head(tok);
        if (h == 0 || h == trig) return false;
        String r = d.rel(tok);
        if (r.startsWith("nsubj") && Lexicon.REPORTING.contains(d.lemma(h)) && !isTrigger(d, h)) return true;
        return d.caseOf(tok).equals("accord") || d.caseOf(tok).equals("to") && d.lemma(h).equals("accord");
    }

    private static boolean isTrigger(Deps d, int i) {
        int obj = d.child(i, "obj", "iobj");
        return (d.lemma(i).equals("tell") || d.lemma(i).equals("brief")) && obj != 0 && d.lemma(obj).equals("counterpart");
    }

    private static boolean isSpokes(LocalPerson p) {
        for (String t : p.titles()) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[ -]")) {
                if (w.startsWith("spokes") || w.equals("analyst") || w.equals("fellow") || w.equals("researcher")
                        || w.equals("professor") || w.equals("journalist") || w.equals("correspondent") || w.equals("pundit")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAbsent(Deps d, int tok) {
        int v = d.governingVerb(tok);
        int h = d.head(tok);
        for (int k : new int[] {h, v}) {
            if (k == 0) continue;
            if (Lexicon.ABSENT.contains(d.lemma(k))) return true;
            for (int c : d.children(k)) if (Lexicon.ABSENT.contains(d.lemma(c))) return true;
        }
        return false;
    }

    private static boolean isCounterpart(Deps d, int tok) {
        int h = d.head(tok);
        if (d.lemma(tok).equals("counterpart")) return true;
        if (h != 0 && d.lemma(h).equals("counterpart")) return true;
        for (int c : d.children(tok)) if (d.lemma(c).equals("counterpart")) return true;
        return tok > 1 && d.lemma(tok - 1).equals("counterpart");
    }

    private static String caseOfNominal(Deps d, int tok) {
        String c = d.caseOf(tok);
        if (!c.isEmpty()) return c;
        int h = d.head(tok);
        // "with his counterpart Wang Yi": the name hangs on the title that carries the case.
        if (h != 0 && d.isNoun(h) && !d.rel(tok).startsWith("nsubj")) return d.caseOf(h);
        return "";
    }

    private Optional<LocalPerson> pronoun(AnnotatedDoc doc, DocEntities e, Deps d, int k) {
        Sentence s = d.sentence();
        // The nearest person before the pronoun in the sentence, else the sentence's subject after it (cataphora),
        // else the last person named in the previous sentences.
        for (int j = k - 1; j >= 1; j--) {
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isPresent() && !isSpokes(p.get())) return p;
        }
        for (int j = k + 1; j <= d.size(); j++) {
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isPresent() && d.rel(j).startsWith("nsubj") && !isSpokes(p.get())) return p;
        }
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - 2); si--) {
            Sentence prev = doc.sentences().get(si);
            for (int j = prev.tokens().size(); j >= 1; j--) {
                Optional<LocalPerson> p = e.personAt(si, j);
                if (p.isPresent() && !isSpokes(p.get())) return p;
            }
        }
        return Optional.empty();
    }

    /** The destination of a visit: "visit X", "trip to X", "arrive in X", "travel to X". Returns a token or 0. */
    static int destination(Deps d, int trig, Integer verbOrNull) {
        int best = 0;
        int bestDist = Integer.MAX_VALUE;
        List<Integer> cands = new ArrayList<>(d.clauseSubtree(trig));
        int verb = verbOrNull == null ? 0 : verbOrNull;
        if (verb != 0 && verb != trig) {
            for (int c : d.children(verb)) if (d.rel(c).startsWith("obl") || d.rel(c).equals("obj")) cands.addAll(d.clauseSubtree(c));
        }
        for (int k : cands) {
            Token t = d.tok(k);
            boolean placeLike = t.ner().equals("LOCATION") || d.lemma(k).equals("capital")
                    || t.ner().equals("ORGANIZATION") && false;
            if (!placeLike) continue;
            String r = d.rel(k);
            String c = d.caseOf(k);
            boolean ok = (r.equals("obj") && d.head(k) == trig && d.lemma(trig).equals("visit"))
                    || ((r.startsWith("obl") || r.startsWith("nmod")) && (c.equals("to") || c.equals("in") || c.equals("into")
                    || c.equals("for") && !d.isNoun(trig)));
            if (r.equals("compound") || r.equals("flat") || r.equals("conj") || r.equals("appos")) {
                // "Anchorage, Alaska": the head of the place phrase carries the case
                int h = d.head(k);
                ok = h != 0 && d.tok(h).ner().equals("LOCATION") && false;
            }
            if (!ok) continue;
            int dist = Math.abs(k - trig);
            if (dist < bestDist) {
                best = k;
                bestDist = dist;
            }
        }
        return best;
    }

    private static PlaceRef placeIn(Deps d, DocEntities e, List<Integer> scope, int trig) {
        PlaceRef best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k : scope) {
            Optional<PlaceRef> p = e.placeAt(d.sentence().index(), k);
            if (p.isEmpty() || !p.get().isPlace()) continue;
            String c = d.caseOf(k);
            if (!(c.equals("in") || c.equals("at") || c.equals("to"))) continue;
            int dist = Math.abs(k - trig);
            // prefer a city over the country it is in ("in Anchorage, Alaska")
            if (p.get().kind() == PlaceKind.CITY) dist -= 1;
            if (dist < bestDist) {
                best = p.get();
                bestDist = dist;
            }
        }
        return best;
    }

    private static String placeText(AnnotatedDoc doc, PlaceRef p) {
        if (p.kind() == PlaceKind.CAPITAL && p.span().text().toLowerCase(Locale.ROOT).endsWith("capital")) return null;
        return p.span().text();
    }

    private static int personAtRel(Deps d, DocEntities e, Map<Integer, Integer> persons, int trig, String rel) {
        for (Map.Entry<Integer, Integer> p : persons.entrySet()) {
            int tok = p.getValue();
            if (d.head(tok) == trig && d.rel(tok).equals(rel)) return p.getKey();
            if (d.dominates(d.child(trig, rel), tok) && d.child(trig, rel) != 0) return p.getKey();
        }
        return -1;
    }

    /** The visitor: the subject of the visit verb, the possessor of the visit noun, "the visit by X", else the first foreigner. */
    private static int visitorOf(Deps d, DocEntities e, Map<Integer, Integer> persons, int trig, int verb, String country) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> p : persons.entrySet()) {
            int tok = p.getValue();
            String r = d.rel(tok);
            int h = d.head(tok);
            int rank;
            if (r.equals("nmod:poss") && h == trig) rank = 0;
            else if ((r.startsWith("nmod") || r.startsWith("obl")) && d.caseOf(tok).equals("by") && h == trig) rank = 0;
            else if (r.startsWith("nsubj") && (h == trig || h == verb)) rank = 1;
            else if (r.startsWith("nsubj")) rank = 2;
            else if (d.tok(tok).pos().startsWith("PRP")) rank = 3;
            else if (r.equals("compound") || r.equals("flat") || r.equals("dep") || r.equals("appos")) {
                // a name hanging on its title: take the title's relation
                int t = h;
                String tr = d.rel(t);
                if (tr.startsWith("nsubj") || tr.equals("nmod:poss")) rank = 1;
                else rank = 5;
            } else rank = 6;
            LocalPerson lp = e.people().get(p.getKey());
            if (country != null && country.equals(lp.country())) rank += 10; // hosts do not visit their own country
            if (rank < bestRank) {
                best = p.getKey();
                bestRank = rank;
            }
        }
        return bestRank < 10 ? best : -1;
    }

    // ---- tense, date, duration, status -----------------------------------------------------------------

    static Tense tense(Deps d, int trig, int verb) {
        int v = verb != 0 ? verb : trig;
        for (int k : new int[] {trig, v}) {
            for (int c : d.children(k)) {
                String l = d.lemma(c);
                if (d.rel(c).equals("amod") && Lexicon.FUTURE_ADJ.contains(l)) return Tense.FUTURE;
                if (d.rel(c).equals("amod") && Lexicon.PAST_ADJ.contains(l) && !l.equals("first")) return Tense.PAST;
            }
        }
        int cur = v;
        for (int guard = 0; cur > 0 && guard < 6; guard++) {
            for (int c : d.children(cur)) {
                String r = d.rel(c);
                String w = d.word(c);
                if (r.startsWith("aux") && (w.equals("will") || w.equals("wo") || w.equals("shall") || w.equals("'ll")
                        || w.equals("going"))) {
                    return Tense.FUTURE;
                }
            }
            if (d.child(cur, "mark") != 0 && d.word(d.child(cur, "mark")).equals("to")) {
                int h = d.head(cur);
                if (h == 0 || Lexicon.FUTURE_GOVERNORS.contains(d.lemma(h)) || d.lemma(h).equals("be")
                        || (d.rel(cur).equals("xcomp") && d.child(h, "aux:pass", "cop") != 0)) {
                    return Tense.FUTURE;
                }
                if (d.rel(cur).equals("root") || d.rel(cur).equals("dep") || d.rel(cur).equals("acl")) return Tense.FUTURE;
            }
            String pos = d.tok(cur).pos();
            if (pos.equals("VBD")) {
                // "was due to", "was expected to": planned as of the report
                if (Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur))) return Tense.FUTURE;
                return Tense.PAST;
            }
            if (pos.equals("VBN")) {
                for (int c : d.children(cur)) {
                    String w = d.word(c);
                    if (d.rel(c).startsWith("aux") && (w.equals("has") || w.equals("have") || w.equals("had")
                            || w.equals("was") || w.equals("were"))) {
                        return Tense.PAST;
                    }
                    if (d.rel(c).startsWith("aux") && (w.equals("is") || w.equals("are"))) {
                        return Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur)) ? Tense.FUTURE : Tense.PRESENT;
                    }
                }
            }
            if (pos.equals("VBZ") || pos.equals("VBP")) {
                return Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur)) ? Tense.FUTURE : Tense.PRESENT;
            }
            if (pos.equals("VBG")) {
                for (int c : d.children(cur)) {
                    String w = d.word(c);
                    if (d.rel(c).startsWith("aux") && (w.equals("is") || w.equals("are") || w.equals("'s"))) return Tense.PRESENT;
                    if (d.rel(c).startsWith("aux") && (w.equals("was") || w.equals("were"))) return Tense.PAST;
                }
            }
            if (!d.rel(cur).equals("xcomp") && !d.rel(cur).equals("conj")) break;
            cur = d.head(cur);
        }
        return Tense.UNKNOWN;
    }

    private static EventDate date(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig,
                                  int verb, List<Integer> scope) {
        Tense t = tense;
        if (t == Tense.UNKNOWN) t = DateExpressions.tenseAround(sentText, d.tok(trig).begin() - sentBegin);
        List<DateMention> found = DateExpressions.find(sentText, published, t);
        EventDate best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention m : found) {
            // tokens of the mention; the top one carries its attachment
            int top = 0;
            for (Token tok : d.sentence().tokens()) {
                int b = tok.begin() - sentBegin;
                if (b >= m.begin() && b < m.end()) {
                    int h = tok.head();
                    boolean headInside = false;
                    if (h > 0) {
                        int hb = d.tok(h).begin() - sentBegin;
                        headInside = hb >= m.begin() && hb < m.end();
                    }
                    if (!headInside) {
                        top = tok.index();
                        break;
                    }
                }
            }
            if (top == 0) continue;
            if (inParentheses(sentText, m)) continue; // "(March 18, 2021)" cites a source
            int dist = attachment(d, top, trig, verb);
            if (dist < 0) continue;
            if (dist < bestDist) {
                best = m.date();
                bestDist = dist;
            }
        }
        return best;
    }

    /** Edges from a date up to the event (trigger or its verb); -1 when it belongs to another clause or to a report. */
    private static int attachment(Deps d, int top, int trig, int verb) {
        int cur = top;
        for (int steps = 0; cur > 0 && steps < 8; steps++) {
            if (cur == trig || cur == verb) return steps;
            if (steps > 0 && Lexicon.REPORTING.contains(d.lemma(cur)) && !isTrigger(d, cur)) return -1;
            if (steps > 0 && d.isVerb(cur) && cur != verb) {
                // a date on a light/governing verb above the event ("expected to visit ... next month") still counts
                if (!d.dominates(cur, trig)) return -1;
                return steps + 2;
            }
            if (CLAUSE_BOUNDARY_OR_REPORT(d, cur) && steps > 0) return -1;
            cur = d.head(cur);
        }
        return -1;
    }

    private static boolean CLAUSE_BOUNDARY_OR_REPORT(Deps d, int i) {
        return Deps.CLAUSE_BOUNDARY.contains(d.rel(i));
    }

    private static boolean inParentheses(String s, DateMention m) {
        int open = s.lastIndexOf('(', m.begin());
        int close = s.lastIndexOf(')', m.begin());
        return open >= 0 && open > close && s.indexOf(')', m.end() - 1) >= 0 && m.begin() - open <= 2;
    }

    /** "two-day visit", "for four days", "a week-long tour": the stated length in days, or 0. */
    private static int duration(Deps d, int trig, int verb) {
        int best = 0;
        for (int k = Math.max(1, trig - 5); k <= Math.min(d.size(), trig + 6); k++) {
            String timex = d.tok(k).timex();
            if (!d.tok(k).ner().equals("DURATION") || timex.isEmpty()) continue;
            int days = days(timex);
            if (days <= 1 || days > 31) continue;
            // the duration must modify this trigger (or its verb), not another noun
            int top = k;
            while (d.head(top) != 0 && d.tok(d.head(top)).ner().equals("DURATION")) top = d.head(top);
            int h = d.head(top);
            boolean near = h == trig || h == verb || (k < trig && k >= trig - 4 && allModifiers(d, k, trig));
            if (near) best = days;
        }
        return best;
    }

    private static boolean allModifiers(Deps d, int from, int trig) {
        for (int k = from + 1; k < trig; k++) {
            String pos = d.tok(k).pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals(":")
                    || d.tok(k).ner().equals("DURATION"))) {
                return false;
            }
        }
        return true;
    }

    static int days(String timex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^P(\\d+)([DW])$").matcher(timex);
        if (!m.matches()) return 0;
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equals("W") ? n * 7 : n;
    }

    private static Status status(Deps d, int trig, int verb, List<Integer> scope, Tense tense, EventDate date,
                                 LocalDate published) {
        int v = verb != 0 ? verb : trig;
        List<Integer> near = new ArrayList<>();
        near.add(trig);
        near.addAll(d.children(trig));
        if (v != trig) {
            near.add(v);
            near.addAll(d.children(v));
            if (d.head(v) != 0) {
                near.add(d.head(v));
                near.addAll(d.children(d.head(v)));
            }
        }
        boolean accepted = false;
        for (int k : near) if (d.lemma(k).equals("accept")) accepted = true;
        for (int k : near) {
            String l = d.lemma(k);
            if (Lexicon.CANCEL.contains(l)) {
                if (l.equals("call") && !(d.child(k, "compound:prt") != 0 && d.word(d.child(k, "compound:prt")).equals("off"))) continue;
                if (l.equals("rule") && !(d.child(k, "compound:prt") != 0 && d.word(d.child(k, "compound:prt")).equals("out"))) continue;
                if (k == trig) continue;
                return Status.CANCELLED;
            }
        }
        if (!accepted) {
            for (int k : near) {
                String l = d.lemma(k);
                if (k == trig) continue;
                if (Lexicon.PROPOSE.contains(l)) {
                    if ((l.equals("would") || l.equals("may") || l.equals("might") || l.equals("could"))
                            && !d.rel(k).startsWith("aux")) {
                        continue;
                    }
                    if (l.equals("would") && tense != Tense.FUTURE) continue; // reported speech, "said he would"
                    return Status.PROPOSED;
                }
            }
        }
        if (date != null && published != null) {
            if (date.end().isBefore(published)) return Status.OCCURRED;
            if (date.start().isAfter(published)) return tense == Tense.PAST ? Status.OCCURRED : Status.PLANNED;
        }
        switch (tense) {
            case FUTURE: return Status.PLANNED;
            case PAST: return Status.OCCURRED;
            case PRESENT: return date != null && published != null && !date.start().isAfter(published) ? Status.ONGOING
                    : date == null ? Status.ONGOING : Status.PLANNED;
            default: return Status.OCCURRED;
        }
    }

    private static boolean strong(EventType type, List<LocalParticipant> ps, DocEntities e, String country, String name,
                                  EventDate date) {
        switch (type) {
            case VISIT:
                return country != null && ps.stream().anyMatch(p -> p.role() == Role.VISITOR);
            case SUMMIT:
                return name != null && (country != null || date != null);
            default: {
                if (ps.size() < 2) return false;
                java.util.Set<String> countries = new java.util.HashSet<>();
                int unknown = 0;
                for (LocalParticipant p : ps) {
                    String c = e.people().get(p.person()).country();
                    if (c == null) unknown++;
                    else countries.add(c);
                }
                return countries.size() >= 2 || unknown > 0 && countries.size() + unknown >= 2;
            }
        }
    }

    /** Two triggers of one event in one sentence ("arrived in Moscow for a four-day visit") become one mention. */
    private static List<Candidate> combine(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Candidate o = out.get(i);
                if (o.type() == c.type() && c.type() == EventType.VISIT && sameVisitor(o, c)) same = i;
            }
            if (same < 0) {
                out.add(c);
                continue;
            }
            Candidate o = out.get(same);
            List<LocalParticipant> ps = new ArrayList<>(o.participants());
            for (LocalParticipant p : c.participants()) {
                if (ps.stream().noneMatch(x -> x.person() == p.person())) ps.add(p);
            }
            out.set(same, new Candidate(o.docId(), o.sentence(), o.begin(), o.end(), o.start(), o.stop(), o.text(), o.trigger(), o.type(), ps,
                    o.place() != null ? o.place() : c.place(), o.country() != null ? o.country() : c.country(),
                    o.date() != null ? o.date() : c.date(), Math.max(o.durationDays(), c.durationDays()),
                    o.status(), o.strong() || c.strong(), o.name(), o.published(), o.counterpart() || c.counterpart()));
        }
        return out;
    }

    private static boolean sameVisitor(Candidate a, Candidate b) {
        for (LocalParticipant x : a.participants()) {
            if (x.role() != Role.VISITOR) continue;
            for (LocalParticipant y : b.participants()) if (y.role() == Role.VISITOR && y.person() == x.person()) return true;
        }
        return false;
    }
}
