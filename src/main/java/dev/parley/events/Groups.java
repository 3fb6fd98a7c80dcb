package dev.parley.events;

import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.Organisation;
import dev.parley.resolve.Organisations;
import dev.parley.resolve.PlaceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The other side of a meeting or call when the text names it only as a group of a state or an organisation: "met
 * European Union officials", "phoned several Gulf leaders", "talks with Myanmar's military leaders", "his Nordic
 * counterparts". The group is a party (a country's alpha-3 or an organisation's label) but no person.
 */
final class Groups {
    private Groups() {
    }

    /** Relations by which a group is the other side of the event's anchor. */
    private static final Set<String> SIDE_RELS = Set.of("obj", "iobj", "obl", "obl:agent", "nmod");
    /** Case markers of an oblique side: "with X", "between ... and X", "by X", "to X" (a call to X). */
    private static final Set<String> SIDE_CASES = Set.of("with", "between", "by", "to", "");

    /** The parties named as groups, not the countries of the people already named. */
    static List<String> parties(Deps d, DocEntities e, List<Integer> anchors, List<LocalParticipant> participants) {
        List<String> own = new ArrayList<>();
        for (LocalParticipant p : participants) own.add(e.people().get(p.person()).country());
        List<String> out = new ArrayList<>();
        organisationSeat(d, anchors).ifPresent(out::add);
        for (int a : anchors) {
            List<Integer> sides = new ArrayList<>(d.children(a));
            // "conferring by video link with his ASEAN counterparts": the side may hang on the call word's oblique
            for (int g : d.children(a)) {
                if (d.rel(g).startsWith("obl") && callWord(d, g)) sides.addAll(d.children(g));
            }
            for (int g : sides) {
                if (!SIDE_RELS.contains(d.rel(g))) continue;
                // "a phone call with the Kremlin", "received at the foreign ministry": a seat of government stands for its state
                Optional<PlaceRef> seat = e.placeAt(d.sentence().index(), g);
                if (seat.isPresent() && seat.get().kind() == dev.parley.resolve.PlaceKind.INSTITUTION && seat.get().country() != null
                        && (SIDE_CASES.contains(d.caseOf(g)) || d.caseOf(g).equals("at"))) {
                    String c = seat.get().country();
                    if (!own.contains(c) && !out.contains(c)) out.add(c);
                    continue;
                }
                if (!SIDE_CASES.contains(d.caseOf(g))) continue;
                addGroup(d, e, g, own, out);
                for (int c : d.children(g)) if (d.rel(c).equals("conj")) addGroup(d, e, c, own, out);
            }
        }
        return out;
    }

    /**
     * "President Ndoye spoke by telephone with his Mauritanian counterpart": one counterpart (a singular noun) of a
     * country, beside one named participant, is the one person of that country in the article who holds the same
     * office (a head of state or government, a foreign or a defence minister); else empty.
     */
    static Optional<LocalPerson> counterpartByOffice(Deps d, DocEntities e, List<LocalParticipant> participants, List<String> parties) {
        if (participants.size() != 1 || parties.size() != 1) return Optional.empty();
        boolean one = false;
        for (int k = 1; k <= d.size(); k++) {
            if (d.lemma(k).equals("counterpart") && d.tok(k).pos().equals("NN")) one = true;
        }
        if (!one) return Optional.empty();
        String office = office(e.people().get(participants.get(0).person()).titles());
        if (office == null) return Optional.empty();
        LocalPerson found = null;
        for (LocalPerson p : e.people()) {
            if (!parties.get(0).equals(p.country()) || !office.equals(office(p.titles()))) continue;
            if (found != null) return Optional.empty();
            found = p;
        }
        return Optional.ofNullable(found);
    }

    /** The kind of office a person's titles name, for counterparts: "leader", "foreign", "defence", or null. */
    static String office(List<String> titles) {
        for (String t : titles) {
            if (dev.parley.resolve.Titles.isLeaderTitle(t)) return "leader";
        }
        for (String t : titles) {
            String l = t.toLowerCase(java.util.Locale.ROOT);
            if (l.contains("deputy") || l.contains("vice") || l.contains("former")) continue;
            if (!(l.contains("minister") || l.contains("secretary"))) continue;
            if (l.contains("foreign") || l.contains("external affairs")) return "foreign";
            if (l.contains("defence") || l.contains("defense")) return "defence";
        }
        return null;
    }

    /**
     * The organisation whose seat the event is at: "received at NATO headquarters", "at the headquarters of the
     * International Atomic Energy Agency"; else empty.
     */
    static Optional<String> organisationSeat(Deps d, List<Integer> anchors) {
        for (int a : anchors) {
            for (int g : d.children(a)) {
                if (!(d.rel(g).startsWith("obl") || d.rel(g).startsWith("nmod")) || !d.caseOf(g).equals("at")
                        || !Lexicon.ORGANISATION_SEATS.contains(d.lemma(g))) {
                    continue;
                }
                String org = Summits.organisationOf(d, g);
                if (org != null) return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    /** "phone", "video link", "a video conference": a call word or a noun a call word modifies. */
    private static boolean callWord(Deps d, int g) {
        if (Lexicon.CALL_WORDS.contains(d.lemma(g))) return true;
        for (int c : d.children(g)) if (Lexicon.CALL_WORDS.contains(d.lemma(c)) && !d.rel(c).equals("case")) return true;
        return false;
    }

    private static void addGroup(Deps d, DocEntities e, int g, List<String> own, List<String> out) {
        if (!Lexicon.GROUP_NOUNS.contains(d.lemma(g))) return;
        if (e.personAt(d.sentence().index(), g).isPresent()) return; // a title of a named person, not a group
        // the words before the noun, together: "European Union officials", "Central Asian leaders"
        Optional<String> whole = wholeModifier(d, e, g);
        if (whole.isPresent()) {
            if (!own.contains(whole.get()) && !out.contains(whole.get())) out.add(whole.get());
            return;
        }
        // "Malaysian and Canadian business leaders", "community leaders": people outside government are no state's side
        for (int c : d.children(g)) {
            boolean lower = Character.isLowerCase(d.word(c).codePointAt(0));
            if ((d.rel(c).equals("compound") || d.rel(c).equals("amod")) && lower && Lexicon.NON_STATE_GROUPS.contains(d.lemma(c))) return;
        }
        for (int c : d.children(g)) {
            String r = d.rel(c);
            boolean of = r.startsWith("nmod") && (d.caseOf(c).equals("of") || d.caseOf(c).equals("from"));
            if (!(r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || of)) continue;
            // "ambassadors of the Gulf states", "leaders of the other Mekong countries": the states' own modifier
            if (of && Lexicon.STATE_NOUNS.contains(d.lemma(c))) {
                wholeModifier(d, e, c).filter(x -> !own.contains(x) && !out.contains(x)).ifPresent(out::add);
                continue;
            }
            party(d, e, c).filter(x -> !own.contains(x) && !out.contains(x)).ifPresent(out::add);
            for (int cc : d.children(c)) {
                if (d.rel(cc).equals("conj")) party(d, e, cc).filter(x -> !own.contains(x) && !out.contains(x)).ifPresent(out::add);
            }
        }
    }

    /**
     * The party the capitalised words right before a noun name together: an organisation ("European Union", "ASEAN")
     * or a region of several states ("Gulf", "Central Asian", "Latin American", "Pacific" in "Pacific island").
     */
    private static Optional<String> wholeModifier(Deps d, DocEntities e, int g) {
        int first = g;
        for (int k = g - 1; k >= 1 && d.head(k) != 0; k--) {
            String r = d.rel(k);
            if (!(r.equals("amod") || r.equals("compound")) || !(d.head(k) == g || d.head(k) > k && d.head(k) < g)) break;
            first = k;
        }
        List<String> caps = new ArrayList<>();
        for (int k = first; k < g; k++) {
            String w = d.tok(k).word();
            if (Character.isUpperCase(w.codePointAt(0))) caps.add(w);
            else if (!caps.isEmpty()) break; // "Pacific island": the capitalised words lead
        }
        if (caps.isEmpty()) return Optional.empty();
        String phrase = String.join(" ", caps);
        Optional<Organisation> o = Organisations.get().lookup(phrase);
        if (o.isPresent()) return o.map(Organisation::label);
        return isRegion(phrase) ? Optional.of(phrase) : Optional.empty();
    }

    /** Whether capitalised words name a region of several states: "Gulf", "Central Asian", "Latin American". */
    static boolean isRegion(String phrase) {
        String[] parts = phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
        String last = parts[parts.length - 1];
        String lastTwo = parts.length >= 2 ? parts[parts.length - 2] + " " + last : last;
        return Lexicon.GROUP_REGIONS.contains(lastTwo) || Lexicon.GROUP_REGIONS.contains(last);
    }

    /**
     * The region of several states that a group noun names: by its own capitalised modifiers ("Caribbean leaders",
     * "European and African leaders") or by those of its "of" or "from" phrase ("heads of state from across the Amazon
     * basin", "heads of state of the Sahel confederation"); else empty. Organisations are {@link Summits}' business.
     */
    static Optional<String> region(Deps d, int noun) {
        List<String> caps = new ArrayList<>();
        for (int k = noun - 1; k >= 1 && (d.rel(k).equals("amod") || d.rel(k).equals("compound") || d.rel(k).equals("conj")
                || d.rel(k).equals("cc")); k--) {
            String w = d.tok(k).word();
            if (Character.isUpperCase(w.codePointAt(0)) && isRegion(w)) caps.add(0, w);
        }
        if (!caps.isEmpty()) return Optional.of(String.join("-", caps));
        for (int c : d.children(noun)) {
            if (!d.rel(c).startsWith("nmod") || !Lexicon.MEMBER_CASES.contains(d.caseOf(c))) continue;
            for (int k : d.clauseSubtree(c)) {
                String w = d.tok(k).word();
                if (Character.isUpperCase(w.codePointAt(0)) && isRegion(w)) return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The country or organisation a modifier of the group names: "Saudi", "Russia's", "EU", "of the African Union". */
    private static Optional<String> party(Deps d, DocEntities e, int tok) {
        Optional<PlaceRef> p = e.placeAt(d.sentence().index(), tok);
        if (p.isPresent() && p.get().country() != null) return Optional.of(p.get().country());
        StringBuilder phrase = new StringBuilder();
        for (int k : d.clauseSubtree(tok)) {
            if (d.rel(k).equals("case") || d.rel(k).equals("det") || d.rel(k).equals("punct")) continue;
            if (phrase.length() > 0) phrase.append(' ');
            phrase.append(d.tok(k).word());
        }
        Optional<Organisation> o = Organisations.get().lookup(phrase.toString());
        if (o.isEmpty()) o = Organisations.get().lookup(d.tok(tok).word());
        if (o.isPresent()) return o.map(Organisation::label);
        // "a delegation from the Sudanese army", "officials of the Iranian government": the state of a state's body
        if (d.isNoun(tok) && Lexicon.STATE_BODIES.contains(d.lemma(tok))) {
            for (int c : d.children(tok)) {
                if (!(d.rel(c).equals("amod") || d.rel(c).equals("compound") || d.rel(c).equals("nmod:poss"))) continue;
                Optional<PlaceRef> p2 = e.placeAt(d.sentence().index(), c);
                if (p2.isPresent() && p2.get().country() != null) return Optional.of(p2.get().country());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a meeting or call with one named person and a group is an event on its own: the person is of a
     * state or holds an office, and a group party is another state or an organisation.
     */
    static boolean strong(EventType type, List<LocalParticipant> ps, DocEntities e, List<String> parties) {
        if (type != EventType.MEETING && type != EventType.CALL || ps.isEmpty() || parties.isEmpty()) return false;
        for (LocalParticipant p : ps) {
            LocalPerson lp = e.people().get(p.person());
            if (lp.country() != null || Actors.holdsOffice(lp.titles())) return true;
        }
        return false;
    }
}
