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
        String missing = missingLibraries();
        if (missing != null) {
            System.err.println("parley: error: " + missing);
            System.exit(ExitCodes.CANNOT_RUN);
        }
        System.exit(run(args));
    }

    /**
     * Why parley's libraries (picocli, CoreNLP, ...) cannot be loaded, or null when they can. {@code parley.jar}
     * finds them through its manifest in a {@code lib/} folder beside it; a jar copied without that folder
     * would otherwise die with a NoClassDefFoundError. Checked before any class that uses them is loaded.
     */
    static String missingLibraries() {
        String absent = null;
        for (String name : new String[] {"picocli.CommandLine", "edu.stanford.nlp.pipeline.StanfordCoreNLP",
                "com.fasterxml.jackson.databind.ObjectMapper"}) {
            try {
                Class.forName(name, false, Main.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                absent = name;
                break;
            }
        }
        if (absent == null) return null;
        String jar;
        try {
            jar = java.nio.file.Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception | Error e) { // no code source (an unusual class loader): name the jar generically
            jar = "parley.jar";
        }
        return "cannot load " + absent + ": " + jar + " needs the lib/ folder that 'mvn package' puts beside it; "
                + "copy lib/ along with the jar, or run the distribution's bin/parley (target/parley/ after "
                + "'mvn -B package')";
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
            // What an extraction loads later starts now, beside picocli's loading (ExtractCommand.preload).
            if (args.length > 0 && args[0].equals("extract")) ExtractCommand.preload();
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
