package dev.parley.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a format reader made of one document: an article's parts, not an article at all, or a problem. */
sealed interface Parsed permits Parsed.Doc, Parsed.NotArticle, Parsed.Bad {
    /**
     * @param title          the title, or "" when the document has none (the first line is used)
     * @param fields         metadata keys and values
     * @param metadataSource how to label a date found in {@code fields}: "frontmatter" or "metadata"
     * @param warnings       what the reader had to guess (broken front matter), as sentences for the user
     */
    record Doc(String title, String text, Map<String, String> fields, String metadataSource, List<String> warnings)
            implements Parsed {
        public Doc {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(metadataSource, "metadataSource");
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            warnings = List.copyOf(warnings);
        }

        Doc(String title, String text, Map<String, String> fields, String metadataSource) {
            this(title, text, fields, metadataSource, List.of());
        }
    }

    /** Parley's own output or another file that is silently passed over. */
    record NotArticle() implements Parsed {
    }

    /** A document that cannot be read; the reason is shown to the user. */
    record Bad(String reason) implements Parsed {
        public Bad {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
