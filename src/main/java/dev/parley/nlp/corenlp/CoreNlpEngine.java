package dev.parley.nlp.corenlp;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Datelines;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.TitleCaseNouns;
import dev.parley.nlp.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.BitSet;
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
    private final StanfordCoreNLP tagger;
    /** The dependency parser alone, run on the sentences that need it; null when the config parses nothing. */
    private final BasicParser parser;

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
            // Then tagging, lemmas and NER on every sentence, and the parser as a stage of its own, so that it runs
            // only on the sentences that can hold an event (ParseNeeds).
            this.tagger = new StanfordCoreNLP(stage(props, "pos,lemma,ner"));
            this.parser = config.parse() ? new BasicParser(stage(props, "depparse")) : null;
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Unable to open") || String.valueOf(e.getMessage()).contains("models")) {
                throw new IllegalStateException("CoreNLP models not on the classpath; add edu.stanford.nlp:stanford-corenlp:"
                        + CORENLP_VERSION + ":models (the lib/ folder beside parley.jar must hold it): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Initialises, with no model, what every document's annotation needs first and the JVM initialises once, under a
     * lock: the tokenizer's and the lemmatiser's lexers (each unpacks tables of some hundred kilobytes on first use)
     * and the parser's grammatical relations. Run while the models load (the CLI does), it keeps the workers' first
     * documents from waiting on each other for them; a JFR recording of a cold two-thread run showed those waits as
     * most of the workers' blocked time. Returns the lemmas of the sentence it read.
     */
    public static List<String> prepareWithoutModels(NlpConfig config) {
        pinLocale();
        Annotation a = new Annotation("Ministers met in Beijing.");
        new StanfordCoreNLP(stage(properties(config), "tokenize,ssplit")).annotate(a);
        Morphology morphology = new Morphology();
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) lemmas.add(morphology.lemma(l.word(), "NNS"));
        UniversalEnglishGrammaticalRelations.valueOf("nsubj");
        return lemmas;
    }

    /** parley's properties with {@code annotators} replaced: one stage of the pipeline, its inputs made earlier. */
    private static Properties stage(Properties props, String annotators) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return p;
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
        // the tags are repaired before the parse (TitleCaseNouns): annotations cached before the repair are not reused
        p.setProperty("parley.tagRepair", "title-case-nouns,names");
        p.setProperty("parley.maxSentenceTokens", Integer.toString(config.maxSentenceTokens()));
        return p;
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        return annotate(article, ParseNeeds.ALL);
    }

    @Override
    public AnnotatedDoc annotate(Article article, ParseNeeds needs) {
        Annotation ann = new Annotation(article.text());
        if (article.published() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        splitter.annotate(ann);
        sentenceBoundaries(ann);
        capSentences(ann, maxTokens);
        tagger.annotate(ann);
        repairTags(ann);
        AnnotatedDoc tagged = toDoc(article, ann);
        if (parser == null) return tagged;
        List<CoreMap> kept = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (!s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) kept.add(s); // as toDoc numbers them
        }
        // the sentences' own CoreNLP tokens are parsed here; parse(AnnotatedDoc, ..) rebuilds them from a cache entry
        return needs.meet(tagged, (doc, which) -> {
            List<CoreMap> chosen = new ArrayList<>();
            for (int i = which.nextSetBit(0); i >= 0 && i < kept.size(); i = which.nextSetBit(i + 1)) chosen.add(kept.get(i));
            if (!chosen.isEmpty()) parser.parse(chosen);
            return toDoc(article, ann);
        });
    }

    /**
     * The tagger's capitalised noun-phrase heads and words inside names read as verbs made nouns before the parse
     * ({@link TitleCaseNouns}).
     */
    static void repairTags(Annotation ann) {
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> tags = new ArrayList<>(tokens.size());
            List<String> ners = new ArrayList<>(tokens.size());
            for (CoreLabel l : tokens) {
                words.add(l.word());
                tags.add(l.tag() == null ? "" : l.tag());
                ners.add(l.ner() == null ? "O" : l.ner());
            }
            List<String> fixed = TitleCaseNouns.repair(words, TitleCaseNouns.repairNames(tags, ners));
            for (int i = 0; i < tokens.size(); i++) if (!fixed.get(i).equals(tags.get(i))) tokens.get(i).setTag(fixed.get(i));
        }
    }

    /**
     * Parses more sentences of a document this engine tagged (its cache entry, say), from their words and tags:
     * the parser reads nothing else, so the parse is the one a fresh annotation makes.
     */
    @Override
    public AnnotatedDoc parse(AnnotatedDoc doc, BitSet which) {
        if (parser == null) return doc;
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        List<CoreMap> chosen = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = which.nextSetBit(0); i >= 0 && i < sentences.size(); i = which.nextSetBit(i + 1)) {
            if (sentences.get(i).parsed()) continue;
            chosen.add(toCoreMap(sentences.get(i)));
            at.add(i);
        }
        if (chosen.isEmpty()) return doc;
        parser.parse(chosen);
        for (int k = 0; k < chosen.size(); k++) {
            CoreMap m = chosen.get(k);
            sentences.set(at.get(k), toSentence(at.get(k), m.get(CoreAnnotations.TokensAnnotation.class),
                    m.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
        }
        return new AnnotatedDoc(doc.article(), sentences);
    }

    /**
     * CoreNLP's depparse annotator as parley uses it: the model and options StanfordCoreNLP would give it
     * ({@code AnnotatorImplementations.dependencies}, {@code DependencyParseAnnotator}), and the basic dependencies
     * it would set, the only graph parley reads. The annotator also derives four other graphs from each parse
     * (collapsed, CC-processed, enhanced, enhanced++): about a sixth of the parse's time, for nothing.
     */
    private static final class BasicParser {
        private final DependencyParser parser;
        private final GrammaticalStructure.Extras extras;

        /**
         * How many hidden-layer slices (one per word, tag or label at one of the 48 feature positions) the parser keeps
         * in its least-recently-used cache; CoreNLP's default is 5,000. A slice is computed the same way on a hit and
         * a miss (nndep's {@code Classifier.computeScores}), so the size changes the speed and never the parse
         * ({@code BasicParserIT} checks the parses are the annotator's). Measured on distinct texts (the general-news
         * and hand-written articles and the sample corpus, 1,770 sentences, after a fresh parser had parsed the 73
         * development articles, three paired rounds at load 4.5–6.5 on 2 cores): 10.4, 8.0, 11.4 s against 12.3,
         * 10.6, 11.7 s with the default, about 14 % of the parse. A whole cold extraction, in one JVM after 100
         * sample-derived articles: the 46 general-news and 73 development articles (distinct texts) 24.4 and 25.6 s
         * against 39.9 and 31.2 s (alternating runs, load 5.5–9.8); text seen before (wire copy reprinted, and the
         * corpora of bench.sh N, which repeat their articles) gains more. 100,000 slices of 200 floats hold about
         * 90 MB of the heap.
         */
        static final int CACHED_SLICES = 100_000;

        BasicParser(Properties pipeline) {
            Properties p = PropertiesUtils.extractPrefixedProperties(pipeline, "depparse.");
            // speed only, so not among the properties and not in the signature: cached annotations stay valid
            p.putIfAbsent("numCached", Integer.toString(CACHED_SLICES));
            this.parser = DependencyParser.loadFromModelFile(PropertiesUtils.getString(p, "model", DependencyParser.DEFAULT_MODEL), p);
            this.extras = MetaClass.cast(p.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class);
        }

        /** Sets each sentence's basic dependencies, as the annotator does one sentence at a time. */
        void parse(List<CoreMap> sentences) {
            for (CoreMap s : sentences) {
                GrammaticalStructure gs = parser.predict(s);
                s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null));
            }
        }
    }

    /** A parley sentence back as CoreNLP tokens, with what the parser reads: words and tags (and offsets). */
    private static CoreMap toCoreMap(Sentence s) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.setIndex(t.index());
            l.setSentIndex(s.index());
            labels.add(l);
        }
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, labels);
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        return m;
    }

    /** Honorifics written as acronyms, always followed by a name ("H.E. Mr. Ferdinand Marcos", "H.R.H. Prince ..."). */
    static final java.util.Set<String> HONORIFIC_ACRONYMS = java.util.Set.of("H.E.", "H.H.", "H.R.H.", "H.M.", "H.I.M.", "H.S.H.");

    /**
     * CoreNLP's tokenizer reads an acronym before a capitalised word as the end of a sentence and splits off a period
     * ("with H.E. | . || Mr. Ferdinand R. Marcos Jr."), and takes no list of other abbreviations. An honorific acronym
     * never ends a sentence: the sentence it seems to end goes on into the next, whose name it introduces.
     */
    static void joinAfterHonorifics(Annotation ann) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) return;
        List<CoreMap> out = new ArrayList<>();
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        boolean any = false;
        for (CoreMap s : sentences) {
            CoreMap prev = out.isEmpty() ? null : out.get(out.size() - 1);
            List<CoreLabel> pt = prev == null ? null : prev.get(CoreAnnotations.TokensAnnotation.class);
            int n = pt == null ? 0 : pt.size();
            if (n < 2 || !pt.get(n - 1).word().equals(".") || !HONORIFIC_ACRONYMS.contains(pt.get(n - 2).word())) {
                out.add(s);
                continue;
            }
            any = true;
            CoreLabel acronym = pt.get(n - 2);
            CoreLabel period = pt.get(n - 1);
            acronym.setEndPosition(period.endPosition());
            acronym.set(CoreAnnotations.AfterAnnotation.class, period.get(CoreAnnotations.AfterAnnotation.class));
            List<CoreLabel> tokens = new ArrayList<>(pt.subList(0, n - 1));
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            out.set(out.size() - 1, sentenceOf(text, tokens));
        }
        if (any) install(ann, out);
    }

    /** Sets the document's sentences to {@code out}, numbering sentences and their token ranges as the splitter does. */
    private static void install(Annotation ann, List<CoreMap> out) {
        int tokenBase = 0;
        for (int i = 0; i < out.size(); i++) {
            CoreMap m = out.get(i);
            List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            m.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBase);
            m.set(CoreAnnotations.TokenEndAnnotation.class, tokenBase + tokens.size());
            for (CoreLabel l : tokens) l.setSentIndex(i);
            tokenBase += tokens.size();
        }
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap m : out) all.addAll(m.get(CoreAnnotations.TokensAnnotation.class));
        ann.set(CoreAnnotations.TokensAnnotation.class, all);
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** A sentence of these tokens of {@code text}, numbered from 1. */
    private static CoreMap sentenceOf(String text, List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) tokens.get(i).setIndex(i + 1);
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return m;
    }

    /**
     * parley's sentence boundaries after CoreNLP's splitter: cut at the line ends of a paragraph-per-line text, joined
     * after honorifics, cut after an opening dateline.
     */
    static void sentenceBoundaries(Annotation ann) {
        splitAtLineEnds(ann);
        joinAfterHonorifics(ann);
        splitAfterDatelines(ann);
    }

    /**
     * A sentence that opens with a dateline ("OSLO, 21 January (Fjord Wire) – The state visit ...") is two: the
     * dateline and the lede. Run together, the parser hangs the whole lede on the place name and its clauses lose
     * their subjects and objects; apart, the lede is parsed as the sentence it is.
     */
    static void splitAfterDatelines(Annotation ann) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        if (sentences == null || text == null) return;
        List<CoreMap> out = new ArrayList<>();
        boolean any = false;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int begin = tokens.isEmpty() ? 0 : tokens.get(0).beginPosition();
            int cut = -1;
            int end = tokens.size() > 4 ? Datelines.opening(text, begin) : -1;
            for (int i = 1; end >= 0 && i < tokens.size(); i++) {
                if (tokens.get(i).beginPosition() >= end) {
                    cut = i;
                    break;
                }
            }
            // the lede keeps at least three words: "WASHINGTON - Talks." is no dateline worth cutting
            if (cut < 1 || tokens.size() - cut < 3) {
                out.add(s);
                continue;
            }
            out.add(sentenceOf(text, new ArrayList<>(tokens.subList(0, cut))));
            out.add(sentenceOf(text, new ArrayList<>(tokens.subList(cut, tokens.size()))));
            any = true;
        }
        if (any) install(ann, out);
    }

    /** A line longer than any width text is wrapped at: a text that has one writes a paragraph per line. */
    static final int UNWRAPPED_LINE = 160;

    /**
     * In a text written a paragraph per line, a line that ends without punctuation (a headline, a dateline, a
     * caption, "Updated: April 14, 2023 9:57am") ends its sentence when the next line begins as a sentence does (a
     * capital, a digit, a quotation mark): CoreNLP's splitter, which needs two line breaks to end a sentence
     * without punctuation, would run the headline into the lede. A text is read so when one of its lines is longer
     * than {@link #UNWRAPPED_LINE} characters and none is wrapped (a line ending without punctuation followed by one
     * that begins in lower case); hard-wrapped text, where a line may end in the middle of a name, is left as it is.
     */
    static void splitAtLineEnds(Annotation ann) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        if (sentences == null || text == null || !paragraphPerLine(text)) return;
        List<CoreMap> out = new ArrayList<>();
        boolean any = false;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel a = tokens.get(i - 1);
                CoreLabel b = tokens.get(i);
                String gap = text.substring(a.endPosition(), b.beginPosition());
                if (gap.indexOf('\n') < 0 || !opensSentence(b.word())
                        || !unpunctuatedLineEnd(text.substring(Math.max(0, a.endPosition() - 8), a.endPosition()))) {
                    continue;
                }
                out.add(sentenceOf(text, new ArrayList<>(tokens.subList(from, i))));
                from = i;
                any = true;
            }
            out.add(from == 0 ? s : sentenceOf(text, new ArrayList<>(tokens.subList(from, tokens.size()))));
        }
        if (any) install(ann, out);
    }

    static boolean paragraphPerLine(String text) {
        String[] lines = text.split("\n", -1);
        boolean longLine = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() > UNWRAPPED_LINE) longLine = true;
            if (i + 1 < lines.length && !line.isEmpty() && unpunctuatedLineEnd(line)) {
                String next = lines[i + 1].strip();
                if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) return false;
            }
        }
        return longLine;
    }

    /**
     * Whether a line ends without the punctuation that ends a sentence, inside closing quotation marks or not: a
     * quotation that ends a headline ('tells communist leader, "Brazil is back"') does not end it as a period does.
     */
    static boolean unpunctuatedLineEnd(String line) {
        String end = line.strip().replaceAll("[\"”’']+$", "");
        return end.isEmpty() || ".!?;:".indexOf(end.codePointBefore(end.length())) < 0;
    }

    /** Whether a token can begin a sentence: a capital, a digit or an opening quotation mark. */
    private static boolean opensSentence(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || word.equals("``") || word.equals("\"") || word.equals("“");
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
        // (the sentences cut at line ends, joined after honorifics and cut after datelines are parley's, not
        // properties: named so cached annotations split the old way are not reused)
        return "corenlp-" + runtimeVersion() + " " + sorted + " join-after-honorifics cut-at-unpunctuated-line-ends"
                + " cut-after-datelines-of-capitalised-words";
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
            out.add(toSentence(si++, labels, s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
        }
        return new AnnotatedDoc(article, out);
    }

    /** One sentence; without a graph (not parsed) every head is -1. */
    private static Sentence toSentence(int index, List<CoreLabel> labels, SemanticGraph g) {
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "");
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
                    l.tag() == null ? "" : l.tag(), ner, "", l.beginPosition(), l.endPosition(), heads[i], rels[i]));
        }
        return new Sentence(index, tokens);
    }
}
