package dev.parley.bench;

import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.corenlp.BareCoreNlp;
import dev.parley.nlp.corenlp.VariantEngine;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What each annotator and each candidate setting costs: load seconds (models dropped before each) and tokens/s on
 * the first K generated articles, and whether parley's JSON for the sample corpus changes with the setting.
 * Usage: {@code AnnotatorCost WORKDIR K} (K=0: only the output comparison)
 */
public final class AnnotatorCost {
    private AnnotatorCost() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int k = Integer.parseInt(args[1]);
        if (k > 0) costs(work, k);
        compare(work);
        System.exit(0);
    }

    private static void costs(Path work, int k) throws java.io.IOException {
        Bench.Generator.write(Path.of("corpus/articles"), work.resolve("corpus"), k);
        List<Article> docs = new CorpusReader((LocalDate) null).read(List.of(work.resolve("corpus"))).articles();
        String parleyProps = "ner.applyFineGrained=false";
        // warm the JIT on the cheap stages so the first row is not charged for it
        BareCoreNlp.custom("tokenize,ssplit,pos,lemma").annotate(docs);
        System.out.println("| annotators (CoreNLP defaults unless noted) | load (s) | tokens/s |");
        System.out.println("|---|---|---|");
        cost("tokenize,ssplit", docs);
        cost("tokenize,ssplit,pos", docs);
        cost("tokenize,ssplit,pos,lemma", docs);
        cost("tokenize,ssplit,pos,lemma,ner", docs, parleyProps);
        cost("tokenize,ssplit,pos,lemma,ner", docs, parleyProps, "ner.useSUTime=false");
        cost("tokenize,ssplit,pos,lemma,ner", docs, parleyProps, "ner.applyNumericClassifiers=false", "ner.useSUTime=false");
        cost("tokenize,ssplit,pos,lemma,ner", docs, parleyProps, "ner.model=edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        cost("tokenize,ssplit,pos,lemma,ner", docs);
        cost("tokenize,ssplit,pos,depparse", docs);
        cost("tokenize,ssplit,pos,lemma,ner,depparse", docs, parleyProps);
        cost("tokenize,ssplit,pos,lemma,ner,depparse", docs);
    }

    /** Whether each setting changes parley's JSON on the sample corpus; both JSONs are left in WORKDIR to diff. */
    private static void compare(Path work) throws java.io.IOException {
        Corpus sample = new CorpusReader((LocalDate) null).read(List.of(Path.of("corpus/articles")));
        String base = json(new VariantEngine(NlpConfig.defaults()), sample);
        java.nio.file.Files.writeString(work.resolve("base.json"), base);
        int n = 0;
        for (String[] v : new String[][] {{"ner.useSUTime=false"}, {"ner.applyNumericClassifiers=false", "ner.useSUTime=false"},
                {"ner.model=edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"}}) {
            String other = json(new VariantEngine(NlpConfig.defaults(), v), sample);
            java.nio.file.Files.writeString(work.resolve("variant-" + ++n + ".json"), other);
            System.out.println("sample-corpus JSON with " + String.join(" ", v) + ": "
                    + (other.equals(base) ? "identical" : "DIFFERENT (" + diffLines(base, other) + " lines differ)"));
        }
    }

    private static String json(NlpEngine e, Corpus c) {
        return new ReportWriter().toJson(new Parley(() -> e, 1).run(c, Parley.Progress.NONE));
    }

    private static int diffLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int d = Math.abs(x.size() - y.size());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) if (!x.get(i).equals(y.get(i))) d++;
        return d;
    }

    private static void cost(String annotators, List<Article> docs, String... props) {
        BareCoreNlp.forgetLoadedModels();
        System.gc();
        long t = System.nanoTime();
        BareCoreNlp p = BareCoreNlp.custom(annotators, props);
        double load = (System.nanoTime() - t) / 1e9;
        p.annotate(docs.subList(0, Math.min(2, docs.size()))); // this pipeline's own warm-up
        t = System.nanoTime();
        long tokens = p.annotate(docs);
        double secs = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "| %s %s | %.1f | %.0f |%n", annotators, props.length == 0 ? "" : "(" + String.join(", ", props) + ")",
                load, tokens / secs);
    }
}
