package dev.parley.cli;

import dev.parley.corpus.ParleyException;
import picocli.CommandLine;

/** Prints one actionable line per error; the stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
        int code;
        String message;
        if (ex instanceof ParleyException) {
            code = ExitCodes.USAGE;
            message = ex.getMessage();
        } else if (ex instanceof IllegalStateException && String.valueOf(ex.getMessage()).contains("models")) {
            code = ExitCodes.CANNOT_RUN;
            message = ex.getMessage();
        } else if (ex.getCause() instanceof OutOfMemoryError) {
            code = ExitCodes.CANNOT_RUN;
            message = "out of memory; give Java more heap, e.g. java -Xmx4g -jar target/parley.jar ...";
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + ex + " (please report it; --verbose shows the stack trace)";
        }
        cmd.getErr().println("parley: error: " + message);
        if (verbose) ex.printStackTrace(cmd.getErr());
        return code;
    }
}
