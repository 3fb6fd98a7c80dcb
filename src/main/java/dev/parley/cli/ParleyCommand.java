package dev.parley.cli;

import dev.parley.nlp.corenlp.CoreNlpEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level "parley" command. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = {
            "Reads folders of news articles and writes the diplomatic events they report",
            "(visits, meetings, summits, calls) as one canonical JSON list: one entry per",
            "real event, merged across articles, with participants, place, dates, status",
            "and the sentences that report it.",
            ""},
        subcommands = {ExtractCommand.class, SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class},
        footer = {"",
            "Examples:",
            "  parley extract corpus/articles > events.json",
            "  parley extract news/ --published 2024-05-01 -o events.json",
            "  parley extract corpus/articles | jq '.events[] | .label'",
            "  parley extract corpus/articles --check corpus/events.json",
            "  parley schema > parley-events-1.schema.json",
            "  source <(parley generate-completion)      # bash/zsh completion",
            "",
            "Exit codes:",
            "  0  done",
            "  1  done, but not acceptable: --check found a difference, or --strict",
            "     found a skipped file",
            "  2  usage error: bad option, no such path, --check file missing or",
            "     not parley output",
            "  3  cannot run: CoreNLP models missing, out of memory, output cannot",
            "     be written",
            "  4  internal error"})
public final class ParleyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'parley extract DIR'");
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ParleyCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides generate-completion by default; list it, since the README and --help point to it.
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("parley: error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    /** Version of parley and of the CoreNLP it runs. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ParleyCommand.class.getResourceAsStream("/dev/parley/version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {
                "parley " + p.getProperty("version", "dev") + " (GPL-3.0-or-later), built for Stanford CoreNLP "
                        + p.getProperty("corenlp", "?"),
                CoreNlpEngine.installedVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), heap up to "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB"};
        }
    }
}
