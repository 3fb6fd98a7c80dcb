package dev.parley.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A name never runs across a line break: a headline ending in a name above a lead starting with one. */
class MentionLinesTest {
    private static AnnotatedDoc doc(String text, String[][] words) {
        List<Token> tokens = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            int b = text.indexOf(words[i][0], from);
            tokens.add(new Token(i + 1, words[i][0], words[i][0], words[i][1], words[i][2], "", b, b + words[i][0].length(),
                    i == 0 ? 0 : 1, i == 0 ? "root" : "dep"));
            from = b + words[i][0].length();
        }
        Article a = new Article("a.txt", "a", text, null, null, Map.of());
        return new AnnotatedDoc(a, List.of(new Sentence(0, tokens)));
    }

    private static List<String> people(AnnotatedDoc d) {
        return new MentionExtractor().extract(d).spans().stream().filter(s -> s.kind() == EntityKind.PERSON).map(EntitySpan::text).toList();
    }

    @Test
    void aNameStopsAtALineBreak() {
        String text = "Talks with PM Amara Osei\nLindiwe Dube arrives";
        String[][] w = {{"Talks", "NNS", "O"}, {"with", "IN", "O"}, {"PM", "NNP", "O"}, {"Amara", "NNP", "PERSON"},
                {"Osei", "NNP", "PERSON"}, {"Lindiwe", "NNP", "PERSON"}, {"Dube", "NNP", "PERSON"}, {"arrives", "VBZ", "O"}};
        assertEquals(List.of("Amara Osei", "Lindiwe Dube"), people(doc(text, w)));
    }

    @Test
    void aNameOnOneLineStaysWhole() {
        String text = "Talks with PM Amara Osei Lindiwe";
        String[][] w = {{"Talks", "NNS", "O"}, {"with", "IN", "O"}, {"PM", "NNP", "O"}, {"Amara", "NNP", "PERSON"},
                {"Osei", "NNP", "PERSON"}, {"Lindiwe", "NNP", "PERSON"}};
        assertEquals(List.of("Amara Osei Lindiwe"), people(doc(text, w)));
    }

    @Test
    void aPhotoCreditIsNoPerson() {
        String text = "(AP Photo/Susan Walsh) President Amara Osei spoke";
        String[][] w = {{"(", "-LRB-", "O"}, {"AP", "NNP", "ORGANIZATION"}, {"Photo/Susan", "NNP", "PERSON"}, {"Walsh", "NNP", "PERSON"},
                {")", "-RRB-", "O"}, {"President", "NNP", "O"}, {"Amara", "NNP", "PERSON"}, {"Osei", "NNP", "PERSON"}, {"spoke", "VBD", "O"}};
        assertEquals(List.of("Amara Osei"), people(doc(text, w)));
        assertEquals(false, MentionExtractor.inCredit("Talks (in Geneva) with Amara Osei", 20, 30));
    }

    @Test
    void aNicknameInQuotationMarksIsPartOfTheName() {
        String text = "President Luis Inácio \"Lula\" Da Silva met \"Rody\" Duterte";
        String[][] w = {{"President", "NNP", "O"}, {"Luis", "NNP", "PERSON"}, {"Inácio", "NNP", "PERSON"}, {"\"", "''", "O"},
                {"Lula", "NNP", "PERSON"}, {"\"", "''", "O"}, {"Da", "NNP", "PERSON"}, {"Silva", "NNP", "PERSON"},
                {"met", "VBD", "O"}, {"\"", "``", "O"}, {"Rody", "NNP", "PERSON"}, {"\"", "''", "O"}, {"Duterte", "NNP", "PERSON"}};
        // a quotation that opens no name before it is no nickname inside one
        assertEquals(List.of("Luis Inácio \"Lula\" Da Silva", "Rody", "Duterte"), people(doc(text, w)));
    }

    @Test
    void aQuotedWordBeforeSomethingElseIsNoNickname() {
        String text = "Amara Osei \"Lion\" of the party spoke";
        String[][] w = {{"Amara", "NNP", "PERSON"}, {"Osei", "NNP", "PERSON"}, {"\"", "``", "O"}, {"Lion", "NNP", "O"},
                {"\"", "''", "O"}, {"of", "IN", "O"}, {"the", "DT", "O"}, {"party", "NN", "O"}, {"spoke", "VBD", "O"}};
        assertEquals(List.of("Amara Osei"), people(doc(text, w)));
    }
}
