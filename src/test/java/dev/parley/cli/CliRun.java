package dev.parley.cli;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs the parley command line in-process with captured stdout and stderr, as picocli's docs show. */
record CliRun(int code, String out, String err) {
    /** An engine without models: every document has no sentences, so no events; enough for CLI behaviour. */
    static final NlpEngine NO_SENTENCES = new NlpEngine() {
        @Override
        public AnnotatedDoc annotate(dev.parley.corpus.Article article) {
            return new AnnotatedDoc(article, List.of());
        }

        @Override
        public String signature() {
            return "no-sentences";
        }
    };

    static CliRun run(String... args) {
        return run(() -> NO_SENTENCES, false, args);
    }

    static CliRun run(Supplier<NlpEngine> engine, boolean terminal, String... args) {
        CommandLine cmd = ParleyCommand.commandLine();
        ExtractCommand extract = cmd.getSubcommands().get("extract").getCommand();
        extract.engine = engine;
        extract.terminal = () -> terminal;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
