package dev.parley.mentions;

import java.util.List;

/** The entity spans of one document, in text order. */
public record DocMentions(String docId, List<EntitySpan> spans) {
    public DocMentions {
        spans = List.copyOf(spans);
    }
}
