package dev.parley.cache;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The binary form of one document's sentences: a header (magic, format version, key), then a string table and the
 * tokens as varints, then a CRC32 of everything after the header. Strings repeated in a document (tags, relations,
 * lemmas) are stored once; a word equal to its span of the text, and a lemma equal to its word, are not stored at all.
 * Decoding checks every field against the text, so a damaged or foreign entry fails instead of being trusted.
 */
final class DocCodec {
    static final byte[] MAGIC = {'P', 'R', 'L', 'Y', 'A', 'N', 'N', 0};
    /** Bump when the layout or the meaning of a field changes; it is also part of the cache key. */
    static final int FORMAT_VERSION = 1;

    private static final int SAME_AS_TEXT = 0; // word: text.substring(begin, end); lemma: same as word
    private static final int MAX_COUNT = 1 << 24;

    private DocCodec() {
    }

    static void write(OutputStream raw, byte[] key, String text, List<Sentence> sentences) throws IOException {
        DataOutputStream head = new DataOutputStream(raw);
        head.write(MAGIC);
        head.writeInt(FORMAT_VERSION);
        head.write(key);
        head.writeInt(text.length());
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
        Map<String, Integer> ids = new HashMap<>();
        List<String> table = new ArrayList<>();
        int tokenCount = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                tokenCount++;
                for (String v : new String[] {t.lemma(), t.pos(), t.ner(), t.timex(), t.rel()}) intern(v, ids, table);
                if (!t.word().equals(span(text, t))) intern(t.word(), ids, table);
            }
        }
        writeVarint(out, table.size());
        for (String v : table) writeString(out, v);
        writeVarint(out, sentences.size());
        writeVarint(out, tokenCount);
        int prevEnd = 0;
        for (Sentence s : sentences) {
            writeVarint(out, s.index());
            writeVarint(out, s.tokens().size());
            for (Token t : s.tokens()) {
                // Offsets only grow within a document, so each token costs a gap and a length.
                writeZigzag(out, t.begin() - prevEnd);
                writeVarint(out, t.end() - t.begin());
                prevEnd = t.end();
                writeVarint(out, t.word().equals(span(text, t)) ? SAME_AS_TEXT : ids.get(t.word()) + 1);
                writeVarint(out, t.lemma().equals(t.word()) ? SAME_AS_TEXT : ids.get(t.lemma()) + 1);
                writeVarint(out, ids.get(t.pos()));
                writeVarint(out, ids.get(t.ner()));
                writeVarint(out, ids.get(t.timex()));
                writeVarint(out, t.head() + 1);
                writeVarint(out, ids.get(t.rel()));
            }
        }
        out.flush();
        head.writeLong(crc.getValue());
        head.flush();
    }

    /** Reads an entry written by {@link #write}; any mismatch with the key or the text throws. */
    static List<Sentence> read(InputStream raw, byte[] key, String text) throws IOException {
        DataInputStream head = new DataInputStream(raw);
        byte[] magic = new byte[MAGIC.length];
        head.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) throw new IOException("not a parley cache entry");
        int version = head.readInt();
        if (version != FORMAT_VERSION) throw new IOException("cache format " + version + ", expected " + FORMAT_VERSION);
        byte[] stored = new byte[key.length];
        head.readFully(stored);
        if (!Arrays.equals(stored, key)) throw new IOException("entry belongs to another key");
        if (head.readInt() != text.length()) throw new IOException("text length differs");
        CRC32 crc = new CRC32();
        DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
        String[] table = new String[count(in)];
        for (int i = 0; i < table.length; i++) table[i] = readString(in);
        int sentenceCount = count(in);
        int tokenCount = count(in);
        List<Sentence> sentences = new ArrayList<>(sentenceCount);
        int prevEnd = 0;
        int seen = 0;
        for (int si = 0; si < sentenceCount; si++) {
            int index = count(in);
            int n = count(in);
            seen += n;
            if (seen > tokenCount) throw new IOException("more tokens than announced");
            List<Token> tokens = new ArrayList<>(n);
            for (int ti = 0; ti < n; ti++) {
                int begin = prevEnd + readZigzag(in);
                int end = begin + count(in);
                if (begin < 0 || end > text.length()) throw new IOException("token offsets outside the text");
                prevEnd = end;
                int w = count(in);
                String word = w == SAME_AS_TEXT ? text.substring(begin, end) : entry(table, w - 1);
                int l = count(in);
                String lemma = l == SAME_AS_TEXT ? word : entry(table, l - 1);
                String pos = entry(table, count(in));
                String ner = entry(table, count(in));
                String timex = entry(table, count(in));
                int headIndex = count(in) - 1;
                if (headIndex > n) throw new IOException("head outside the sentence");
                String rel = entry(table, count(in));
                tokens.add(new Token(ti + 1, word, lemma, pos, ner, timex, begin, end, headIndex, rel));
            }
            sentences.add(new Sentence(index, tokens));
        }
        if (seen != tokenCount) throw new IOException("fewer tokens than announced");
        long expected = crc.getValue();
        if (head.readLong() != expected) throw new IOException("checksum mismatch");
        if (raw.read() != -1) throw new IOException("trailing bytes");
        return sentences;
    }

    private static String span(String text, Token t) {
        return t.end() <= text.length() ? text.substring(t.begin(), t.end()) : null;
    }

    private static void intern(String v, Map<String, Integer> ids, List<String> table) {
        if (ids.putIfAbsent(v, table.size()) == null) table.add(v);
    }

    private static String entry(String[] table, int i) throws IOException {
        if (i < 0 || i >= table.length) throw new IOException("string index out of range");
        return table[i];
    }

    /** Chars as varints: ASCII costs one byte, and any UTF-16 sequence (even a lone surrogate) survives exactly. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeVarint(out, s.length());
        for (int i = 0; i < s.length(); i++) writeVarint(out, s.charAt(i));
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = count(in);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            int v = readVarint(in);
            if (v > Character.MAX_VALUE) throw new IOException("bad char");
            c[i] = (char) v;
        }
        return new String(c);
    }

    private static int count(DataInputStream in) throws IOException {
        int v = readVarint(in);
        if (v < 0 || v > MAX_COUNT) throw new IOException("implausible count " + v);
        return v;
    }

    /** Unsigned LEB128: seven bits a byte, low bits first. */
    static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.read();
            if (b < 0) throw new EOFException("truncated entry");
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IOException("varint too long");
    }

    private static void writeZigzag(DataOutputStream out, int v) throws IOException {
        writeVarint(out, (v << 1) ^ (v >> 31));
    }

    private static int readZigzag(DataInputStream in) throws IOException {
        int z = readVarint(in);
        return (z >>> 1) ^ -(z & 1);
    }
}
