package dev.parley.bench;

import dev.parley.cache.AnnotationCache;
import dev.parley.cache.CachingEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large corpus that needs no CoreNLP: writes COUNT articles made from a few annotated sample articles, each with
 * its annotation cache entry, so that {@code parley extract TARGET --cache CACHE} runs parley's own stages on all of
 * them without loading the models. Article i is sample {@code i mod k} in variant {@code v = i / k}: every word
 * CoreNLP tagged only as a person becomes a made-up name of the same length (a different one per variant), years
 * move by {@code v mod 30}, the file is {@code vNNNNN/<sample name>} and ends with a line naming the variant.
 * Replacements keep every length, so the sample's tokens fit the new text at the same offsets; words, lemmas and
 * SUTime values get the same replacements. With {@code --undated NAME}, that sample's articles lose their
 * publication date (front matter {@code published:}), so the corpus level infers it.
 *
 * <p>The samples' own annotations come from the default annotation cache when there (as after {@code parley extract
 * SAMPLES}), else from CoreNLP. Usage: {@code CachedCorpus SAMPLES TARGET CACHE COUNT [--undated NAME]...}
 */
public final class CachedCorpus {
    private static final Pattern YEAR = Pattern.compile("\\b20[0-3]\\d\\b");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private CachedCorpus() {
    }

    /** One sample: its file's bytes as text, the article as read, its sentences, and which of its tokens may change. */
    private record Sample(String name, String raw, Article article, List<Sentence> sentences) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: CachedCorpus SAMPLES TARGET CACHE COUNT [--undated NAME]...");
            System.exit(2);
        }
        Set<String> undated = new TreeSet<>();
        for (int i = 4; i + 1 < args.length; i += 2) {
            if (!args[i].equals("--undated")) throw new IllegalArgumentException("unknown option " + args[i]);
            undated.add(args[i + 1]);
        }
        long t0 = System.nanoTime();
        int n = write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), undated);
        System.err.printf(Locale.ROOT, "CachedCorpus: %d articles and cache entries written (%.1f s)%n", n,
                (System.nanoTime() - t0) / 1e9);
        System.exit(0); // CoreNLP, when it was needed, leaves non-daemon threads behind
    }

    static int write(Path samples, Path target, Path cacheDir, int count, Set<String> undated) throws IOException {
        String signature = CoreNlpEngine.signatureFor(NlpConfig.defaults());
        Supplier<NlpEngine> coreNlp = new Supplier<>() {
            private NlpEngine engine;

            @Override
            public synchronized NlpEngine get() {
                if (engine == null) engine = new CoreNlpEngine(NlpConfig.defaults());
                return engine;
            }
        };
        Path sampleCache = AnnotationCache.defaultDir(System.getenv(), System.getProperty("user.home"))
                .orElseThrow(() -> new IllegalStateException("no default cache folder: set HOME"));
        NlpEngine annotator = new CachingEngine(coreNlp, signature, new AnnotationCache(sampleCache), System.err::println);
        CorpusReader reader = new CorpusReader(CorpusConfig.defaults());
        List<Sample> bases = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        Set<String> notNames = new TreeSet<>();
        List<Path> files;
        try (var list = Files.list(samples)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            Article a = single(reader.readFile(name, raw.getBytes(StandardCharsets.UTF_8)), name);
            List<Sentence> sentences = annotator.annotate(a).sentences();
            bases.add(new Sample(name, raw, a, sentences));
            for (Sentence s : sentences) {
                for (Token t : s.tokens()) (t.ner().equals("PERSON") ? names : notNames).add(t.word());
            }
        }
        for (String u : undated) {
            if (bases.stream().noneMatch(b -> b.name().equals(u))) throw new IllegalArgumentException("no sample " + u);
        }
        names.removeAll(notNames); // a word that is also something else ("Chinese") stays as it is
        names.removeIf(w -> !w.matches("\\p{Lu}\\p{Ll}+"));
        Pattern namePattern = Pattern.compile("\\b(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b");
        List<String> nameList = new ArrayList<>(names);

        AnnotationCache out = new AnnotationCache(cacheDir);
        for (int i = 0; i < count; i++) {
            Sample s = bases.get(i % bases.size());
            int v = i / bases.size();
            Map<String, String> renamed = new HashMap<>();
            for (int k = 0; k < nameList.size(); k++) renamed.put(nameList.get(k), madeUp(nameList.get(k), v, k));
            int shift = v % 30;
            String raw = vary(s.raw(), namePattern, renamed, shift);
            if (undated.contains(s.name())) raw = raw.replaceFirst("(?m)^published: [^\\n]*\\n", "");
            raw = raw.stripTrailing() + "\n\n(Variant " + v + ".)\n";
            String id = String.format(Locale.ROOT, "v%05d/%s", v, s.name());
            Path file = target.resolve(id);
            Files.createDirectories(file.getParent());
            Files.writeString(file, raw, StandardCharsets.UTF_8);
            Article a = single(reader.readFile(id, raw.getBytes(StandardCharsets.UTF_8)), id);
            String before = s.article().text();
            String after = a.text();
            if (!after.startsWith(vary(before, namePattern, renamed, shift))) {
                throw new IllegalStateException(id + ": the varied text does not keep the sample's offsets");
            }
            List<Sentence> sentences = new ArrayList<>(s.sentences().size());
            for (Sentence sentence : s.sentences()) {
                List<Token> tokens = new ArrayList<>(sentence.tokens().size());
                for (Token t : sentence.tokens()) {
                    String word = t.word().equals(before.substring(t.begin(), t.end())) ? after.substring(t.begin(), t.end())
                            : vary(t.word(), namePattern, renamed, shift);
                    tokens.add(new Token(t.index(), word, vary(t.lemma(), namePattern, renamed, shift), t.pos(), t.ner(),
                            vary(t.timex(), namePattern, renamed, shift), t.begin(), t.end(), t.head(), t.rel()));
                }
                sentences.add(new Sentence(sentence.index(), tokens));
            }
            out.store(AnnotationCache.key(a, signature), a.text(), sentences);
        }
        return count;
    }

    private static Article single(Corpus c, String id) {
        if (c.articles().size() != 1) throw new IllegalStateException(id + ": expected one article, read " + c.articles().size());
        return c.articles().get(0);
    }

    /** The names replaced and the years moved; every replacement has the length of what it replaces. */
    static String vary(String s, Pattern names, Map<String, String> renamed, int shift) {
        if (s.isEmpty()) return s;
        String out = names.matcher(s).replaceAll(m -> Matcher.quoteReplacement(renamed.get(m.group())));
        if (shift == 0) return out;
        return YEAR.matcher(out).replaceAll(m -> Integer.toString(Integer.parseInt(m.group()) + shift));
    }

    /**
     * A pronounceable name as long as {@code name}, capitalised like it: consonants and vowels in turn, spelling
     * the number {@code v * names + k} (k: the name's rank), so each variant gets its own names.
     */
    static String madeUp(String name, int v, int k) {
        long x = (long) v * 997 + k;
        char[] out = new char[name.length()];
        for (int j = 0; j < out.length; j++) {
            String letters = j % 2 == 0 ? CONSONANTS : VOWELS;
            out[j] = letters.charAt((int) (x % letters.length()));
            x /= letters.length();
        }
        out[0] = Character.toUpperCase(out[0]);
        return new String(out);
    }
}
