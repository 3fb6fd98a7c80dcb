package dev.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocCodecTest {
    private static final byte[] KEY = new byte[32];

    private static List<Sentence> roundTrip(String text, List<Sentence> sentences) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocCodec.write(out, KEY, text, sentences);
        return DocCodec.read(new ByteArrayInputStream(out.toByteArray()), KEY, text);
    }

    @Test
    void everyFieldSurvivesIncludingOddStrings() throws IOException {
        String longWord = "x".repeat(70_000); // longer than DataOutputStream.writeUTF allows
        String text = "Zürich \uD83D\uDE00 \uD800 " + longWord + " (";
        int l = 11 + longWord.length();
        List<Sentence> s = List.of(
                new Sentence(0, List.of(
                        new Token(1, "Zürich", "zürich", "NNP", "LOCATION", "", 0, 6, 0, "root"),
                        new Token(2, "\uD83D\uDE00", "\uD83D\uDE00", "SYM", "O", "", 7, 9, 1, "dep"))),
                new Sentence(3, List.of(
                        new Token(1, "\uD800", "\uD800", "FW", "O", "", 10, 11, -1, ""),
                        new Token(2, longWord, "y", "NN", "DATE", "2021-03-22", 12, l, -1, ""),
                        new Token(3, "-LRB-", "-lrb-", "-LRB-", "O", "", l + 1, l + 2, -1, ""))));
        assertEquals(s, roundTrip(text, s));
    }

    @Test
    void varintsRoundTripAtTheEdges() throws IOException {
        for (int v : new int[] {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE, -1, Integer.MIN_VALUE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DocCodec.writeVarint(new java.io.DataOutputStream(out), v);
            assertEquals(v, DocCodec.readVarint(new java.io.DataInputStream(new ByteArrayInputStream(out.toByteArray()))));
        }
    }
}
