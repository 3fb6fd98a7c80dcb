package dev.parley.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One article as read from the corpus: its text without front matter, and what is known of it.
 *
 * @param id            stable document id: the path relative to the corpus root, with '/' separators
 * @param title         title from metadata, or the first line of the text; never null
 * @param text          article text (front matter excluded); offsets in later stages index this string
 * @param published     publication date, or null when nothing gives it
 * @param publishedFrom where {@code published} came from ("frontmatter", "metadata", "text", "filename",
 *                      "option", "inferred"), or null when unknown
 * @param metadata      every front-matter / metadata key, sorted
 */
public record Article(String id, String title, String text, LocalDate published, String publishedFrom,
                      Map<String, String> metadata) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if ((published == null) != (publishedFrom == null)) {
            throw new IllegalArgumentException("published and publishedFrom go together: " + published + "/" + publishedFrom);
        }
        metadata = Map.copyOf(new TreeMap<>(metadata));
    }

    /** A copy with another publication date (used when the date is inferred at corpus level). */
    public Article withPublished(LocalDate date, String from) {
        return new Article(id, title, text, date, from, metadata);
    }
}
