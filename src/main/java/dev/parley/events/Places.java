package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.PlaceKind;
import dev.parley.resolve.PlaceRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where an event takes place: a visit's destination (frames of destinations.yaml), a meeting's "in X" or "at X". */
final class Places {
    private Places() {
    }

    /** What a place left ("departed Taiwan", frame left-place) costs against a destination: chosen last. */
    private static final int LEFT_PLACE_COST = 1000;

    /**
     * The destination of a visit: a place on one of its anchors in a frame of destinations.yaml ("visit X",
     * "trip to X", "arrive in X", "left for X"), the nearest to the trigger. Returns a token or 0.
     */
    static int destination(Deps d, int trig, List<Integer> anchors) {
        int best = 0;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 1; k <= d.size(); k++) {
            Token t = d.tok(k);
            if (!(t.ner().equals("LOCATION") || d.places.contains(k) || d.lemma(k).equals("capital"))) continue;
            int h = frameHead(d, k);
            if (!anchors.contains(h)) continue;
            if (d.lemma(h).equals("return")) continue; // "before returning to Mexico City" is the way home
            Optional<DestinationFrame> frame = RuleFiles.standard().frame(d, k, h);
            if (frame.isEmpty()) continue;
            // a place left is the destination only where nothing else is: "left Kyiv for Moscow" goes to Moscow
            int dist = Math.abs(k - trig) + (frame.get().name().equals(Candidate.LEFT_PLACE) ? LEFT_PLACE_COST : 0);
            if (dist < bestDist) {
                best = k;
                bestDist = dist;
            }
        }
        if (best == 0 && d.rel(trig).equals("nsubj") && d.child(d.head(trig), "cop") != 0) {
            // "his next trip abroad will be to Washington": the place a visit noun is said to be to
            int place = d.head(trig);
            boolean known = d.tok(place).ner().equals("LOCATION") || d.places.contains(place);
            if (known && d.caseOf(place).equals("to")) return place;
        }
        if (best == 0) {
            // "in Ankara, where he arrived on Tuesday": the place a "where" clause hangs on; "Uzbekistan, which Lee
            // visited", "the city to which he flew": the place a relative pronoun stands for, in a destination's frame
            for (int a : anchors) {
                // (on a verb, or an adjective: "Ashgabat, where Lee is due on Friday")
                if (!(d.isVerb(a) || d.tok(a).pos().startsWith("JJ")) || !d.rel(a).equals("acl:relcl")) continue;
                int place = d.head(a);
                boolean where = d.children(a).stream().anyMatch(c -> d.rel(c).equals("advmod") && d.word(c).equals("where"));
                boolean relative = d.children(a).stream().anyMatch(c -> d.tok(c).pos().equals("WDT")
                        && RuleFiles.standard().frame(d, c, a).isPresent());
                if ((where || relative) && (d.tok(place).ner().equals("LOCATION") || d.places.contains(place))) return place;
            }
        }
        return best;
    }

    static PlaceRef placeIn(Deps d, DocEntities e, List<Integer> anchors, int trig, boolean anywhere) {
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
            // ("visited Rufiji district in Pwani region": the region noun the name hangs on carries its "in")
            int top = d.rel(k).equals("compound") && d.isNoun(d.head(k))
                    && dev.parley.resolve.Gazetteer.isRegionWord(d.lemma(d.head(k)).toLowerCase(Locale.ROOT)) ? d.head(k) : k;
            if (top != k) c = d.caseOf(top);
            // meetings happen in or at a place; "before returning to Hanoi" is somewhere else
            if (!(c.equals("in") || c.equals("at"))) continue;
            int h = d.head(top);
            int steps = anchors.contains(h) ? 0 : d.isNoun(h) && anchors.contains(d.head(h)) ? 1 : -1;
            if (steps < 0 && anywhere) steps = summitReach(d, k, trig);
            if (steps < 0) continue;
            int dist = Math.abs(k - trig) + (steps < 0 ? Settings.PLACE_FAR : steps * Settings.PLACE_STEP_COST);
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
    static int summitReach(Deps d, int place, int trig) {
        int top = d.head(trig);
        int cur = d.head(place);
        boolean viaClause = false;
        for (int steps = 1; cur > 0 && steps < Settings.SUMMIT_REACH; steps++) {
            if (cur == trig || cur == top) return steps == 1 || viaClause ? steps : -1;
            if (d.isVerb(cur) && !(d.rel(cur).startsWith("acl") && (d.head(cur) == trig || d.head(cur) == top))) return -1;
            // only the summit's own "in X", or a place inside a clause on it; "the summit on the war in Gaza" is not in Gaza
            if (d.isVerb(cur)) viaClause = true;
            cur = d.head(cur);
        }
        return -1;
    }

    static String placeText(AnnotatedDoc doc, PlaceRef p) {
        if (p.kind() == PlaceKind.COUNTRY) return null; // the country is in location.country
        if (p.kind() == PlaceKind.CAPITAL && p.span().text().toLowerCase(Locale.ROOT).endsWith("capital")) return null;
        return p.span().text();
    }

    /**
     * The word a place's frame relates it to: its head, or, for a place among the nouns before another ("his US State
     * visit"), the noun those compounds end at.
     */
    static int frameHead(Deps d, int place) {
        int h = d.head(place);
        for (int guard = 0; d.rel(place).equals("compound") && d.rel(h).equals("compound") && guard < 3; guard++) h = d.head(h);
        return h;
    }

    /** The name of the destinations.yaml frame that made {@code place} a destination. */
    static String frameOf(Deps d, int place) {
        // "Uzbekistan, which Lee visited": the frame is the relative pronoun's
        for (int c : d.children(place)) {
            if (!d.rel(c).equals("acl:relcl")) continue;
            for (int w : d.children(c)) {
                Optional<DestinationFrame> f = d.tok(w).pos().equals("WDT") ? RuleFiles.standard().frame(d, w, c) : Optional.empty();
                if (f.isPresent()) return f.get().name();
            }
        }
        return RuleFiles.standard().frame(d, place, frameHead(d, place)).map(DestinationFrame::name).orElse("");
    }
}
