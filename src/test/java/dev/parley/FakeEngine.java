package dev.parley;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model-free engine for tests: whitespace tokens, a sentence per '.', lemma = lower case, capitalised words inside
 * a sentence tagged PERSON, four-digit numbers DATE with a timex, a chain-shaped parse. Deterministic, and it counts
 * its calls so tests can tell a cache hit from a miss.
 */
public final class FakeEngine implements NlpEngine {
    private final String signature;
    public final AtomicInteger calls = new AtomicInteger();
    /** Sentences parsed after annotation ({@link #parse}), over all calls. */
    public final AtomicInteger laterParses = new AtomicInteger();

    public FakeEngine(String signature) {
        this.signature = signature;
    }

    public FakeEngine() {
        this("fake-1");
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        calls.incrementAndGet();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '.') i++;
            if (i == b) i++; // the '.' itself
            String span = text.substring(b, i);
            int index = tokens.size() + 1;
            String word = span.equals("(") ? "-LRB-" : span;
            boolean date = span.matches("\\d{4}");
            String ner = date ? "DATE" : index > 1 && Character.isUpperCase(span.charAt(0)) ? "PERSON" : "O";
            tokens.add(new Token(index, word, span.toLowerCase(Locale.ROOT), span.equals(".") ? "." : "NN", ner,
                    date ? span : "", b, i, index - 1, index == 1 ? "root" : "dep"));
            if (span.equals(".")) {
                sentences.add(new Sentence(sentences.size(), tokens));
                tokens = new ArrayList<>();
            }
        }
        if (!tokens.isEmpty()) sentences.add(new Sentence(sentences.size(), tokens));
        return new AnnotatedDoc(article, sentences);
    }

    /** As {@link #annotate(Article)}, with the sentences {@code needs} leaves out unparsed (heads -1). */
    @Override
    public AnnotatedDoc annotate(Article article, ParseNeeds needs) {
        AnnotatedDoc all = annotate(article);
        List<Sentence> tagged = new ArrayList<>();
        for (Sentence s : all.sentences()) tagged.add(unparsed(s));
        return needs.meet(new AnnotatedDoc(article, tagged), (doc, which) -> withParses(doc, which, all.sentences()));
    }

    @Override
    public AnnotatedDoc parse(AnnotatedDoc doc, BitSet which) {
        List<Sentence> full = annotate(doc.article()).sentences();
        calls.decrementAndGet(); // a parse, not an annotation
        for (Sentence s : doc.sentences()) if (which.get(s.index()) && !s.parsed()) laterParses.incrementAndGet();
        return withParses(doc, which, full);
    }

    private static AnnotatedDoc withParses(AnnotatedDoc doc, BitSet which, List<Sentence> full) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) out.add(which.get(s.index()) && !s.parsed() ? full.get(s.index()) : s);
        return new AnnotatedDoc(doc.article(), out);
    }

    private static Sentence unparsed(Sentence s) {
        List<Token> ts = new ArrayList<>();
        for (Token t : s.tokens()) {
            ts.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.timex(), t.begin(), t.end(), -1, ""));
        }
        return new Sentence(s.index(), ts);
    }

    @Override
    public String signature() {
        return signature;
    }
}
