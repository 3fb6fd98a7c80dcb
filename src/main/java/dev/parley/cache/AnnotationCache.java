package dev.parley.cache;

import dev.parley.corpus.Article;
import dev.parley.nlp.Sentence;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder of annotation entries, one file per key ({@code <dir>/ab/abcdef....ann}). Reads never trust an entry that
 * fails to decode; writes go to a temporary file in the same folder and are renamed into place, so a reader (or a
 * parallel writer of the same key) sees either no entry or a whole one.
 */
public final class AnnotationCache {
    private static final String SUFFIX = ".ann";

    private final Path dir;
    /** Subfolders already rid of stale temporary files this run. */
    private final Set<Path> cleaned = ConcurrentHashMap.newKeySet();

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The default folder: {@code $XDG_CACHE_HOME/parley}, else {@code .cache/parley} in the home folder (Java's
     * user.home, else $HOME); empty when none of them is an absolute path (Java sets user.home to "?" for a user
     * without a passwd entry, and a relative path would put the cache in the current folder).
     *
     * @param env      the environment (System.getenv() outside tests)
     * @param userHome Java's user.home, or null
     */
    public static Optional<Path> defaultDir(java.util.Map<String, String> env, String userHome) {
        Optional<Path> xdg = absolute(env.get("XDG_CACHE_HOME"));
        if (xdg.isPresent()) return Optional.of(xdg.get().resolve("parley"));
        Optional<Path> home = absolute(userHome).or(() -> absolute(env.get("HOME")));
        return home.map(h -> h.resolve(".cache").resolve("parley"));
    }

    private static Optional<Path> absolute(String path) {
        if (path == null || path.isBlank()) return Optional.empty();
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * SHA-256 of everything the annotation depends on: cache format, engine signature, the anchor date SUTime gets,
     * and the text (as UTF-16 code units, so no two texts share a key).
     */
    public static byte[] key(Article article, String signature) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        String anchor = article.published() == null ? "-" : article.published().toString();
        md.update(("parley-annotation/" + DocCodec.FORMAT_VERSION + "\n" + signature.length() + ":" + signature
                + "\n" + anchor + "\n").getBytes(StandardCharsets.UTF_8));
        ByteBuffer text = ByteBuffer.allocate(article.text().length() * 2);
        text.asCharBuffer().put(article.text());
        md.update(text);
        return md.digest();
    }

    Path path(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        Path folder = dir.resolve(hex.substring(0, 2));
        if (cleaned.add(folder)) AtomicFile.removeStale(folder, null); // once per run: what a killed run left
        return folder.resolve(hex + SUFFIX);
    }

    /**
     * The cached sentences for a key, or empty when there is no entry.
     *
     * @throws IOException when an entry exists but cannot be read or decoded (the caller rebuilds it)
     */
    public Optional<List<Sentence>> load(byte[] key, String text) throws IOException {
        Path p = path(key);
        InputStream raw;
        try {
            raw = Files.newInputStream(p);
        } catch (FileSystemException e) { // no entry, or no usable folder: a miss; a failing write will say why
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            return Optional.of(DocCodec.read(in, key, text));
        } catch (EOFException e) {
            throw new IOException("truncated entry", e);
        } catch (RuntimeException e) { // a record's validation: the bytes decoded to nonsense
            throw new IOException("invalid entry " + p + ": " + e.getMessage(), e);
        }
    }

    /** Writes an entry atomically, replacing any entry of the same key. */
    public void store(byte[] key, String text, List<Sentence> sentences) throws IOException {
        Path target = path(key);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        AtomicFile.write(target, out -> DocCodec.write(out, key, text, sentences));
    }
}
