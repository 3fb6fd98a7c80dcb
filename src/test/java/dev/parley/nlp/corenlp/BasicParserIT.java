package dev.parley.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.CorpusReader;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.Sentence;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's parser, which makes only the basic dependencies, gives every sentence the heads and relations that
 * CoreNLP's depparse annotator gives it with parley's properties, after parley's own repair of the tags (the annotator
 * also derives four other graphs, which parley never reads): on the sample corpus and the hand-written articles. The engine's parser
 * also keeps a larger cache of hidden-layer slices than the annotator's default, which must change the speed only.
 */
class BasicParserIT {
    @Test
    void sameParsesAsTheDepparseAnnotator() {
        // the annotator's pipeline in stages, with the engine's own steps between them (sentences joined after an
        // honorific, and the tags repaired before the parse), so that both parse the same sentences with the same tags
        java.util.Properties props = CoreNlpEngine.properties(NlpConfig.defaults());
        java.util.Properties split = new java.util.Properties();
        split.putAll(props);
        split.setProperty("annotators", "tokenize,ssplit");
        java.util.Properties rest = new java.util.Properties();
        rest.putAll(props);
        rest.setProperty("annotators", "pos,lemma,ner");
        rest.setProperty("enforceRequirements", "false");
        java.util.Properties parse = new java.util.Properties();
        parse.putAll(props);
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        StanfordCoreNLP splitter = new StanfordCoreNLP(split);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(rest);
        StanfordCoreNLP parser = new StanfordCoreNLP(parse);
        List<Article> articles = new ArrayList<>();
        for (String dir : List.of("corpus/articles", "src/test/resources/articles")) {
            articles.addAll(new CorpusReader((LocalDate) null).read(List.of(Path.of(dir))).articles());
        }
        int sentences = 0;
        for (Article a : articles) {
            Annotation ann = new Annotation(a.text());
            if (a.published() != null) ann.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
            splitter.annotate(ann);
            CoreNlpEngine.sentenceBoundaries(ann);
            pipeline.annotate(ann);
            CoreNlpEngine.repairTags(ann);
            parser.annotate(ann);
            AnnotatedDoc annotator = CoreNlpEngine.toDoc(a, ann);
            AnnotatedDoc engine = SharedEngine.get().annotate(a, ParseNeeds.ALL);
            assertEquals(annotator.sentences(), engine.sentences(), a.id());
            for (Sentence s : engine.sentences()) if (s.parsed()) sentences++;
        }
        assertTrue(sentences > 100, "compared " + sentences + " parsed sentences");
    }
}
