package dev.parley;

import dev.parley.corpus.Article;
import dev.parley.mentions.MentionExtractor;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.DocResolver;
import dev.parley.resolve.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built annotated documents for fast, model-free tests. A document is written as a table, one token a line:
 *
 * <pre>
 *   index word lemma POS NER head rel [timex]
 * </pre>
 *
 * with a blank line between sentences. {@code _} as the lemma stands for the lower-cased word. Indices are
 * 1-based and consecutive in each sentence; {@code head} is 1-based with 0 for the root, exactly one root per
 * sentence. The article text is every word joined by single spaces (sentences too), so char offsets follow
 * from the words; a word written with a leading {@code ~} follows the one before it with no space, as the parts of a
 * hyphenated word the tokenizer split do ("Guinea", "~-", "~Bissau"). Lines starting with {@code #} are comments. Parses are written as CoreNLP 4.5.10 (UD) gives
 * them.
 */
public final class Docs {
    private Docs() {
    }

    /** A document "doc.txt" published on {@code published} (front matter), from a token table. */
    public static AnnotatedDoc parse(LocalDate published, String table) {
        return parse("doc.txt", published, table);
    }

    /** A document with the given id; {@code published} may be null for an undated article. */
    public static AnnotatedDoc parse(String id, LocalDate published, String table) {
        List<List<String[]>> sentences = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        String[] lines = table.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (current.isEmpty()) firstLines.add(n + 1);
            String[] f = line.split("\\s+");
            if (f.length != 7 && f.length != 8) {
                throw bad(n, line, "expected 7 or 8 fields (index word lemma POS NER head rel [timex]), got " + f.length);
            }
            current.add(withLine(f, n, line));
        }
        if (!current.isEmpty()) sentences.add(current);
        if (sentences.isEmpty()) throw new IllegalArgumentException("Docs: empty table");

        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<String[]> rows = sentences.get(si);
            List<Token> tokens = new ArrayList<>();
            int roots = 0;
            for (int k = 0; k < rows.size(); k++) {
                String[] f = rows.get(k);
                int n = Integer.parseInt(f[8]);
                String line = f[9];
                int index = integer(f[0], "index", n, line);
                if (index != k + 1) throw bad(n, line, "token index " + index + " out of order, expected " + (k + 1));
                int head = integer(f[5], "head", n, line);
                if (head < 0 || head > rows.size()) {
                    throw bad(n, line, "head " + head + " outside 0.." + rows.size() + " of sentence " + si);
                }
                if (head == index) throw bad(n, line, "token is its own head");
                String rel = f[6];
                if (head == 0) {
                    roots++;
                    if (!rel.equals("root")) throw bad(n, line, "head 0 needs relation 'root', got '" + rel + "'");
                } else if (rel.equals("root")) {
                    throw bad(n, line, "relation 'root' needs head 0");
                }
                boolean glued = f[1].length() > 1 && f[1].startsWith("~");
                String word = glued ? f[1].substring(1) : f[1];
                String lemma = f[2].equals("_") ? word.toLowerCase(java.util.Locale.ROOT) : f[2];
                String ner = f[4];
                if (!ner.equals(ner.toUpperCase(java.util.Locale.ROOT))) throw bad(n, line, "NER tag must be upper case: " + ner);
                String timex = f[7];
                if (text.length() > 0 && !glued) text.append(' ');
                int begin = text.length();
                text.append(word);
                tokens.add(new Token(index, word, lemma, f[3], ner, timex, begin, text.length(), head, rel));
            }
            if (roots != 1) {
                throw new IllegalArgumentException("Docs: sentence " + si + " (line " + firstLines.get(si)
                        + ") has " + roots + " roots, expected exactly 1");
            }
            for (Token t : tokens) checkAcyclic(tokens, t, si);
            out.add(new Sentence(si, tokens));
        }
        Article a = new Article(id, id, text.toString(), published, published == null ? null : "frontmatter", Map.of());
        return new AnnotatedDoc(a, out);
    }

    /** The per-document people and places of a hand-built document (mention extraction, then resolution). */
    public static DocEntities entities(AnnotatedDoc doc) {
        return new DocResolver(Gazetteer.get()).resolve(doc, new MentionExtractor().extract(doc));
    }

    private static String[] withLine(String[] f, int n, String line) {
        String[] g = new String[10];
        System.arraycopy(f, 0, g, 0, f.length);
        if (f.length == 7) g[7] = "";
        g[8] = Integer.toString(n);
        g[9] = line;
        return g;
    }

    private static void checkAcyclic(List<Token> tokens, Token t, int si) {
        int cur = t.index();
        for (int steps = 0; steps <= tokens.size(); steps++) {
            int h = tokens.get(cur - 1).head();
            if (h == 0) return;
            cur = h;
        }
        throw new IllegalArgumentException("Docs: sentence " + si + " has a cycle through token " + t.index()
                + " '" + t.word() + "'");
    }

    private static int integer(String s, String what, int n, String line) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad(n, line, what + " is not a number: '" + s + "'");
        }
    }

    private static IllegalArgumentException bad(int n, String line, String why) {
        return new IllegalArgumentException("Docs: line " + (n + 1) + ": " + why + ": " + line);
    }
}
