package dev.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.Article;
import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.mentions.EntityKind;
import dev.parley.mentions.EntitySpan;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.pipeline.DocResult;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.time.EventDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** Parley's records survive the trip through RecordCodec unchanged (no CoreNLP). */
class RecordCodecTest {
    static final Article ARTICLE = new Article("a/1.txt", "Lavrov in Beijing", "Lavrov met Wang.", LocalDate.of(2021, 3, 22),
            "frontmatter", Map.of("source", "x.org", "published", "2021-03-22"));

    static AnnotatedDoc doc() {
        return new AnnotatedDoc(ARTICLE, List.of(new Sentence(0, List.of(
                new Token(1, "Lavrov", "Lavrov", "NNP", "PERSON", "", 0, 6, 2, "nsubj"),
                new Token(2, "met", "meet", "VBD", "O", "", 7, 10, 0, "root"),
                new Token(3, "Wang", "Wang", "NNP", "PERSON", "", 11, 15, 2, "obj"),
                new Token(4, ".", ".", ".", "O", "", 15, 16, 2, "punct")))));
    }

    @Test
    void annotatedDocRoundTrips() {
        AnnotatedDoc d = doc();
        assertEquals(d, RecordCodec.decode(RecordCodec.encode(d), AnnotatedDoc.class));
        assertEquals(d.sentences(), RecordCodec.decode(RecordCodec.encode(d.sentences()), List.class));
    }

    @Test
    void docResultRoundTripsWithNullsEnumsAndDates() {
        EntitySpan span = new EntitySpan(0, 1, 1, 0, 6, "Lavrov", EntityKind.values()[0]);
        DocEntities entities = new DocEntities("a/1.txt", List.of(new LocalPerson(0, "Lavrov", false, null, List.of(), List.of(span))), List.of());
        Candidate c = new Candidate("a/1.txt", 0, 0, 16, 0, 16, "Lavrov met Wang.", "met", EventType.MEETING,
                List.of(new LocalParticipant(0, Role.values()[0], 1)), null, "CHN", EventDate.day(LocalDate.of(2021, 3, 22)),
                0, Status.OCCURRED, true, null, LocalDate.of(2021, 3, 22), false);
        DocResult r = RecordCodec.decode(RecordCodec.encode(new DocResult(doc(), entities, List.of(c))), DocResult.class);
        assertEquals(doc(), r.doc());
        assertEquals(List.of(c), r.candidates());
        assertEquals(entities.people(), r.entities().people());
        assertEquals(entities.people().get(0), r.entities().personAt(0, 1).orElseThrow());
    }

    @Test
    void aLongListOfRecordsRoundTrips() {
        List<Sentence> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) many.addAll(doc().sentences());
        assertEquals(many, RecordCodec.decode(RecordCodec.encode(many), List.class));
    }

    @Test
    void dataCutShortIsAnIOException() {
        // an INT tag with two of its four bytes
        IOException e = assertThrows(IOException.class, () -> RecordCodec.decode(new ByteArrayInputStream(deflated(2, 0, 0)), Integer.class));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void aCountBeyondTheDataIsRefusedBeforeAllocating() {
        // a LIST tag claiming 2^30 elements in a 5-byte stream
        IOException e = assertThrows(IOException.class, () -> RecordCodec.decode(new ByteArrayInputStream(deflated(8, 0x40, 0, 0, 0)), List.class));
        assertTrue(e.getMessage().contains("count"), e.getMessage());
    }

    @Test
    void trailingBytesAreRefused() {
        IOException e = assertThrows(IOException.class, () -> RecordCodec.decode(new ByteArrayInputStream(deflated(0, 0)), Object.class));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    private static byte[] deflated(int... plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            for (int b : plain) d.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void unknownTypesAreRefusedByName() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(new StringBuilder("x")));
    }
}
