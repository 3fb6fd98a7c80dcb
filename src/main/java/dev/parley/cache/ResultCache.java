package dev.parley.cache;

import dev.parley.corpus.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * A folder of per-document results beside the annotation entries ({@code <dir>/ab/abcdef....res}): one record each,
 * in {@link RecordCodec} form, under a key that names everything the result was computed from (see {@link #key}).
 * An entry is a header (magic, format version, key, length and CRC-32 of the payload) and the payload; one that
 * does not check out is a miss, never trusted. Written as {@link AnnotationCache} writes, so a reader sees no entry
 * or a whole one.
 */
public final class ResultCache {
    private static final byte[] MAGIC = {'P', 'R', 'L', 'Y', 'R', 'E', 'S', 0};
    /** Bump when the header changes; it is also part of the key. */
    static final int FORMAT_VERSION = 1;
    private static final String SUFFIX = ".res";
    private static final int HEADER = MAGIC.length + 4 + 32 + 4 + 8;

    private final Path dir;
    private final String fingerprint;
    private final Set<Path> cleaned = ConcurrentHashMap.newKeySet();

    /**
     * @param fingerprint what the results depend on besides the article and its annotation (the code, rules and
     *                    reference data that computed them); an entry made under another fingerprint is never read
     */
    public ResultCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    public Path dir() {
        return dir;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /**
     * SHA-256 of the annotation's key ({@link AnnotationCache#key}: the text, the anchor date, the engine), this
     * cache's fingerprint, and every field of the article but its text (id, title, publication date and where it
     * came from, metadata), since a result may carry any of them.
     */
    public byte[] key(byte[] annotationKey, Article article) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        md.update(("parley-result/" + FORMAT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        md.update(annotationKey);
        field(md, fingerprint);
        field(md, article.id());
        field(md, article.title());
        field(md, article.published() == null ? "-" : article.published().toString());
        field(md, article.publishedFrom() == null ? "-" : article.publishedFrom());
        md.update(ByteBuffer.allocate(4).putInt(article.metadata().size()).array());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(article.metadata()).entrySet()) {
            field(md, e.getKey());
            field(md, e.getValue());
        }
        return md.digest();
    }

    /** A length, then the UTF-16 code units: no two sequences of fields hash alike. */
    private static void field(MessageDigest md, String s) {
        ByteBuffer b = ByteBuffer.allocate(4 + s.length() * 2);
        b.putInt(s.length());
        b.asCharBuffer().put(s);
        md.update(b.array());
    }

    Path path(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        Path folder = dir.resolve(hex.substring(0, 2));
        if (cleaned.add(folder)) AtomicFile.removeStale(folder, null);
        return folder.resolve(hex + SUFFIX);
    }

    /**
     * The result stored under a key, or empty when there is none.
     *
     * @throws IOException when an entry exists but is damaged or does not decode to a {@code type}
     */
    public <T> Optional<T> load(byte[] key, Class<T> type) throws IOException {
        Path p = path(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (FileSystemException e) { // no entry, or no usable folder: a miss
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER) throw new IOException("truncated entry");
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!Arrays.equals(magic, MAGIC)) throw new IOException("not a parley result entry");
        int version = b.getInt();
        if (version != FORMAT_VERSION) throw new IOException("result format " + version + ", expected " + FORMAT_VERSION);
        byte[] stored = new byte[32];
        b.get(stored);
        if (!Arrays.equals(stored, key)) throw new IOException("entry belongs to another key");
        int length = b.getInt();
        long crc = b.getLong();
        if (length != bytes.length - HEADER) throw new IOException("truncated entry");
        CRC32 actual = new CRC32();
        actual.update(bytes, HEADER, length);
        if (actual.getValue() != crc) throw new IOException("checksum mismatch");
        try {
            return Optional.of(RecordCodec.decode(new ByteArrayInputStream(bytes, HEADER, length), type));
        } catch (RuntimeException e) { // the bytes are what was written, but not by this code: a record's validation
            throw new IOException("invalid entry " + p + ": " + e, e);
        }
    }

    /** Writes an entry atomically, replacing any entry of the same key. */
    public void store(byte[] key, Object value) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 12);
        RecordCodec.encode(value, payload);
        CRC32 crc = new CRC32();
        byte[] bytes = payload.toByteArray();
        crc.update(bytes);
        Path target = path(key);
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, out -> {
            DataOutputStream head = new DataOutputStream(out);
            head.write(MAGIC);
            head.writeInt(FORMAT_VERSION);
            head.write(key);
            head.writeInt(bytes.length);
            head.writeLong(crc.getValue());
            head.write(bytes);
            head.flush();
        });
    }
}
