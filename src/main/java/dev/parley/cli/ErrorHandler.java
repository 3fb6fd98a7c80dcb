package dev.parley.cli;

import dev.parley.corpus.CannotRunException;
import dev.parley.corpus.ParleyException;
import dev.parley.events.RuleFileException;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import dev.parley.pipeline.Parley;
import picocli.CommandLine;

/** Prints one actionable line per error; the stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
        if (ex instanceof Parley.EngineFailure) ex = (Exception) ex.getCause();
        int code;
        String message;
        if (outOfMemory(ex)) {
            code = ExitCodes.CANNOT_RUN;
            message = outOfMemoryMessage(Runtime.getRuntime().maxMemory());
        } else if (ex instanceof CannotRunException) {
            code = ExitCodes.CANNOT_RUN;
            message = ex.getMessage();
        } else if (ex instanceof ParleyException) {
            code = ExitCodes.USAGE;
            message = ex.getMessage();
        } else if (ex instanceof RuleFileException) {
            code = ExitCodes.CANNOT_RUN;
            message = "broken rule file: " + ex.getMessage();
        } else if (modelsMissing(ex) != null) {
            code = ExitCodes.CANNOT_RUN;
            message = modelsMissing(ex);
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + ex + " (please report it; --verbose shows the stack trace)";
        }
        cmd.getErr().println("parley: error: " + message);
        if (verbose) ex.printStackTrace(cmd.getErr());
        return code;
    }

    /**
     * The message for a run that failed because CoreNLP's models are not on the class path, or null. CoreNLP says so
     * in many ways ("Unable to open \"edu/stanford/nlp/models/...\"", "probably missing model file"), often wrapped.
     */
    static String modelsMissing(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.startsWith("CoreNLP models not on the classpath")) return m;
        }
        String found = null; // the deepest message, which names the model file
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("edu/stanford/nlp/models/") || (found == null && m.contains("missing model"))) found = m;
        }
        return found == null ? null : "CoreNLP models not on the classpath; add edu.stanford.nlp:stanford-corenlp:"
                + CoreNlpEngine.CORENLP_VERSION + ":models (the lib/ folder beside parley.jar must hold it; 'mvn -B package' puts it there): "
                + found;
    }

    /** Whether an OutOfMemoryError caused this, however deeply wrapped (worker threads wrap theirs twice). */
    static boolean outOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError) return true;
        return false;
    }

    /** Names the heap the run had and a command with twice as much; a jar cannot raise its own heap. */
    static String outOfMemoryMessage(long maxHeapBytes) {
        long mib = maxHeapBytes / (1 << 20);
        long suggest = Math.max(4, (2 * mib + 1023) / 1024);
        return "out of memory: the Java heap (" + mib + " MiB) is too small for this run; raise it with -Xmx, e.g. "
                + "PARLEY_OPTS=-Xmx" + suggest + "g parley extract ... (java -Xmx" + suggest + "g -jar target/parley.jar "
                + "extract ... from the checkout), or use fewer --threads";
    }
}
