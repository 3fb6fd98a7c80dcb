package dev.parley.events;

import dev.parley.events.RuleFiles.Located;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One frame of destinations.yaml: a place is a visit's destination when its relation to the anchor it hangs
 * on, its case marker and the anchor's lemma and part of speech are those the frame names (an empty set allows
 * any).
 */
record DestinationFrame(String name, String purpose, int line, List<String> rels, Set<String> cases, Set<String> headLemmas,
                        boolean headVerb) {
    DestinationFrame {
        rels = List.copyOf(rels);
        cases = Set.copyOf(cases);
        headLemmas = Set.copyOf(headLemmas);
    }

    boolean matches(Deps d, int place, int head) {
        String r = d.rel(place);
        boolean relOk = false;
        for (String want : rels) {
            if (want.endsWith("*") ? r.startsWith(want.substring(0, want.length() - 1)) : r.equals(want)) relOk = true;
        }
        if (!relOk) return false;
        if (!cases.isEmpty() && !cases.contains(d.caseOf(place))) return false;
        if (!headLemmas.isEmpty() && !headLemmas.contains(d.lemma(head))) return false;
        return !headVerb || d.isVerb(head);
    }

    private static final Set<String> KEYS = Set.of("name", "purpose", "rel", "case", "head-lemma", "head-pos");

    static DestinationFrame parse(String file, Located l, Map<String, Set<String>> lists) {
        RuleFiles.allowOnly(file, l, KEYS);
        String name = RuleFiles.text(file, l, "name");
        String purpose = RuleFiles.text(file, l, "purpose");
        List<String> rels = RuleFiles.strings(file, l, "rel");
        if (rels.isEmpty()) throw new RuleFileException(file, l.line(), "frame " + name + " needs 'rel'");
        boolean verb = false;
        if (l.node().has("head-pos")) {
            String p = RuleFiles.text(file, l, "head-pos");
            if (!p.equals("verb")) throw new RuleFileException(file, l.line(), "frame " + name + ": head-pos can only be 'verb', found '" + p + "'");
            verb = true;
        }
        return new DestinationFrame(name, purpose, l.line(), rels, RuleFiles.words(file, l, "case", lists),
                RuleFiles.words(file, l, "head-lemma", lists), verb);
    }
}
