package dev.parley.cli;

import dev.parley.nlp.corenlp.CoreNlpEngine;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: keeps stdout for the output alone and points stray prints at stderr. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CoreNlpEngine.pinLocale(); // the same bytes whatever the user's locale, in parley's code and CoreNLP's
        boolean verbose = false;
        boolean quiet = false;
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) verbose = true;
            if (a.equals("-q") || a.equals("--quiet")) quiet = true;
        }
        // slf4j-simple reads these on first use: CoreNLP's own logging goes to stderr, quiet unless --verbose.
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : quiet ? "error" : "warn");
        PrintStream realOut = System.out;
        System.setOut(System.err); // a library's stray print must never corrupt the JSON
        try {
            CommandLine cmd = ParleyCommand.commandLine();
            // Not realOut: a PrintStream swallows write errors, and a full disk must not pass for success.
            StdoutWriter out = new StdoutWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            cmd.setOut(out);
            cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            int code;
            try {
                code = cmd.execute(args);
            } catch (OutOfMemoryError e) { // extract turns its own into exit 3; this catches any other command's
                cmd.getErr().println("parley: error: " + ErrorHandler.outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
                return ExitCodes.CANNOT_RUN;
            }
            if (out.checkError() && (code == ExitCodes.OK || code == ExitCodes.NOT_ACCEPTABLE)) {
                cmd.getErr().println("parley: error: " + ExtractCommand.stdoutFailure(out));
                return ExitCodes.CANNOT_RUN;
            }
            return code;
        } finally {
            realOut.flush();
            System.setOut(realOut);
        }
    }
}
