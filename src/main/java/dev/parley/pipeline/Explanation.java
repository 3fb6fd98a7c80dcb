package dev.parley.pipeline;

import dev.parley.events.Candidate;
import dev.parley.events.Trace;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lines of {@code parley extract --explain}: per document and sentence, each trigger with the rules that
 * fired, the candidate they made or why none was made, and what the merge did with the candidate.
 */
final class Explanation {
    private Explanation() {
    }

    static List<String> lines(List<DocDigest> results, List<DiplomaticEvent> events, Map<Candidate, String> dropped) {
        List<DocDigest> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(DocDigest::id));
        List<String> out = new ArrayList<>();
        for (DocDigest r : sorted) {
            int lastSentence = -1;
            for (Trace t : r.traces()) {
                if (t.sentence() != lastSentence) {
                    out.add(t.docId() + " sentence " + t.sentence() + ": " + r.tracedSentences().get(t.sentence()));
                    lastSentence = t.sentence();
                }
                String line = "  \"" + t.trigger() + "\" [" + t.rule() + "] " + t.outcome();
                if (t.outcome().startsWith("candidate")) line += "\n    -> " + fate(r, t, events, dropped);
                out.add(line);
            }
        }
        return out;
    }

    private static String fate(DocDigest r, Trace t, List<DiplomaticEvent> events, Map<Candidate, String> dropped) {
        for (DiplomaticEvent e : events) {
            for (EventMention m : e.mentions()) {
                if (m.document().equals(t.docId()) && m.sentence() == t.sentence() && m.trigger().equals(t.trigger())) {
                    return "event " + e.id() + ": " + e.label();
                }
            }
        }
        for (Candidate c : r.candidates()) {
            if (c.sentence() == t.sentence() && c.trigger().equals(t.trigger()) && dropped.containsKey(c)) {
                return "no event: " + dropped.get(c);
            }
        }
        return "no event: merged into another mention of the same sentence, or left out by the merge";
    }
}
