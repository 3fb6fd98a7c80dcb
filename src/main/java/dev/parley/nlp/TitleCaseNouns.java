package dev.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A repair of the tagger's reading of a capitalised noun phrase inside a sentence. Government releases and the
 * papers that copy them capitalise the kind of an occasion ("Concluding his maiden State Visit to the United States
 * on Friday", "during her Official Visit to Ghana"), and the tagger, reading "State" as a noun, reads "Visit" as a
 * verb, so the parser makes "State" its subject and the sentence a clause it is not. A capitalised word the tagger
 * reads as a bare or present verb, after a determiner or a possessive with only nouns and adjectives between them,
 * is the head of their noun phrase: it is tagged a noun before the parse.
 *
 * <p>Only a capitalised word whose next word is not capitalised is repaired: in a headline written in title case
 * ("Modi Concludes US State Visit And Emplanes For Egypt") the words go on capitalised, and its verbs have no
 * determiner before them.
 */
public final class TitleCaseNouns {
    private TitleCaseNouns() {
    }

    /** Tags that open a noun phrase: determiners, possessive pronouns, the possessive ending, numbers. */
    private static final Set<String> OPENERS = Set.of("DT", "PRP$", "POS", "CD", "WP$");

    /** Tags of the words between the opener and the head: nouns and adjectives ("his maiden State Visit"). */
    private static final Set<String> INSIDE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ");

    /** The verb tags the tagger gives the capitalised head by mistake: bare and present forms. */
    private static final Set<String> VERB = Set.of("VB", "VBP", "VBZ");

    /**
     * The tags of a sentence's words with each capitalised noun-phrase head the tagger read as a verb made a noun
     * ({@code NNS} for a present verb in "-s", else {@code NN}); the list given is not changed.
     */
    public static List<String> repair(List<String> words, List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 1; i < words.size(); i++) {
            if (!VERB.contains(tags.get(i)) || !capitalised(words.get(i))) continue;
            if (i + 1 < words.size() && capitalised(words.get(i + 1))) continue;
            int k = i - 1;
            while (k >= 0 && INSIDE.contains(tags.get(k))) k--;
            if (k < 0 || !OPENERS.contains(tags.get(k))) continue;
            out.set(i, tags.get(i).equals("VBZ") ? "NNS" : "NN");
        }
        return out;
    }

    /**
     * The tags of a sentence's words with each word inside a name the tagger read as a verb made a proper noun: "es" of
     * "Dar es Salaam", tagged a verb, lets the parser make "Salaam" its object and the name a clause; a word between two
     * words of one named entity, of that entity itself, is part of the name.
     */
    public static List<String> repairNames(List<String> tags, List<String> ners) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 1; i + 1 < tags.size(); i++) {
            String ner = ners.get(i);
            if (!tags.get(i).startsWith("VB") || ner.equals("O") || ner.isEmpty()) continue;
            if (ners.get(i - 1).equals(ner) && ners.get(i + 1).equals(ner)) out.set(i, "NNP");
        }
        return out;
    }

    /** Whether a word begins with a capital and goes on in lower case ("Visit", not "VISIT" or "visit"). */
    static boolean capitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) return false;
        for (int i = 1; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) return false;
        return true;
    }
}
