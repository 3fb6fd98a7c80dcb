package dev.parley.nlp.corenlp;

import dev.parley.corpus.Article;
import dev.parley.nlp.NlpConfig;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Plain CoreNLP pipelines for the benchmark: the one parley runs (same properties, no conversion, nothing after it),
 * CoreNLP's obvious default, or any annotator list; each annotates an article the way parley does (DocDate set).
 */
public final class BareCoreNlp {
    private final StanfordCoreNLP pipeline;

    private BareCoreNlp(Properties props) {
        pipeline = new StanfordCoreNLP(props);
    }

    /** The same annotators and properties as {@code new CoreNlpEngine(config)}. */
    public static BareCoreNlp sameAs(NlpConfig config) {
        return new BareCoreNlp(CoreNlpEngine.properties(config));
    }

    /**
     * The baseline of issue 17: the annotators and properties parley ran before it, SUTime on and every sentence
     * parsed (parley now turns SUTime off and parses only the sentences that can hold an event).
     */
    public static BareCoreNlp baseline(NlpConfig config) {
        Properties p = CoreNlpEngine.properties(config);
        p.setProperty("ner.useSUTime", "true");
        return new BareCoreNlp(p);
    }

    /** What a user would write by hand: {@code tokenize,ssplit,pos,lemma,ner,depparse}, default settings. */
    public static BareCoreNlp defaults() {
        return custom("tokenize,ssplit,pos,lemma,ner,depparse");
    }

    /** The named annotators with CoreNLP's defaults, plus any extra {@code key=value} properties. */
    public static BareCoreNlp custom(String annotators, String... extra) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        for (String kv : extra) {
            int eq = kv.indexOf('=');
            p.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return new BareCoreNlp(p);
    }

    /** Drops CoreNLP's process-wide annotator cache, so the next pipeline loads its models again. */
    public static void forgetLoadedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** Annotates every article; returns the number of tokens. */
    public long annotate(List<Article> articles) {
        long tokens = 0;
        for (Article a : articles) {
            Annotation ann = new Annotation(a.text());
            if (a.published() != null) ann.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
            pipeline.annotate(ann);
            tokens += ann.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
