package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.PlaceKind;
import dev.parley.resolve.PlaceRef;
import dev.parley.resolve.Titles;
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
            Map<Integer, EventType> triggers = new LinkedHashMap<>();
            for (Token t : s.tokens()) triggerType(d, t.index()).ifPresent(ty -> triggers.put(t.index(), ty));
            d.triggers = triggers.keySet();
            for (Map.Entry<Integer, EventType> t : triggers.entrySet()) {
                inSentence.addAll(build(doc, entities, d, t.getKey(), t.getValue()));
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
            if (lemma.equals("call") && d.children(i).stream().anyMatch(c -> d.lemma(c).equals("courtesy"))) {
                return Optional.of(EventType.MEETING); // "pay a courtesy call on the prime minister"
            }
            if (lemma.equals("conversation") && hasCallModifier(d, i)) return Optional.of(EventType.CALL);
            if (lemma.equals("summit")) return Optional.of(summitName(d, i) != null ? EventType.SUMMIT : EventType.MEETING);
            if (Lexicon.MEETING_NOUNS.contains(lemma) || d.word(i).equals("talks")) {
                return Optional.of(hasCallModifier(d, i) ? EventType.CALL : EventType.MEETING);
            }
        }
        if (d.isVerb(i)) {
            if (lemma.equals("visit")) return Optional.of(EventType.VISIT);
            if (lemma.equals("host") && hostsPerson(d, i)) return Optional.of(EventType.VISIT);
            if (Lexicon.TRAVEL_VERBS.contains(lemma) && destination(d, i, List.of(i)) != 0) return Optional.of(EventType.VISIT);
            if ((lemma.equals("meet") || lemma.equals("convene")) && groupSubject(d, i) != null) return Optional.of(EventType.SUMMIT);
            if (lemma.equals("meet")) return Optional.of(EventType.MEETING);
            // "Putin received Kim at the Kremlin", "welcomed her counterpart": a meeting with the person received
            if ((lemma.equals("receive") || lemma.equals("welcome") || lemma.equals("greet")) && (hostsPerson(d, i)
                    || d.child(i, "obl:agent", "obl") != 0 && d.tok(d.child(i, "obl:agent", "obl")).ner().equals("PERSON")
                    && d.caseOf(d.child(i, "obl:agent", "obl")).equals("by"))) {
                return Optional.of(EventType.MEETING);
            }
            // "X phoned Y", "telephoned his counterpart"
            if ((lemma.equals("phone") || lemma.equals("telephone") || lemma.equals("ring")) && d.child(i, "obj") != 0) {
                return Optional.of(EventType.CALL);
            }
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
            if ((lemma.equals("brief") || lemma.equals("inform") || lemma.equals("update") || lemma.equals("tell")
                    || lemma.equals("discuss") && d.child(i, "obl") != 0)
                    && (d.child(i, "obj") != 0 && d.tok(d.child(i, "obj")).ner().equals("PERSON") || lemma.equals("discuss"))
                    && hasCallModifier(d, i)) {
                return Optional.of(EventType.CALL); // "briefed X by phone", "discussed it by telephone with X"
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

    private static boolean isTriggerWord(Deps d, int i) {
        String l = d.lemma(i);
        return Lexicon.VISIT_NOUNS.contains(l) || Lexicon.MEETING_NOUNS.contains(l) || l.equals("call") || l.equals("talks")
                || l.equals("conversation") || Titles.isTitle(l);
    }

    private static boolean hostsPerson(Deps d, int i) {
        int obj = d.child(i, "obj");
        return obj != 0 && d.tok(obj).ner().equals("PERSON");
    }

    /** A summit's name from the words before it ("G20", "NATO", "Group of 20", "Asean", "Belt and Road"), or null. */
    static String summitName(Deps d, int i) {
        int first = i;
        for (int k = i - 1; k >= 1; k--) {
            Token t = d.tok(k);
            String w = t.word();
            boolean acronym = w.matches("[A-Z][A-Za-z0-9-]*") && (w.matches(".*\\d.*") || w.chars().filter(Character::isUpperCase).count() >= 2);
            boolean proper = t.pos().startsWith("NNP") && !t.ner().equals("PERSON")
                    || t.ner().equals("MISC") && Character.isUpperCase(w.codePointAt(0)); // "the joint Arab-Islamic summit"
            boolean number = t.pos().equals("CD") && k >= 3 && d.word(k - 1).equals("of");
            boolean joiner = (w.equals("of") || w.equals("and") || w.equals("-")) && k > 1 && k < i - 1
                    && (d.tok(k - 1).pos().startsWith("NNP") || acronymAt(d, k - 1) || d.tok(k - 1).ner().equals("MISC"));
            if (t.ner().equals("LOCATION") && !acronym) break; // "the Singapore summit" is named for its place
            if (!(acronym || proper || number || joiner)) break;
            first = k;
        }
        if (first == i) return groupOf(d, i);
        List<String> parts = new ArrayList<>();
        for (int k = first; k < i; k++) parts.add(d.tok(k).word());
        String name = String.join(" ", parts).replace(" - ", "-").strip();
        boolean named = name.matches(".*([A-Z]{2,}|\\d).*") || name.startsWith("Group of")
                || d.tok(first).ner().equals("ORGANIZATION") || d.tok(first).ner().equals("MISC") || parts.size() >= 2;
        return named ? canonicalGroup(name) : null;
    }

    /** "a summit of Arab and Islamic leaders": the name from the adjectives of the leaders it gathers. */
    private static String groupOf(Deps d, int i) {
        for (int c : d.children(i)) {
            String l = d.lemma(c);
            if (!d.caseOf(c).equals("of") || !(l.equals("leader") || l.equals("head") || l.equals("nation")
                    || l.equals("state") || l.equals("country") || l.equals("minister"))) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int m : d.children(c)) {
                if (d.tok(m).ner().equals("MISC") && Character.isUpperCase(d.tok(m).word().codePointAt(0))) names.add(d.tok(m).word());
                for (int g : d.children(m)) {
                    if (d.rel(g).equals("conj") && d.tok(g).ner().equals("MISC")) names.add(d.tok(g).word());
                }
            }
            if (!names.isEmpty()) return String.join("-", names);
        }
        return null;
    }

    private static boolean acronymAt(Deps d, int k) {
        String w = d.tok(k).word();
        return w.matches("[A-Z][A-Za-z0-9-]*") && w.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean isGroupOf(Deps d, int k) {
        return k >= 3 && d.word(k - 1).equals("of") && d.tok(k - 2).word().equals("Group");
    }

    /** "The G7 club will meet in the UK": a group's name as the subject of meet/convene makes the meeting its summit. */
    static String groupSubject(Deps d, int verb) {
        if (!d.isVerb(verb)) return null;
        int subj = d.child(verb, "nsubj");
        if (subj == 0) return null;
        for (int k : d.clauseSubtree(subj)) {
            if (d.tok(k).ner().equals("PERSON")) return null;
        }
        for (int k : d.clauseSubtree(subj)) {
            if (acronymAt(d, k) || d.tok(k).word().matches("G-?\\d+")) return canonicalGroup(d.tok(k).word());
        }
        return null;
    }

    /** "the summit that Canada will host", "a summit hosted by Saudi Arabia": the host state is where it is. */
    private static String summitHost(Deps d, DocEntities e, int trig) {
        // "Saudi Arabia will host a summit"
        int h = d.head(trig);
        if (d.rel(trig).equals("obj") && d.lemma(h).equals("host")) {
            int subj = d.child(h, "nsubj");
            Optional<PlaceRef> p = subj == 0 ? Optional.empty() : e.placeAt(d.sentence().index(), subj);
            if (p.isPresent()) return p.get().country();
        }
        for (int c : d.children(trig)) {
            if (!d.rel(c).startsWith("acl") || !d.lemma(c).equals("host")) continue;
            for (int k : d.children(c)) {
                String r = d.rel(k);
                boolean agent = r.startsWith("nsubj") && !r.equals("nsubj:pass") || r.startsWith("obl") && d.caseOf(k).equals("by");
                if (!agent) continue;
                Optional<PlaceRef> p = e.placeAt(d.sentence().index(), k);
                if (p.isPresent()) return p.get().country();
            }
        }
        return null;
    }

    /** Who attends a summit: the subject of the first verb above it ("Biden will be in Europe for the summits"). */
    private Optional<Integer> attendee(AnnotatedDoc doc, DocEntities e, Deps d, int trig) {
        int cur = d.head(trig);
        for (int steps = 0; cur > 0 && steps < 7; steps++) {
            if (d.isVerb(cur) || d.child(cur, "cop") != 0) {
                int subj = d.child(cur, "nsubj", "nsubj:pass");
                if (subj != 0) {
                    Optional<LocalPerson> p = e.personAt(d.sentence().index(), subj);
                    if (p.isEmpty() && Lexicon.PERSON_PRONOUNS.contains(d.word(subj))) p = pronoun(doc, e, d, subj);
                    if (p.isPresent() && !isAbsent(d, subj) && !isSource(d, subj, trig)) return Optional.of(p.get().id());
                    if (p.isEmpty()) return Optional.empty();
                }
                if (Lexicon.REPORTING.contains(d.lemma(cur))) return Optional.empty();
            }
            // a relative clause's subject is its antecedent ("trip in which he is set to visit ...")
            cur = d.head(cur);
        }
        return Optional.empty();
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

    private List<Candidate> build(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, EventType type) {
        Candidate c = buildOne(doc, entities, d, trig, type);
        if (c == null) return List.of();
        List<Candidate> out = new ArrayList<>();
        out.add(c);
        if (c.type() == EventType.VISIT && lastDestination > 0) {
            // "will travel to Ukraine and Germany": one visit per destination
            for (int k : d.children(lastDestination)) {
                if (!d.rel(k).equals("conj")) continue;
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
                        c.counterpart()));
            }
        }
        if (c.type() == EventType.MEETING && lastParsedPeople == 1 && c.country() != null) {
            // "Blinken's discussions in Kiev on Jan. 19": talks abroad by one named person support a visit there
            LocalPerson p = entities.people().get(lastParsedPerson);
            if (!c.country().equals(p.country())) {
                out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                        EventType.VISIT, List.of(new LocalParticipant(p.id(), Role.VISITOR, 0)),
                        c.place(), c.country(), c.date(), c.durationDays(), c.status(), false, null, c.published(), false));
            }
        }
        return out;
    }

    /** The destination token of the visit built last (for conjoined destinations), 0 if none. */
    private int lastDestination;
    /** How many people the parse itself gave the mention built last (before any surface fallback), and the first. */
    private int lastParsedPeople;
    private int lastParsedPerson;

    private Candidate buildOne(AnnotatedDoc doc, DocEntities entities, Deps d, int trig, EventType type) {
        lastDestination = 0;
        Sentence s = d.sentence();
        int verb = d.governingVerb(trig);
        boolean hostVerb = d.lemma(trig).equals("host") && d.isVerb(trig);
        List<Integer> scope = scope(d, trig, verb);
        List<Integer> anchors = anchors(d, trig, verb);
        Map<Integer, Integer> personTokens = new LinkedHashMap<>(); // local person id -> token
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
                Optional<LocalPerson> ref = pronoun(doc, entities, d, k);
                ref.ifPresent(r -> personTokens.putIfAbsent(r.id(), k));
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
            for (int k = Math.min(subj, xc) + 1; k < Math.max(subj, xc); k++) if (SEGMENT_BREAK.contains(d.word(k))) broken = true;
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
        personTokens.entrySet().removeIf(e -> isSource(d, e.getValue(), trig) || isSpokes(entities.people().get(e.getKey()))
                || isAbsent(d, e.getValue()) || modifiesThing(d, entities, e.getValue()));
        scope.removeIf(k -> k < 0);
        lastParsedPeople = personTokens.size();
        lastParsedPerson = personTokens.isEmpty() ? -1 : personTokens.keySet().iterator().next();
        int window = type == EventType.MEETING || type == EventType.CALL ? withFallback(doc, entities, d, trig, personTokens) : 0;
        boolean fallback = false;
        if ((type == EventType.MEETING || type == EventType.CALL) && personTokens.size() < 2 && d.isVerb(trig)) {
            // The parse lost the parties of "X met Y". People in the verb's own stretch of text (between commas) on
            // both sides of it are its parties; failing that, the sentence's people support an event found elsewhere.
            int from = trig;
            int to = trig;
            while (from > 1 && !SEGMENT_BREAK.contains(d.word(from - 1))) from--;
            while (to < d.size() && !SEGMENT_BREAK.contains(d.word(to + 1))) to++;
            Map<Integer, Integer> seg = new LinkedHashMap<>();
            boolean before = false;
            boolean after = false;
            for (int k = from; k <= to; k++) {
                Optional<LocalPerson> p = entities.personAt(s.index(), k);
                if (p.isEmpty() || isSpokes(p.get()) || isSource(d, k, trig) || modifiesThing(d, entities, k)) continue;
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
            for (int k = 1; k <= d.size(); k++) {
                Optional<LocalPerson> p = entities.personAt(s.index(), k);
                if (p.isEmpty() && Lexicon.PERSON_PRONOUNS.contains(d.word(k)) && d.tok(k).pos().startsWith("PRP")) {
                    p = pronoun(doc, entities, d, k);
                }
                if (p.isEmpty() || personTokens.containsKey(p.get().id())) continue;
                if (isSource(d, k, trig) || isSpokes(p.get()) || isAbsent(d, k) || modifiesThing(d, entities, k)) continue;
                personTokens.put(p.get().id(), k);
                fallback = true;
            }
        }
        String name = type == EventType.SUMMIT ? summitName(d, trig) : null;
        if (type == EventType.SUMMIT && name == null) name = groupSubject(d, trig);
        if (type == EventType.SUMMIT) attendee(doc, entities, d, trig).ifPresent(p -> personTokens.putIfAbsent(p, trig));

        // Place and country.
        int destTok = type == EventType.VISIT ? destination(d, trig, anchors) : 0;
        PlaceRef dest = destTok != 0 ? entities.placeAt(s.index(), destTok).orElse(null) : null;
        if (dest != null) lastDestination = destTok;
        PlaceRef where = dest != null ? dest : placeIn(d, entities, anchors, trig, type == EventType.SUMMIT);
        String country = where != null ? where.country() : null;
        if (country == null && type == EventType.SUMMIT) country = summitHost(d, entities, trig);
        String place = where != null && where.kind() != PlaceKind.DEMONYM && where.kind() != PlaceKind.INSTITUTION
                ? placeText(doc, where) : null;

        // Roles.
        List<LocalParticipant> participants = new ArrayList<>();
        boolean counterpart = false;
        int visitor = -1;
        if (type == EventType.VISIT) {
            visitor = hostVerb ? personAtRel(d, entities, personTokens, trig, "obj") : visitorOf(d, entities, personTokens, anchors, country);
            if (visitor < 0 && !hostVerb) {
                visitor = leadingSubject(d, entities, trig, country);
                if (visitor >= 0) personTokens.putIfAbsent(visitor, trig);
            }
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
            participants.add(new LocalParticipant(p.id(), role, tok));
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
        EventDate date = date(d, sentText, sentBegin, published, tense, trig, anchors, type == EventType.SUMMIT);
        if (date == null && window > 0) date = dateInWindow(d, sentText, sentBegin, published, tense, trig, window);
        int duration = duration(d, trig, anchors);
        if (date != null && duration > 1 && date.precision() == Precision.DAY && date.days() == 1 && !date.approximate()) {
            date = EventDate.days(date.start(), date.start().plusDays(duration - 1L));
        }
        if (date != null && type == EventType.VISIT && d.isVerb(trig) && DEPART.contains(d.lemma(trig))) {
            date = date.asApproximate(); // "leaves for China on 11 April": the visit begins about then
        }
        Status status = status(d, trig, verb, scope, tense, date, published);
        if (status == Status.OCCURRED && date == null && type == EventType.VISIT && d.isVerb(trig)
                && (d.lemma(trig).equals("arrive") || d.lemma(trig).equals("land") || DEPART.contains(d.lemma(trig)))) {
            status = Status.ONGOING; // "arrived in Moscow", "departed for Egypt": the visit is under way
        }

        boolean background = false;
        for (int c : d.children(trig)) {
            if (d.rel(c).equals("amod") && BACKGROUND.contains(d.lemma(c))) background = true;
        }
        boolean strong = !fallback && !background && strong(type, participants, entities, country, name, date);
        return new Candidate(doc.id(), s.index(), sentBegin, s.end(), doc.text().codePointCount(0, sentBegin),
                doc.text().codePointCount(0, s.end()), sentText, d.tok(trig).word(), type,
                participants, place, country, date, duration, status, strong, name, published, counterpart);
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
                || tr.equals("nsubj") && ASPECTUAL.contains(d.lemma(d.head(trig))));
        boolean direct = verb == trig || verb != 0 && (d.head(trig) == verb && objOrObl
                || d.head(d.head(trig)) == verb && QUANTITY.contains(d.lemma(d.head(trig))) && d.caseOf(trig).equals("of"));
        if (verb != 0 && direct && verb != trig) a.add(verb);
        int cur = direct ? verb : 0;
        for (int guard = 0; cur > 0 && guard < 4; guard++) {
            String r = d.rel(cur);
            if (!r.equals("xcomp")) break;
            cur = d.head(cur);
            if (cur > 0 && !a.contains(cur)) a.add(cur);
        }
        // "arrived on Monday and met the same evening with X": the day of the first verb is the meeting's
        int v0 = verb != 0 ? verb : trig;
        if (d.rel(v0).equals("conj") && d.isVerb(d.head(v0))) {
            for (int c : d.children(v0)) {
                if (SAME_TIME.contains(d.lemma(c)) && d.children(c).stream().anyMatch(g -> d.lemma(g).equals("same"))) {
                    a.add(d.head(v0));
                }
            }
        }
        for (int c : d.children(trig)) {
            String r = d.rel(c);
            if (r.equals("acl:relcl") && LIGHT.contains(d.lemma(c))) a.add(c);
            if (r.equals("acl") && d.child(c, "nsubj", "nsubj:pass") == 0) a.add(c);
        }
        return a;
    }

    /** Verbs of leaving whose "for X" is a destination ("departed for Egypt"). */
    static final java.util.Set<String> DEPART = java.util.Set.of("leave", "depart", "head", "set", "emplane");

    /** Punctuation that ends a stretch of text for the surface fallback. */
    static final java.util.Set<String> SEGMENT_BREAK = java.util.Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "“", "”");

    /** Adjectives that make a mention background ("his last summit", "their initial meeting"): support only. */
    static final java.util.Set<String> BACKGROUND = java.util.Set.of("last", "previous", "earlier", "initial", "prior",
            "past", "former");

    /** Verbs whose simple present with a date states a schedule. */
    static final java.util.Set<String> SCHEDULE_VERBS = java.util.Set.of("begin", "start", "end", "conclude", "open",
            "visit", "meet", "travel", "fly", "leave", "depart", "arrive", "head", "hold", "host", "return");

    private static boolean hasDateChild(Deps d, int v) {
        for (int c : d.children(v)) if (d.tok(c).ner().equals("DATE")) return true;
        return false;
    }

    /** Verbs whose subject is an event they locate in time: "the trip begins on Monday". */
    static final java.util.Set<String> ASPECTUAL = java.util.Set.of("begin", "start", "end", "conclude", "open", "close",
            "resume", "continue", "kick", "wrap", "last");

    /** "the same evening": a time of day that refers back to the day of a conjoined verb. */
    static final java.util.Set<String> SAME_TIME = java.util.Set.of("day", "evening", "morning", "afternoon", "night");

    /** "a round of talks", "two days of meetings": the event noun under a quantity. */
    static final java.util.Set<String> QUANTITY = java.util.Set.of("round", "series", "set", "day", "week", "couple", "hour");

    static final java.util.Set<String> LIGHT = java.util.Set.of("have", "hold", "conduct", "do", "make", "pay", "attend",
            "begin", "start", "join", "host", "be");

    /** Whether i opens a clause of its own: a clausal relation, or a verb with its own subject. */
    private static boolean ownClause(Deps d, int i) {
        if (Deps.CLAUSE_BOUNDARY.contains(d.rel(i))) return true;
        return d.isVerb(i) && d.child(i, "nsubj", "nsubj:pass") != 0 && !d.rel(i).equals("root");
    }

    /** Case markers that relate a phrase to another event in time ("a day before Trump and Kim meet"). */
    static final java.util.Set<String> TEMPORAL_CASES = java.util.Set.of("before", "after", "ahead", "since", "until",
            "prior", "following");

    private static void subtree(Deps d, int i, List<Integer> out, boolean root) {
        if (!root && ownClause(d, i)) return;
        // "held talks with Lammy ... and on Sunday was received by Starmer": a conjoined verb is another event
        if (!root && d.rel(i).equals("conj") && d.isVerb(i)) return;
        if (!root && TEMPORAL_CASES.contains(d.caseOf(i)) && d.isNoun(i)) return;
        // another event's phrase ("a meeting on Monday, a day before Trump's summit with Kim") is its own
        if (!root && d.triggers.contains(i) && d.isNoun(i) && !QUANTITY.contains(d.lemma(d.head(i)))) return;
        if (!out.contains(i)) out.add(i);
        for (int c : d.children(i)) subtree(d, c, out, false);
    }

    /** Tokens that belong to the event: the subtrees of its anchors, and the subject a conjoined verb shares. */
    private static List<Integer> scope(Deps d, int trig, int verb) {
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
        // "Han Zheng, who met Blinken": the antecedent of a relative clause is its subject.
        for (int a : anchors) {
            if (!d.isVerb(a)) continue;
            int subj = d.child(a, "nsubj");
            if (subj == 0 || !d.tok(subj).pos().startsWith("W")) continue;
            scope.add(-subj); // marker: resolve the antecedent to the nearest person on the left
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
                if (w.startsWith("spokes") || Titles.isCommentatorWord(w)) {
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
        // "with his Egyptian counterpart, Badr Abdelatty": the title a few words before the name
        for (int k = tok - 1; k >= Math.max(1, tok - 5); k--) {
            if (d.lemma(k).equals("counterpart")) return true;
            if (d.tok(k).pos().startsWith("VB") || d.word(k).equals(";")) break;
        }
        return false;
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
        // The subject named before the pronoun in the sentence, else the nearest person before it, else the
        // sentence's subject after it (cataphora), else the subject of the previous sentences.
        for (int j = k - 1; j >= 1; j--) {
            // "He is scheduled to meet Carney ... his visit": "his" is whoever "He" is
            if (d.rel(j).startsWith("nsubj") && Lexicon.PERSON_PRONOUNS.contains(d.word(j)) && d.tok(j).pos().startsWith("PRP")) {
                return pronoun(doc, e, d, j);
            }
            Optional<LocalPerson> p = e.personAt(s.index(), j);
            if (p.isEmpty() || isSpokes(p.get())) continue;
            int top = j;
            while (d.head(top) != 0 && e.personAt(s.index(), d.head(top)).equals(p)) top = d.head(top);
            if (d.rel(top).startsWith("nsubj")) return p;
        }
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
            // the subject of the previous sentence is the usual referent of "he" / "she"
            for (Token t : prev.tokens()) {
                Optional<LocalPerson> p = e.personAt(si, t.index());
                if (p.isEmpty() || isSpokes(p.get())) continue;
                int q = t.index();
                while (prev.token(q).head() > 0 && e.personAt(si, prev.token(q).head()).equals(p)) q = prev.token(q).head();
                if (prev.token(q).rel().startsWith("nsubj")) return p;
            }
            for (int j = prev.tokens().size(); j >= 1; j--) {
                Optional<LocalPerson> p = e.personAt(si, j);
                if (p.isPresent() && !isSpokes(p.get())) return p;
            }
        }
        return Optional.empty();
    }

    /** The destination of a visit: "visit X", "trip to X", "arrive in X", "travel to X". Returns a token or 0. */
    static int destination(Deps d, int trig, List<Integer> anchors) {
        int best = 0;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 1; k <= d.size(); k++) {
            Token t = d.tok(k);
            if (!(t.ner().equals("LOCATION") || d.lemma(k).equals("capital"))) continue;
            int h = d.head(k);
            if (!anchors.contains(h)) continue;
            if (d.lemma(h).equals("return")) continue; // "before returning to Mexico City" is the way home
            String r = d.rel(k);
            String c = d.caseOf(k);
            boolean ok = (r.equals("obj") && d.lemma(h).equals("visit") && d.isVerb(h))
                    || ((r.startsWith("obl") || r.startsWith("nmod")) && (c.equals("to") || c.equals("in") || c.equals("into")
                    || c.equals("of") && d.lemma(h).equals("tour")
                    || c.equals("for") && d.isVerb(h) && DEPART.contains(d.lemma(h))));
            if (!ok) continue;
            int dist = Math.abs(k - trig);
            if (dist < bestDist) {
                best = k;
                bestDist = dist;
            }
        }
        return best;
    }

    /**
     * Parses go wrong on long news sentences; when a meeting has no "with" side in its parse, read it off the
     * surface: "negotiations he had with X", "meetings with X", up to the next clause punctuation.
     */
    private int withFallback(AnnotatedDoc doc, DocEntities e, Deps d, int trig, Map<Integer, Integer> persons) {
        boolean hasWith = false;
        for (int tok : persons.values()) if ("with".equals(caseOfNominal(d, tok))) hasWith = true;
        if (hasWith) return 0;
        int with = 0;
        for (int k = trig + 1; k <= Math.min(d.size(), trig + 6); k++) {
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
        for (int k = with + 1; k <= Math.min(d.size(), with + 14); k++) {
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

    /** A date inside the surface window of a meeting read by {@link #withFallback}: "... with X in Malta over the weekend". */
    private static EventDate dateInWindow(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig, int end) {
        int from = d.tok(trig).begin() - sentBegin;
        int to = d.tok(end).end() - sentBegin;
        Tense t = tense == Tense.UNKNOWN ? DateExpressions.tenseAround(sentText, from) : tense;
        for (DateMention m : DateExpressions.find(sentText, published, t)) {
            if (m.begin() >= from && m.end() <= to && !reportDate(sentText, m)) return m.date();
        }
        return null;
    }

    /** The first person of the sentence, before the trigger and not inside a phrase: a fallback subject. */
    private static int leadingSubject(Deps d, DocEntities e, int trig, String country) {
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
    private static boolean modifiesThing(Deps d, DocEntities e, int tok) {
        int k = tok;
        while (d.head(k) != 0 && e.personAt(d.sentence().index(), d.head(k)).isPresent()
                && e.personAt(d.sentence().index(), d.head(k)).equals(e.personAt(d.sentence().index(), tok))) {
            k = d.head(k);
        }
        if (!d.rel(k).equals("compound") && !d.rel(k).equals("nmod:poss")) return false;
        int h = d.head(k);
        if (isTriggerWord(d, h)) return false;
        return d.isNoun(h) && !Titles.isTitle(d.lemma(h)) && e.personAt(d.sentence().index(), h).isEmpty();
    }

    private static PlaceRef placeIn(Deps d, DocEntities e, List<Integer> anchors, int trig, boolean anywhere) {
        PlaceRef best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 1; k <= d.size(); k++) {
            Optional<PlaceRef> p = e.placeAt(d.sentence().index(), k);
            if (p.isEmpty()) continue;
            String c = d.caseOf(k);
            // "at the White House", "at the Kremlin": a seat of government is a place
            boolean seat = p.get().kind() == PlaceKind.INSTITUTION && c.equals("at") && d.tok(k).ner().equals("LOCATION")
                    || p.get().kind() == PlaceKind.INSTITUTION && c.equals("at") && d.tok(k).pos().startsWith("NNP");
            if (!p.get().isPlace() && !seat) continue;
            // meetings happen in or at a place; "before returning to Hanoi" is somewhere else
            if (!(c.equals("in") || c.equals("at"))) continue;
            int h = d.head(k);
            int steps = anchors.contains(h) ? 0 : d.isNoun(h) && anchors.contains(d.head(h)) ? 1 : -1;
            if (steps < 0 && anywhere) steps = summitReach(d, k, trig);
            if (steps < 0) continue;
            int dist = Math.abs(k - trig) + (steps < 0 ? 50 : steps * 5);
            if (p.get().kind() == PlaceKind.CITY || p.get().kind() == PlaceKind.CAPITAL) dist -= 1;
            if (dist < bestDist) {
                best = p.get();
                bestDist = dist;
            }
        }
        return best;
    }

    /**
     * Whether a place belongs to a summit phrase: up the tree to the summit (or the noun it hangs on) through
     * nouns, or through a relative clause on it ("the summit when Modi hosted leaders in New Delhi"). -1 if not.
     */
    private static int summitReach(Deps d, int place, int trig) {
        int top = d.head(trig);
        int cur = d.head(place);
        boolean viaClause = false;
        for (int steps = 1; cur > 0 && steps < 7; steps++) {
            if (cur == trig || cur == top) return steps == 1 || viaClause ? steps : -1;
            if (d.isVerb(cur) && !(d.rel(cur).startsWith("acl") && (d.head(cur) == trig || d.head(cur) == top))) return -1;
            // only the summit's own "in X", or a place inside a clause on it; "the summit on the war in Gaza" is not in Gaza
            if (d.isVerb(cur)) viaClause = true;
            cur = d.head(cur);
        }
        return -1;
    }

    private static boolean commaBetween(Deps d, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (d.word(k).equals(",") || d.word(k).equals(";")) return true;
        return false;
    }

    private static String placeText(AnnotatedDoc doc, PlaceRef p) {
        if (p.kind() == PlaceKind.COUNTRY) return null; // the country is in location.country
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

    /** The visitor: the subject of the visit verb, the possessor of the visit noun, "the visit by X". */
    private static int visitorOf(Deps d, DocEntities e, Map<Integer, Integer> persons, List<Integer> anchors, String country) {
        int trig = anchors.get(0);
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
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
        return bestRank <= 4 ? best : -1;
    }

    private static int subjectRank(Deps d, int tok, int trig, List<Integer> anchors) {
        String r = d.rel(tok);
        int h = d.head(tok);
        // "Sikorski invited Cho to visit Warsaw": the object of invite/ask/urge is who would travel
        boolean control = anchors.contains(h) && d.child(h, "xcomp") != 0 && anchors.contains(d.child(h, "xcomp"))
                && d.child(h, "obj") != 0;
        if (control && r.equals("obj")) return 1;
        if (control && r.startsWith("nsubj")) return 5;
        if (r.equals("nmod:poss") && h == trig) return 0;
        if ((r.startsWith("nmod") || r.startsWith("obl")) && d.caseOf(tok).equals("by") && h == trig) return 0;
        if (r.startsWith("nsubj") && anchors.contains(h)) return 1;
        if (r.startsWith("nsubj")) return 2;
        if (d.tok(tok).pos().startsWith("PRP")) return 3;
        return 9;
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
                        || w.equals("going") || w.equals("would") || w.equals("'d"))) {
                    return Tense.FUTURE;
                }
            }
            if (hasInfinitiveTo(d, cur) && d.tok(cur).pos().equals("VB")) {
                // "to visit": a plan, whether headline style ("X to visit Y") or under "expected/agreed/hopes"
                int h = d.head(cur);
                if (h != 0 && d.tok(h).pos().equals("VBD") && !Lexicon.FUTURE_GOVERNORS.contains(d.lemma(h))
                        && (d.lemma(h).equals("manage") || d.lemma(h).equals("go"))) {
                    return Tense.PAST;
                }
                return Tense.FUTURE;
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
                if (Lexicon.FUTURE_GOVERNORS.contains(d.lemma(cur))) return Tense.FUTURE;
                // the simple present of a schedule: "the trip begins on Monday", "she flies to Rome on Friday"
                if (SCHEDULE_VERBS.contains(d.lemma(cur)) && hasDateChild(d, cur)) return Tense.FUTURE;
                return Tense.PRESENT;
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

    /** "to visit", also after another marker ("due to begin" parses "due" as a mark too). */
    private static boolean hasInfinitiveTo(Deps d, int v) {
        for (int c : d.children(v)) if (d.rel(c).equals("mark") && d.word(c).equals("to")) return true;
        return false;
    }

    private static EventDate date(Deps d, String sentText, int sentBegin, LocalDate published, Tense tense, int trig,
                                  List<Integer> anchors, boolean summit) {
        Tense t = tense;
        if (t == Tense.UNKNOWN) t = DateExpressions.tenseAround(sentText, d.tok(trig).begin() - sentBegin);
        List<DateMention> found = DateExpressions.find(sentText, published, t);
        EventDate best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention m : found) {
            if (inParentheses(sentText, m)) continue; // "(March 18, 2021)" cites a source
            if (reportDate(sentText, m)) continue;     // "According to the ministry on Thursday, ..."
            int bestTok = -1;
            int anchorOf = trig;
            for (Token tok : d.sentence().tokens()) {
                int b = tok.begin() - sentBegin;
                if (b < m.begin() || b >= m.end()) continue;
                int h = tok.head();
                if (h > 0) {
                    int hb = d.tok(h).begin() - sentBegin;
                    if (hb >= m.begin() && hb < m.end()) continue; // not the top of the date phrase
                }
                int packed = attachment(d, tok.index(), anchors);
                int dist = packed < 0 ? -1 : packed >> 16;
                if (dist >= 0 && (bestTok < 0 || dist < bestTok)) {
                    bestTok = dist;
                    anchorOf = packed & 0xFFFF;
                }
            }
            if (bestTok < 0) continue;
            if (bestTok < bestDist) {
                DateMention chosen = m;
                // a date on a verb of its own ("a visit that had been due to begin on Monday") follows that verb's tense
                if (anchorOf != trig && d.isVerb(anchorOf)) {
                    Tense own = tense(d, anchorOf, anchorOf);
                    if (own != Tense.UNKNOWN && own != t) {
                        for (DateMention again : DateExpressions.find(sentText, published, own)) {
                            if (again.begin() == m.begin()) chosen = again;
                        }
                    }
                }
                best = possessiveWeekday(d, sentText, sentBegin, chosen, trig, published).orElse(chosen.date());
                bestDist = bestTok;
            }
        }
        if (best == null && summit && published != null) {
            List<DateMention> own = new ArrayList<>();
            for (DateMention m : found) if (!inParentheses(sentText, m) && !reportDate(sentText, m)) own.add(m);
            if (own.size() == 1) best = own.get(0).date();
        }
        return best;
    }

    /** Edges up to the anchor reached, and that anchor, packed as (steps << 16) | anchor; -1 when none. */
    private static int attachment(Deps d, int top, List<Integer> anchors) {
        int cur = top;
        for (int steps = 0; cur > 0 && steps < 6; steps++) {
            if (anchors.contains(cur)) return (steps << 16) | cur;
            if (steps > 0 && Lexicon.REPORTING.contains(d.lemma(cur)) && !isTrigger(d, cur)) return -1;
            if (steps > 0 && d.isVerb(cur)) return -1;
            if (Deps.CLAUSE_BOUNDARY.contains(d.rel(cur))) return -1;
            cur = d.head(cur);
        }
        return -1;
    }

    /** "Tuesday's meeting": the tense of the sentence says nothing; the nearest such weekday to publication. */
    private static Optional<EventDate> possessiveWeekday(Deps d, String sentText, int sentBegin, DateMention m, int trig,
                                                         LocalDate published) {
        if (published == null) return Optional.empty();
        String t = m.text().replaceAll("[’']s$", "").strip();
        java.time.DayOfWeek dow;
        try {
            dow = java.time.DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int end = m.end();
        String after = sentText.substring(end, Math.min(sentText.length(), end + 3));
        if (!(after.startsWith("'s") || after.startsWith("’s") || m.text().endsWith("'s") || m.text().endsWith("’s"))) {
            return Optional.empty();
        }
        LocalDate next = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(dow));
        LocalDate prev = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
        long dn = next.toEpochDay() - published.toEpochDay();
        long dp = published.toEpochDay() - prev.toEpochDay();
        return Optional.of(EventDate.day(dn <= dp ? next : prev));
    }

    private static final java.util.regex.Pattern REPORT_FRAME = java.util.regex.Pattern.compile(
            "(?i)(according to|said|says|told (reporters|journalists|the media|a [a-z ]*briefing)|announced|reported)[^,;]{0,60}$");

    /** A date inside a reporting frame ("according to X on Thursday", "told reporters on Friday") dates the report. */
    private static boolean reportDate(String s, DateMention m) {
        String before = s.substring(Math.max(0, m.begin() - 80), m.begin());
        return REPORT_FRAME.matcher(before).find();
    }

    private static boolean inParentheses(String s, DateMention m) {
        int open = s.lastIndexOf('(', m.begin());
        int close = s.lastIndexOf(')', m.begin());
        return open >= 0 && open > close && s.indexOf(')', m.end() - 1) >= 0 && m.begin() - open <= 2;
    }

    /** "two-day visit", "for four days", "a week-long tour": the stated length in days, or 0. */
    private static int duration(Deps d, int trig, List<Integer> anchors) {
        int best = 0;
        for (int k = Math.max(1, trig - 7); k <= Math.min(d.size(), trig + 6); k++) {
            String timex = d.tok(k).timex();
            if (!d.tok(k).ner().equals("DURATION") || timex.isEmpty()) continue;
            int days = days(timex);
            if (days <= 1 || days > 31) continue;
            // the duration must modify this trigger (or its verb), not another noun
            int top = k;
            while (d.head(top) != 0 && d.tok(d.head(top)).ner().equals("DURATION")) top = d.head(top);
            int h = d.head(top);
            boolean near = anchors.contains(h) && (h == trig || d.caseOf(top).equals("for"))
                    || (k < trig && allModifiers(d, k, trig));
            if (near) best = days;
        }
        return best;
    }

    private static boolean allModifiers(Deps d, int from, int trig) {
        for (int k = from + 1; k < trig; k++) {
            String pos = d.tok(k).pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals(":")
                    || pos.equals("``") || pos.equals("''") || pos.equals(",") && false || d.tok(k).ner().equals("DURATION"))) {
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
        addSameClause(d, trig, near);
        if (v != trig) {
            near.add(v);
            addSameClause(d, v, near);
            if (d.head(v) != 0 && !ownClause(d, v)) {
                near.add(d.head(v));
                addSameClause(d, d.head(v), near);
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

    private static void addSameClause(Deps d, int i, List<Integer> out) {
        for (int c : d.children(i)) {
            if (!ownClause(d, c) && !d.rel(c).equals("conj")) out.add(c);
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
                if (o.type() == c.type() && c.type() == EventType.VISIT && sameVisitor(o, c)
                        && (o.country() == null || c.country() == null || o.country().equals(c.country()))) {
                    same = i;
                }
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
