package dev.parley.corpus;

import java.util.Objects;

/** Something parley had to guess while reading a document it still read (a date that does not exist, broken front matter). */
public record Warning(String document, String message) {
    public Warning {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(message, "message");
    }
}
