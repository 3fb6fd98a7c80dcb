package dev.parley.nlp.corenlp;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/** parley's engine with some properties overridden, for measuring what a setting costs and what it changes. */
public final class VariantEngine implements NlpEngine {
    private final StanfordCoreNLP pipeline;
    private final String signature;

    /** @param overrides {@code key=value} pairs applied over parley's properties */
    public VariantEngine(NlpConfig config, String... overrides) {
        Properties p = CoreNlpEngine.properties(config);
        for (String kv : overrides) {
            int eq = kv.indexOf('=');
            p.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
        }
        signature = "variant " + p;
        pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        if (article.published() != null) ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        pipeline.annotate(ann);
        return CoreNlpEngine.toDoc(article, ann);
    }

    @Override
    public String signature() {
        return signature;
    }
}
