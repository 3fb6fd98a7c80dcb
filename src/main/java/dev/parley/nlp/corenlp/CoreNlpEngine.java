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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** {@link NlpEngine} backed by Stanford CoreNLP; the only class that sees edu.stanford.nlp. */
public final class CoreNlpEngine implements NlpEngine {
    /** CoreNLP version this adapter was written for; part of the signature. */
    public static final String CORENLP_VERSION = "4.5.10";

    private final String signature;
    private final int maxTokens;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP pipeline;

    public CoreNlpEngine(NlpConfig config) {
        pinLocale();
        Properties props = properties(config);
        this.signature = signatureFor(config);
        this.maxTokens = config.maxSentenceTokens();
        try {
            // Two stages, so that over-long "sentences" (tables, lists, text without punctuation) are cut into
            // pieces of at most maxSentenceTokens before tagging and parsing: bounded time and memory, no
            // time limits (which would make the output depend on the machine's speed).
            Properties split = new Properties();
            split.putAll(props);
            split.setProperty("annotators", "tokenize,ssplit");
            this.splitter = new StanfordCoreNLP(split);
            Properties rest = new Properties();
            rest.putAll(props);
            rest.setProperty("annotators", props.getProperty("annotators").replace("tokenize,ssplit,", ""));
            rest.setProperty("enforceRequirements", "false");
            this.pipeline = new StanfordCoreNLP(rest);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Unable to open") || String.valueOf(e.getMessage()).contains("models")) {
                throw new IllegalStateException("CoreNLP models not on the classpath; add edu.stanford.nlp:stanford-corenlp:"
                        + CORENLP_VERSION + ":models (the lib/ folder beside parley.jar must hold it): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * CoreNLP lower-cases and formats with the JVM's default locale (under Turkish, "I" lower-cases to a dotless
     * "ı" and names stop matching), so every engine runs under {@link Locale#ROOT}, in the CLI, in tests and in
     * Spark executors alike. The locale is also in the signature, so cached annotations name the locale they
     * were made under.
     */
    public static void pinLocale() {
        if (!Locale.getDefault().equals(Locale.ROOT)) Locale.setDefault(Locale.ROOT);
    }

    static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("parley.locale", Locale.ROOT.toLanguageTag());
        p.setProperty("annotators", config.parse() ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        // Countries, cities and demonyms come from parley's own reference data; CoreNLP's fine-grained
        // gazetteer stage is most of NER's cost (see PEERS.md) and is not needed.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // parley resolves dates and stated lengths itself (dev.parley.time), so SUTime, about a seventh of the
        // annotation time, is not run; CoreNLP's cheaper rule-based number classifier still tags numbers.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        // Bounded work on pathological text: very long "sentences" are tagged O and not parsed.
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens() * 4));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens() * 4));
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("parley.maxSentenceTokens", Integer.toString(config.maxSentenceTokens()));
        return p;
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        if (article.published() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        splitter.annotate(ann);
        capSentences(ann, maxTokens);
        pipeline.annotate(ann);
        return toDoc(article, ann);
    }

    /** Cuts sentences longer than max tokens into consecutive pieces, renumbering tokens and sentences. */
    static void capSentences(Annotation ann, int max) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return;
        boolean any = false;
        for (CoreMap s : sentences) any |= s.get(CoreAnnotations.TokensAnnotation.class).size() > max;
        if (!any) return;
        List<CoreMap> out = new ArrayList<>();
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                out.add(s);
                continue;
            }
            int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); from += max) {
                int to = Math.min(tokens.size(), from + max);
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
                for (int i = 0; i < piece.size(); i++) piece.get(i).setIndex(i + 1);
                CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                m.set(CoreAnnotations.TokensAnnotation.class, piece);
                m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                m.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBase + from);
                m.set(CoreAnnotations.TokenEndAnnotation.class, tokenBase + to);
                out.add(m);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap m = out.get(i);
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel l : m.get(CoreAnnotations.TokensAnnotation.class)) l.setSentIndex(i);
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** The signature an engine built with {@code config} has, without loading the models (cache and store keys). */
    public static String signature(NlpConfig config) {
        return signatureFor(config);
    }

    @Override
    public String signature() {
        return signature;
    }

    /**
     * The signature an engine built with this config would have, computed without loading any model: the CoreNLP
     * version of the jar on the classpath (models share it) and every property, sorted.
     */
    public static String signatureFor(NlpConfig config) {
        Properties props = properties(config);
        Map<String, String> sorted = new TreeMap<>();
        for (String k : props.stringPropertyNames()) sorted.put(k, props.getProperty(k));
        return "corenlp-" + runtimeVersion() + " " + sorted;
    }

    /**
     * What {@code parley --version} says of CoreNLP: the version of the jar on the class path and whether its
     * English models jar is there too (looked up as a resource, nothing loaded).
     */
    public static String installedVersion() {
        boolean models = CoreNlpEngine.class.getClassLoader().getResource(MODEL_PROBE) != null;
        return "Stanford CoreNLP " + runtimeVersion() + (models ? " with its English models"
                : " WITHOUT its models jar (edu.stanford.nlp:stanford-corenlp:" + CORENLP_VERSION + ":models)");
    }

    /** A model every parley pipeline loads (the POS tagger), so its presence means the models jar is there. */
    private static final String MODEL_PROBE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    /** The version in CoreNLP's jar manifest, so a dependency bump invalidates cached annotations. */
    private static String runtimeVersion() {
        Package p = Annotation.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? CORENLP_VERSION : v;
    }

    static AnnotatedDoc toDoc(Article article, Annotation ann) {
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
                tokens.add(new Token(i + 1, l.word(), l.lemma() == null ? l.word() : l.lemma(),
                        l.tag() == null ? "" : l.tag(), ner, "",
                        l.beginPosition(), l.endPosition(), heads[i], rels[i]));
            }
            out.add(new Sentence(si++, tokens));
        }
        return new AnnotatedDoc(article, out);
    }
}
