package dev.parley.events;

import dev.parley.resolve.Titles;

/** Where a trigger word has a call word beside it, and which words are trigger words at all (the rules themselves are in triggers.yaml). */
final class Triggers {
    private Triggers() {
    }

    static boolean hasCallModifier(Deps d, int i) {
        for (int c : d.children(i)) {
            // "Following their phone call, the two will discuss ...": a call that times the clause is another event
            if (d.children(c).stream().anyMatch(g -> d.rel(g).equals("case")
                    && (Lexicon.TEMPORAL_CASES.contains(d.lemma(g)) || Lexicon.TEMPORAL_CASES.contains(d.word(g).toLowerCase(java.util.Locale.ROOT))))) {
                continue;
            }
            if (Lexicon.CALL_WORDS.contains(d.lemma(c))) return true;
            // "had spoken with X the day before, in a call on Thursday afternoon": talk held in a call is the call
            if (d.lemma(c).equals("call") && d.isNoun(c) && d.rel(c).startsWith("obl")) return true;
            for (int g : d.children(c)) if (Lexicon.CALL_WORDS.contains(d.lemma(g)) && d.rel(c).startsWith("obl")) return true;
        }
        // "spoke by phone", "in a telephone conversation": a call word right next to the trigger
        for (int k = Math.max(1, i - Settings.CALL_WORD_WINDOW); k <= Math.min(d.size(), i + Settings.CALL_WORD_WINDOW); k++) {
            if (k != i && Lexicon.CALL_WORDS.contains(d.lemma(k))) return true;
        }
        return false;
    }

    static boolean isTriggerWord(Deps d, int i) {
        String l = d.lemma(i);
        return Lexicon.VISIT_NOUNS.contains(l) || Lexicon.MEETING_NOUNS.contains(l) || l.equals("call") || l.equals("talks")
                || l.equals("conversation") || Titles.isTitle(l);
    }
}
