package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.Organisation;
import dev.parley.resolve.Organisations;
import dev.parley.resolve.PlaceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Summits: the series name before the noun ("G20", "NATO"), the group that meets, the host state and who attends. */
final class Summits {
    private Summits() {
    }

    /** Provenance of a summit picked out of its series ("the next summit", "their first summit"). */
    static final String OF_A_SERIES = "of-a-series";
    /** Provenance of an unnamed summit its organisation possesses ("the bloc's summit", BLOC_NOUNS). */
    static final String THE_BLOCS_SUMMIT = "the-blocs-summit";
    /** Provenance of "the summit" read as the one summit its article names. */
    static final String THE_ARTICLES_SUMMIT = "the-articles-summit";

    /**
     * "The summit", "the bloc's summit" in an article that names one summit series (and no other) is that summit:
     * "Asunción ready for Mercosur summit ... Heads of state meet on Friday and Saturday (3–4 July) for the bloc's
     * mid-year summit". Only a summit of nobody named (else it is those leaders' meeting), not picked out of its series
     * ("the next summit", "their first summit") nor recalled, and only where no summit of named leaders is reported.
     */
    static List<Candidate> theArticlesSummit(String text, List<Candidate> cs) {
        cs = theBlocsSummit(text, cs);
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        for (Candidate c : cs) {
            if (c.type() == EventType.SUMMIT && c.name() != null) names.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.name());
        }
        // ("will host the gathering", rule the-gathering): a summit named by no words of its own is the article's one
        // summit, or none
        List<Candidate> named = cs.stream().filter(c -> c.type() != EventType.SUMMIT || c.name() != null).toList();
        if (names.size() != 1) return named;
        // an article that also reports a summit of named leaders ("Biden, Putin to hold summit June 16") may mean that one
        for (Candidate c : cs) {
            if (c.type() == EventType.MEETING && !c.rules().isEmpty() && c.rules().get(0).equals("unnamed-summit")
                    && !c.participants().isEmpty() && !c.rules().contains(THE_BLOCS_SUMMIT)) {
                return named;
            }
        }
        String name = names.values().iterator().next();
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            if (c.type() == EventType.SUMMIT && c.name() == null
                    && (c.rules().contains(OF_A_SERIES) || c.rules().contains(Candidate.BACKGROUND))) {
                continue; // "who hosted the previous gathering": another of the series
            }
            if (c.type() == EventType.SUMMIT && c.name() == null) {
                // an anaphor tells who was at the summit, not when it was: its clause's time may be any other
                // ("will host the gathering for the first time since his re-election in 2025")
                List<String> rules = new ArrayList<>(c.rules());
                rules.add(THE_ARTICLES_SUMMIT);
                out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                        EventType.SUMMIT, c.participants(), c.place(), c.country(), null, 0, c.status(), false, name,
                        c.published(), c.counterpart(), rules, c.parties()));
                continue;
            }
            // ("on the second day of the bloc's summit": the organisation's own summit, with whoever attends it)
            boolean blocs = c.type() == EventType.MEETING && c.rules().contains(THE_BLOCS_SUMMIT) && c.parties().isEmpty()
                    && !c.rules().contains(OF_A_SERIES) && !c.rules().contains(Candidate.BACKGROUND);
            boolean bare = blocs || c.type() == EventType.MEETING && !c.rules().isEmpty() && c.rules().get(0).equals("unnamed-summit")
                    && c.participants().isEmpty() && c.parties().isEmpty()
                    && !c.rules().contains(OF_A_SERIES) && !c.rules().contains(Candidate.BACKGROUND);
            out.add(bare ? theSummitOf(c, name) : c);
        }
        return out;
    }

    /** {@code c}, a meeting noun that refers to the article's summit, as that summit, {@code name}'s. */
    private static Candidate theSummitOf(Candidate c, String name) {
        List<String> rules = new ArrayList<>(c.rules());
        rules.add(THE_ARTICLES_SUMMIT);
        return new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                EventType.SUMMIT, c.participants(), c.place(), c.country(), c.date(), c.durationDays(), c.status(),
                c.date() != null, name, c.published(), c.counterpart(), rules, c.parties());
    }

    /**
     * "Heads of state of the Southern African Development Community will gather in Maseru for the bloc's 53rd
     * Ordinary Summit": the bloc's summit is that of the one organisation its sentence names, else its article (by
     * theOneOrganisation), whatever other summits the article names (a business "summit" is no bloc's).
     */
    private static List<Candidate> theBlocsSummit(String text, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        String ofArticle = null;
        boolean looked = false;
        for (Candidate c : cs) {
            boolean blocs = c.type() == EventType.MEETING && c.rules().contains(THE_BLOCS_SUMMIT) && c.parties().isEmpty()
                    && !c.rules().contains(OF_A_SERIES) && !c.rules().contains(Candidate.BACKGROUND);
            String org = blocs ? theOneOrganisation(c.text()) : null;
            if (blocs && org == null) {
                if (!looked) ofArticle = theOneOrganisation(text);
                looked = true;
                org = ofArticle;
            }
            out.add(org == null ? c : theSummitOf(c, org));
        }
        return out;
    }

    /** Provenance of a summit named for a region renamed for the organisation of that region its article names. */
    static final String REGIONS_ORGANISATION = "regions-organisation";

    /**
     * "Caribbean leaders wrapped up a two-day meeting" in an article that names "the 15-member Caribbean Community":
     * a summit named for a region (GROUP_REGIONS) is that of the one organisation of organisations.tsv whose name
     * begins with the region's name and appears in the article.
     */
    static List<Candidate> regionsOrganisation(String text, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            boolean bloc = c.name() != null && c.name().startsWith(A_REGIONS_BLOC);
            String region = bloc ? c.name().substring(A_REGIONS_BLOC.length()) : c.name();
            String org = c.type() == EventType.SUMMIT && region != null && Groups.isRegion(region.replace('-', ' '))
                    ? organisationOfRegion(text, qualified(c.text(), region)) : null;
            // "Leaders of the Horn of Africa's regional bloc opened a summit": the one organisation the article names
            if (org == null && bloc) org = theOneOrganisation(text);
            if (org == null && bloc) org = region;
            if (org == null) {
                out.add(c);
                continue;
            }
            List<String> rules = new ArrayList<>(c.rules());
            rules.add(REGIONS_ORGANISATION);
            out.add(new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(),
                    c.type(), c.participants(), c.place(), c.country(), c.date(), c.durationDays(), c.status(), c.strong(), org,
                    c.published(), c.counterpart(), rules, c.parties()));
        }
        return out;
    }

    /** Marks a summit named for a region by a bloc noun ("the Horn of Africa's regional bloc"): see regionsOrganisation. */
    static final String A_REGIONS_BLOC = "bloc of ";

    /** Whether a group of members is of a bloc (BLOC_NOUNS): "Leaders of the Horn of Africa's regional bloc". */
    private static boolean blocOf(Deps d, int members) {
        for (int c : d.children(members)) {
            if (!d.rel(c).startsWith("nmod") || !Lexicon.MEMBER_CASES.contains(d.caseOf(c))) continue;
            for (int k : d.clauseSubtree(c)) {
                // (a common noun: "Community" in "the Caribbean Community" is the organisation's own name)
                if (Lexicon.BLOC_NOUNS.contains(d.word(k)) && d.tok(k).pos().equals("NN")) return true;
            }
        }
        return false;
    }

    /**
     * The organisation of states of organisations.tsv (not of the UN system, not a summit series) the text names most
     * often, by name, other name or acronym, at least twice as often as any other ("IGAD" four times beside "the
     * African Union" twice); null if none does.
     */
    private static String theOneOrganisation(String text) {
        String found = null;
        int most = 0;
        int second = 0;
        for (Organisation o : Organisations.get().all()) {
            if (o.kind() != Organisation.Kind.IGO || "un-system".equals(o.basis())) continue;
            List<String> names = new ArrayList<>(List.of(o.name()));
            names.addAll(o.otherNames());
            names.addAll(o.acronyms());
            int times = 0;
            for (String n : names) {
                if (n.length() < 3) continue;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(n) + "\\b").matcher(text);
                while (m.find()) times++;
            }
            if (times > most) {
                found = o.label();
                second = most;
                most = times;
            } else if (times > second) {
                second = times;
            }
        }
        return most > 0 && most >= 2 * second ? found : null;
    }

    /**
     * The region as its sentence writes it, with a compass word before it ("West African leaders": "West African"), so
     * that its organisation is the West African one, not the African Union; else the region.
     */
    static String qualified(String sentence, String region) {
        if (region.contains("-") || region.contains(" ")) return region;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\p{Lu}[\\p{L}-]+) " + java.util.regex.Pattern.quote(region) + "\\b")
                .matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            // the compass words of REGION_WORDS: those that name no region of their own (GROUP_REGIONS)
            if (Lexicon.REGION_WORDS.contains(w) && !Lexicon.GROUP_REGIONS.contains(w) && !w.startsWith("americ")
                    && !w.equals("latin")) {
                return m.group(1) + " " + region;
            }
        }
        return region;
    }

    private static String organisationOfRegion(String text, String region) {
        String found = organisationOfRegion(text, region, true);
        // ("West African leaders" in an article that names "the Economic Community of West African States"): else the
        // one whose name has the region's words anywhere
        return found != null ? found : organisationOfRegion(text, region, false);
    }

    private static String organisationOfRegion(String text, String region, boolean initial) {
        String found = null;
        java.util.regex.Pattern within = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(region) + "\\b");
        for (Organisation o : Organisations.get().all()) {
            List<String> names = new ArrayList<>(List.of(o.name()));
            names.addAll(o.otherNames());
            boolean regions = names.stream().anyMatch(n -> initial ? n.startsWith(region + " ") : within.matcher(n).find());
            // (named in the article by any of its names: "ECOWAS" for the Economic Community of West African States)
            List<String> all = new ArrayList<>(names);
            all.addAll(o.acronyms());
            boolean named = all.stream().anyMatch(n -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(n) + "\\b")
                    .matcher(text).find());
            if (!regions || !named) continue;
            if (found != null && !found.equals(o.label())) return null; // two organisations of the region: neither
            found = o.label();
        }
        return found;
    }

    private static final java.util.regex.Pattern LEADERS_AFTER_NAME = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:heads\\s+of\\s+(?:state|government)(?:\\s+and\\s+(?:state|government))?|leaders)(?:'|’)?$");

    /** A summit's name from the words before it ("G20", "NATO", "Group of 20", "Asean", "Belt and Road"), or null. */
    /** "a summit of the Economic Community of West African States (ECOWAS)": the known acronym in its "of" phrase. */
    private static String acronymOfItsOrganisation(Deps d, int summit) {
        for (int c : d.children(summit)) {
            if (!d.caseOf(c).equals("of")) continue;
            for (int k : d.clauseSubtree(c)) {
                java.util.Optional<Organisation> o = acronymAt(d, k) ? Organisations.get().lookup(d.tok(k).word()) : java.util.Optional.empty();
                if (o.isPresent()) return o.get().label();
            }
        }
        return null;
    }

    static String summitName(Deps d, int i) {
        int first = i;
        for (int k = i - 1; k >= 1; k--) {
            Token t = d.tok(k);
            String w = t.word();
            boolean acronym = w.matches("[A-Z][A-Za-z0-9-]*") && (w.matches(".*\\d.*") || w.chars().filter(Character::isUpperCase).count() >= 2);
            boolean proper = t.pos().startsWith("NNP") && !t.ner().equals("PERSON")
                    || t.ner().equals("MISC") && Character.isUpperCase(w.codePointAt(0)); // "the joint Arab-Islamic summit"
            // ("Group of 20"; a spelled-out number that opens a name, "the Three Seas summit", "Five Eyes")
            boolean number = t.pos().equals("CD") && (k >= 3 && d.word(k - 1).equals("of") || w.matches("\\p{Lu}\\p{Ll}+") && k + 1 < i);
            boolean joiner = (w.equals("of") || w.equals("and") || w.equals("-")) && k > 1 && k < i - 1
                    && (d.tok(k - 1).pos().startsWith("NNP") || acronymAt(d, k - 1) || d.tok(k - 1).ner().equals("MISC"));
            if (t.ner().equals("LOCATION") && !acronym) break; // "the Singapore summit" is named for its place
            if (!(acronym || proper || number || joiner)) break;
            first = k;
        }
        if (first == i) {
            String org = organisationOf(d, i);
            if (org == null) org = acronymOfItsOrganisation(d, i);
            if (org == null) org = groupOf(d, i);
            // ("Mercosur leaders are due to hold their summit", "EU leaders will hold an emergency summit"): the summit
            // of the group that holds it
            if (org == null && d.rel(i).equals("obj") && d.isVerb(d.head(i)) && holds(d, d.head(i))) {
                org = groupSubject(d, d.head(i));
            }
            return org;
        }
        List<String> parts = new ArrayList<>();
        for (int k = first; k < i; k++) parts.add(d.tok(k).word());
        String name = String.join(" ", parts).replace(" - ", "-").strip();
        // "Commonwealth Heads of Government Meeting", "ASEAN Leaders' Summit": the summit of the group its leaders lead
        String group = LEADERS_AFTER_NAME.matcher(name).replaceFirst("");
        if (!group.isEmpty()) name = group;
        java.util.Optional<Organisation> known = Organisations.get().lookup(name);
        if (known.isPresent()) return known.get().label();
        boolean named = name.matches(".*([A-Z]{2,}|\\d).*") || name.startsWith("Group of")
                || d.tok(first).ner().equals("ORGANIZATION") || d.tok(first).ner().equals("MISC") || parts.size() >= 2;
        if (!named) return null;
        // ("The ASEAN Business and Investment Summit", "an ASEAN Youth Summit": a summit of people outside government
        // keeps its whole name, not the organisation's)
        for (String w : parts) if (Lexicon.NON_STATE_GROUPS.contains(w.toLowerCase(Locale.ROOT))) return name;
        return canonicalGroup(name);
    }

    /**
     * "the summit of the Economic Community of West African States", "the African Union's summit", "Leaders of
     * the Gulf Cooperation Council": the organisation or summit series of organisations.tsv that a dependent of
     * the noun names ("of X", "X's", or a compound), by its first acronym ("ECOWAS", "AU", "GCC"); else null.
     */
    static String organisationOf(Deps d, int noun) {
        for (int c : d.children(noun)) {
            String r = d.rel(c);
            // "heads of government from across the Commonwealth": "of", or the origin of the members
            boolean of = (r.startsWith("nmod") || r.startsWith("obl")) && Lexicon.MEMBER_CASES.contains(d.caseOf(c));
            if (!(of || r.equals("nmod:poss") || r.equals("compound"))) continue;
            List<Integer> span = new ArrayList<>();
            phrase(d, c, c, span);
            span.sort(Integer::compareTo);
            StringBuilder text = new StringBuilder();
            int prev = -1;
            boolean contiguous = true;
            for (int k : span) {
                if (prev >= 0 && k != prev + 1) contiguous = false;
                if (text.length() > 0 && !d.tok(k).word().equals("-") && !d.tok(prev).word().equals("-")) text.append(' ');
                text.append(d.tok(k).word());
                prev = k;
            }
            if (!contiguous) continue; // not one phrase: leave it
            java.util.Optional<Organisation> o = Organisations.get().lookup(text.toString());
            if (o.isPresent()) return o.get().label();
        }
        return leadersOf(d, noun);
    }

    /** The heads of the states of a group, by the nouns that name them ("the APEC leaders' meeting"). */
    private static final java.util.Set<String> HEADS = java.util.Set.of("leader", "head");

    /**
     * "the APEC leaders' meeting", "a meeting of EU leaders": the organisation of organisations.tsv whose leaders the
     * noun gathers (their possessor, compound or "of" phrase, qualified by the organisation's name), or null.
     */
    static String leadersOf(Deps d, int noun) {
        List<Integer> gatherers = new ArrayList<>(d.children(noun));
        // "the Commonwealth Heads of Government Meeting": a capitalised name the parser hangs under its "Heads"
        int h = d.head(noun);
        if (h != 0 && d.caseOf(noun).equals("of") && HEADS.contains(singular(d, h))) gatherers.add(h);
        for (int c : gatherers) {
            String r = d.rel(c);
            boolean of = (r.startsWith("nmod") || r.startsWith("obl")) && d.caseOf(c).equals("of");
            if (c != h && !(of || r.equals("nmod:poss") || r.equals("compound")) || !HEADS.contains(singular(d, c))) continue;
            for (int m : d.children(c)) {
                String mr = d.rel(m);
                if (!(mr.equals("compound") || mr.equals("amod") || mr.equals("nmod:poss"))) continue;
                java.util.Optional<Organisation> o = Organisations.get().lookup(d.tok(m).word());
                if (o.isPresent()) return o.get().label();
            }
        }
        return null;
    }

    /** A noun's lemma in lower case, a capitalised plural the tagger left alone ("Heads") made singular. */
    private static String singular(Deps d, int i) {
        String l = d.lemma(i).toLowerCase(Locale.ROOT);
        return d.tok(i).pos().equals("NNPS") && l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * The tokens of a name phrase under {@code top}: its own leading case marker, determiner and punctuation, and
     * clauses and appositions on it, left out ("of the Economic Community of West African States" gives
     * "Economic Community of West African States").
     */
    private static void phrase(Deps d, int top, int k, List<Integer> out) {
        out.add(k);
        for (int c : d.children(k)) {
            String r = d.rel(c);
            if (r.equals("punct") || r.startsWith("acl") || r.equals("appos")) continue;
            // "of the EU and NATO" are two names; "of Latin American and Caribbean States" is one
            if ((r.startsWith("conj") || r.equals("cc")) && (k == top || !(d.rel(k).equals("amod") || d.rel(k).equals("compound") || d.rel(k).startsWith("conj")))) {
                continue;
            }
            if (k == top && (r.equals("case") || r.equals("det") || r.startsWith("nmod") && !d.caseOf(c).equals("of"))) continue;
            phrase(d, top, c, out);
        }
    }

    /** "a summit of Arab and Islamic leaders": the name from the adjectives of the leaders it gathers. */
    static String groupOf(Deps d, int i) {
        for (int c : d.children(i)) {
            String l = d.lemma(c);
            if (!d.caseOf(c).equals("of") || !(l.equals("leader") || l.equals("head") || l.equals("nation")
                    || l.equals("state") || l.equals("country") || l.equals("minister"))) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int m : d.children(c)) {
                // "Arab and Islamic leaders" (MISC), "Mekong leaders" (a region of GROUP_REGIONS)
                boolean region = Lexicon.GROUP_REGIONS.contains(d.lemma(m)) && (d.rel(m).equals("compound") || d.rel(m).equals("amod"));
                if ((d.tok(m).ner().equals("MISC") || region) && Character.isUpperCase(d.tok(m).word().codePointAt(0))) names.add(d.tok(m).word());
                for (int g : d.children(m)) {
                    if (d.rel(g).equals("conj") && d.tok(g).ner().equals("MISC")) names.add(d.tok(g).word());
                }
            }
            if (!names.isEmpty()) return String.join("-", names);
        }
        return null;
    }

    static boolean acronymAt(Deps d, int k) {
        String w = d.tok(k).word();
        return w.matches("[A-Z][A-Za-z0-9-]*") && w.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** Nouns of a meeting that a group's leaders hold as their summit ("a two-day meeting", "their summit"). */
    private static final java.util.Set<String> GATHERINGS = java.util.Set.of("meeting", "summit");

    /** A verb that holds, opens or ends a gathering: hold or convene, or a verb of BEGIN_VERBS or END_VERBS. */
    private static boolean convenes(Deps d, int verb) {
        String l = d.lemma(verb);
        return l.equals("hold") || l.equals("convene") || Lexicon.has(Lexicon.END_VERBS, d, verb) || Lexicon.has(Lexicon.BEGIN_VERBS, d, verb);
    }

    /** A verb that holds, opens or ends the event it takes as object ("held", "wrapped up", "opened"). */
    private static boolean holds(Deps d, int verb) {
        return Lexicon.LIGHT.contains(d.lemma(verb)) || Lexicon.has(Lexicon.END_VERBS, d, verb) || Lexicon.has(Lexicon.BEGIN_VERBS, d, verb);
    }

    /**
     * "Caribbean leaders wrapped up a two-day meeting", "EU leaders will hold a meeting": the group whose leaders (or
     * heads of state or government) hold, open or end the meeting noun, by {@link #groupSubject}; else null. Their
     * meeting is the group's summit.
     */
    static String heldByLeaders(Deps d, int noun) {
        int verb = d.head(noun);
        if (!d.rel(noun).equals("obj") || verb == 0 || !d.isVerb(verb) || !convenes(d, verb)) return null;
        // ("European leaders held talks with Zelenskiy": talks with someone are that person's, no summit)
        if (!GATHERINGS.contains(d.lemma(noun).toLowerCase(Locale.ROOT))) return null;
        for (int c : d.children(noun)) {
            if ((d.rel(c).startsWith("nmod") || d.rel(c).startsWith("obl")) && (d.caseOf(c).equals("with") || d.caseOf(c).equals("between"))) {
                return null;
            }
        }
        int subj = d.child(verb, "nsubj", "nsubj:pass");
        if (subj == 0 || !HEADS.contains(singular(d, subj))) return null;
        return groupSubject(d, verb);
    }

    /** "The G7 club will meet in the UK": a group's name as the subject of meet/convene makes the meeting its summit. */
    static String groupSubject(Deps d, int verb) {
        if (!d.isVerb(verb)) return null;
        int subj = d.child(verb, "nsubj", "nsubj:pass");
        if (subj == 0) subj = Conditions.controller(d, verb); // "Leaders of X are expected to meet"
        if (subj == 0) return null;
        // "Leaders of the Gulf Cooperation Council are meeting", "BRICS leaders gathered", "were hosted by"
        if (Lexicon.GROUP_MEMBERS.contains(d.lemma(subj)) && d.tok(subj).pos().equals("NNS")) {
            String org = organisationOf(d, subj);
            if (org != null) return org;
            // "West African heads of state will meet in Abuja for an ordinary summit of the Economic Community of West
            // African States": the summit the verb is for is the event, named by its own words
            for (int c : d.children(verb)) {
                if (d.rel(c).startsWith("obl") && d.triggers.contains(c) && d.lemma(c).equalsIgnoreCase("summit")
                        && summitName(d, c) != null) {
                    return null;
                }
            }
            // "Caribbean leaders are gathering", "heads of state from across the Amazon basin are being hosted"
            Optional<String> region = Groups.region(d, subj);
            if (region.isPresent() && d.clauseSubtree(subj).stream().noneMatch(k -> d.tok(k).ner().equals("PERSON"))) {
                // ("Leaders of the Horn of Africa's regional bloc": the region's organisation, by whatever name the
                // article gives it)
                return blocOf(d, subj) ? A_REGIONS_BLOC + region.get() : region.get();
            }
        }
        for (int k : d.clauseSubtree(subj)) {
            if (d.tok(k).ner().equals("PERSON")) return null;
        }
        for (int k : d.clauseSubtree(subj)) {
            // a place in capitals ("DUBLIN, May 6 - Leinster and Toulouse will meet") is a dateline, not a group
            if (d.tok(k).ner().equals("LOCATION") && !d.tok(k).word().matches("G-?\\d+")) continue;
            if (acronymAt(d, k) || d.tok(k).word().matches("G-?\\d+")) return canonicalGroup(d.tok(k).word());
        }
        return null;
    }

    /** "the summit that Canada will host", "a summit hosted by Saudi Arabia": the host state is where it is. */
    static String summitHost(Deps d, DocEntities e, int trig) {
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
    static Optional<Integer> attendee(AnnotatedDoc doc, DocEntities e, Deps d, int trig) {
        int cur = d.head(trig);
        for (int steps = 0; cur > 0 && steps < Settings.SUMMIT_REACH; steps++) {
            if (d.isVerb(cur) || d.child(cur, "cop") != 0) {
                int subj = d.child(cur, "nsubj", "nsubj:pass");
                // ("Ali, who chaired the conclave": a relative pronoun stands for the noun its clause hangs on)
                if (subj != 0 && d.tok(subj).pos().startsWith("W") && d.rel(cur).equals("acl:relcl")) subj = d.head(cur);
                if (subj != 0) {
                    Optional<LocalPerson> p = e.personAt(d.sentence().index(), subj);
                    if (p.isEmpty() && Lexicon.PERSON_PRONOUNS.contains(d.word(subj))) p = People.pronoun(doc, e, d, subj);
                    if (p.isPresent() && !People.isAbsent(d, subj) && !People.isSource(d, subj, trig)) return Optional.of(p.get().id());
                    if (p.isEmpty()) return Optional.empty();
                }
                if (Lexicon.REPORTING.contains(d.lemma(cur))) return Optional.empty();
            }
            // a relative clause's subject is its antecedent ("trip in which he is set to visit ...")
            cur = d.head(cur);
        }
        return Optional.empty();
    }

    /**
     * The leaders a sentence about a named summit names beside it: "the NATO summit ..., with X and Y pressing allies",
     * "a summit ... was held in Samarkand, where X, Y and Z agreed", "will bring together X and Y", "co-chaired by X
     * and Y". A gathering's sentence is about those at it: every person there whom the text gives a state or an office,
     * but not one who only speaks of it, is said to be absent, or names a thing. Person id to token, in text order.
     */
    static java.util.Map<Integer, Integer> sentenceLeaders(DocEntities e, Deps d, int trig) {
        java.util.Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
        for (int k = 1; k <= d.size(); k++) {
            Optional<LocalPerson> p = e.personAt(d.sentence().index(), k);
            if (p.isEmpty() || out.containsKey(p.get().id())) continue;
            LocalPerson lp = p.get();
            if (lp.country() == null && !Actors.holdsOffice(lp.titles()) && Actors.organisation(lp.titles()).isEmpty()) continue;
            int side = d.rel(k).equals("conj") ? d.head(k) : k; // "Both Xi and Putin were absent": Putin as Xi
            if (People.isSource(d, k, trig) || People.isSpokes(lp) || People.isAbsent(d, k) || People.isAbsent(d, side)
                    || People.modifiesThing(d, e, k)) {
                continue;
            }
            if (Scope.negated(d, k, List.of(d.head(k)))) continue; // "was not attended by X"
            out.put(lp.id(), k);
        }
        return out;
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

    /**
     * Whether a summit's name says it gathers states: an organisation or summit series of organisations.tsv
     * ("G20", "ASEAN"), or a name made only of countries, demonyms, organisations and world regions ("EU-China",
     * "East Asia"). "The Africa Energy Summit" is an industry conference.
     */
    static boolean namesStates(String name) {
        if (name.startsWith(A_REGIONS_BLOC)) name = name.substring(A_REGIONS_BLOC.length());
        if (Organisations.get().lookup(name).isPresent()) return true;
        for (String part : name.split("[ -]+")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || lower.equals("and") || lower.equals("of") || lower.equals("the") || lower.matches("\\d+(st|nd|rd|th)?")) continue;
            boolean ok = Organisations.get().lookup(part).isPresent() || dev.parley.resolve.Gazetteer.get().country(part).isPresent()
                    || Lexicon.REGION_WORDS.contains(lower) || Lexicon.GROUP_REGIONS.contains(lower) || part.matches("G-?\\d+");
            if (!ok) return false;
        }
        return true;
    }

    /**
     * Whether a summit gathers states: its name says so ({@link #namesStates}), or a person the text gives a
     * country or an office takes part in it ("the Ibero-American summit ... Spanish Prime Minister X").
     */
    static boolean statesMeet(String name, List<LocalParticipant> ps, DocEntities e) {
        if (namesStates(name)) return true;
        for (LocalParticipant p : ps) {
            LocalPerson lp = e.people().get(p.person());
            if (lp.country() != null || Actors.holdsOffice(lp.titles())) return true;
        }
        return false;
    }
}
