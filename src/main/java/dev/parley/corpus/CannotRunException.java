package dev.parley.corpus;

/**
 * A problem of the machine rather than of the command line (a full disk, an unwritable folder, missing models): the
 * run cannot go on; exit 3. The message names what failed and the usual fix.
 */
public class CannotRunException extends ParleyException {
    public CannotRunException(String message) {
        super(message);
    }

    public CannotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
