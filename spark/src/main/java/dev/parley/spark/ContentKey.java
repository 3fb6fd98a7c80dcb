package dev.parley.spark;

import dev.parley.corpus.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of a document's annotation: SHA-256 over the engine signature, the anchor (publication) date and the
 * text, the three things {@code NlpEngine.annotate} depends on. Two articles with the same key share one
 * annotation whatever their ids. Computed as the local cache (dev.parley.cache) is specified to compute it; when
 * that package lands, this should call it instead so the CLI cache and the Spark store are interchangeable.
 */
final class ContentKey {
    private ContentKey() {
    }

    static String of(Article article, String engineSignature) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(engineSignature.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(article.published()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
