package dev.parley.cli;

/** Process exit codes, as documented in --help and the README. */
final class ExitCodes {
    static final int OK = 0;
    static final int NOT_ACCEPTABLE = 1;
    static final int USAGE = 2;
    static final int CANNOT_RUN = 3;
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
