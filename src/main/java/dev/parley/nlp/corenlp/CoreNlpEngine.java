package dev.parley.nlp.corenlp;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** {@link NlpEngine} backed by Stanford CoreNLP; the only class that sees edu.stanford.nlp. */
public final class CoreNlpEngine implements NlpEngine {
    /** CoreNLP version this adapter was written for; part of the signature. */
    public static final String CORENLP_VERSION = "4.5.10";

    private final Properties props;
    private final StanfordCoreNLP pipeline;

    public CoreNlpEngine(NlpConfig config) {
        this.props = properties(config);
        try {
            this.pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Unable to open") || String.valueOf(e.getMessage()).contains("models")) {
                throw new IllegalStateException("CoreNLP models not on the classpath; add edu.stanford.nlp:stanford-corenlp:"
                        + CORENLP_VERSION + ":models (target/lib/ must hold it): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", config.parse() ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        // Countries, cities and demonyms come from parley's own reference data; CoreNLP's fine-grained
        // gazetteer stage is most of NER's cost (see PEERS.md) and is not needed.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        // Bounded work on pathological text: very long "sentences" are tagged O and not parsed.
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens() * 4));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens() * 4));
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("depparse.maxLength", Integer.toString(config.maxSentenceTokens()));
        return p;
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        if (article.published() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(ann);
        return toDoc(article, ann);
    }

    @Override
    public String signature() {
        return signature(props);
    }

    /** The signature an engine built with {@code config} has, without loading the models (cache keys). */
    public static String signature(NlpConfig config) {
        return signature(properties(config));
    }

    private static String signature(Properties props) {
        Map<String, String> sorted = new TreeMap<>();
        for (String k : props.stringPropertyNames()) sorted.put(k, props.getProperty(k));
        return "corenlp-" + CORENLP_VERSION + " " + sorted;
    }

    private static AnnotatedDoc toDoc(Article article, Annotation ann) {
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        int si = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int n = labels.size();
            int[] heads = new int[n];
            String[] rels = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "");
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null && g.size() > 0) {
                for (IndexedWord root : g.getRoots()) {
                    heads[root.index() - 1] = 0;
                    rels[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    int d = e.getDependent().index() - 1;
                    heads[d] = e.getGovernor().index();
                    rels[d] = e.getRelation().toString();
                }
                for (int i = 0; i < n; i++) {
                    if (heads[i] < 0) { heads[i] = 0; rels[i] = "dep"; } // punctuation left out of the graph
                }
            }
            List<Token> tokens = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                String timex = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i + 1, l.word(), l.lemma() == null ? l.word() : l.lemma(),
                        l.tag() == null ? "" : l.tag(), ner, timex == null ? "" : timex,
                        l.beginPosition(), l.endPosition(), heads[i], rels[i]));
            }
            out.add(new Sentence(si++, tokens));
        }
        return new AnnotatedDoc(article, out);
    }
}
