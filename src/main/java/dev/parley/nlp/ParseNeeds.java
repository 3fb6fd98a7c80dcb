package dev.parley.nlp;

import java.util.BitSet;
import java.util.function.BiFunction;

/**
 * Which sentences of a document need a dependency parse, decided from the cheap annotations alone (words, tags,
 * lemmas, NER): the parse is most of the annotation time, and most sentences of general news can hold no event.
 * A sentence left out must give the same result unparsed as parsed; that is what the stages that read parses promise.
 */
@FunctionalInterface
public interface ParseNeeds {
    /** Every sentence, as bare CoreNLP does: the reference the selective mode must equal. */
    ParseNeeds ALL = doc -> {
        BitSet all = new BitSet();
        all.set(0, doc.sentences().size());
        return all;
    };

    /**
     * The indices (into {@code doc.sentences()}) of the sentences to parse.
     *
     * @param doc a document with every sentence tagged and some parsed: a need may follow from a parse (a pronoun in
     *            a sentence where a rule fires needs the sentences before it), see {@link #meet}
     */
    BitSet of(AnnotatedDoc doc);

    /**
     * {@code doc} with what these needs ask for parsed by {@code parser} (which returns the doc with the given
     * sentences parsed), asking again after each round until they ask for nothing new. Each sentence is asked for
     * once, so a sentence the parser leaves without a parse does not loop.
     */
    default AnnotatedDoc meet(AnnotatedDoc doc, BiFunction<AnnotatedDoc, BitSet, AnnotatedDoc> parser) {
        int n = doc.sentences().size();
        BitSet asked = new BitSet();
        for (int i = 0; i < n; i++) if (doc.sentences().get(i).parsed()) asked.set(i);
        while (true) {
            BitSet want = of(doc);
            want.clear(n, Math.max(n, want.length()));
            want.andNot(asked);
            if (want.isEmpty()) return doc;
            asked.or(want);
            doc = parser.apply(doc, want);
        }
    }

    /** The sentences either needs. */
    default ParseNeeds or(ParseNeeds other) {
        return doc -> {
            BitSet b = of(doc);
            b.or(other.of(doc));
            return b;
        };
    }
}
