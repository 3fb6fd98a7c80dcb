package dev.parley.corpus;

import java.util.Objects;

/** A file that was not read as an article, and why. */
public record Skipped(String document, String reason) {
    public Skipped {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reason, "reason");
    }
}
