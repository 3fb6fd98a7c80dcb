package dev.parley.events;

/** A rule or word-list file that cannot be used, with the file, the line and the problem. */
public final class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
