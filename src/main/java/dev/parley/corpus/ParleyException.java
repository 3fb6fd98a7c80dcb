package dev.parley.corpus;

/** A problem the user can act on; the message names the input, the problem and the fix. */
public class ParleyException extends RuntimeException {
    public ParleyException(String message) {
        super(message);
    }

    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
