package dev.parley.cli;

import dev.parley.nlp.corenlp.CoreNlpEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.apache.commons.text.similarity.LevenshteinDistance;
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
        subcommands = {ExtractCommand.class, ReportCommand.class, SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class},
        footer = {"",
            "Examples:",
            "  parley extract corpus/articles > events.json",
            "  parley extract news/ --published 2024-05-01 -o events.json",
            "  parley extract corpus/articles | jq '.events[] | .label'",
            "  parley extract corpus/articles --check corpus/events.json",
            "  parley report events.json -o report.html   # timeline, network, table",
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
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: to read a folder of articles, type '" + CommandName.invoked() + " extract FOLDER'");
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ParleyCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides generate-completion by default; list it, since the README and --help point to it.
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(ParleyCommand::usageError);
        return cmd;
    }

    /**
     * A usage error: one line saying what is wrong, picocli's suggestions for a mistyped command or option ("Did you
     * mean: extract?"), and where to read more. A path given without a command gets the command to type.
     */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine where = ex.getCommandLine();
        java.io.PrintWriter err = where.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && where.getCommandSpec().parent() == null) {
            String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            if (!first.startsWith("-") && looksLikeInput(first)) {
                err.println("parley: error: '" + first + "' is not a command; to read the articles there, type: "
                        + CommandName.invoked() + " extract " + String.join(" ", ExtractCommand.shellWords(args)));
                err.println("Try '" + CommandName.invoked() + " --help'.");
                return ExitCodes.USAGE;
            }
            if (!first.startsWith("-")) {
                err.println("parley: error: '" + first + "' is not a command");
                CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
                err.println("Try '" + CommandName.invoked() + " --help'.");
                return ExitCodes.USAGE;
            }
        }
        err.println("parley: error: " + ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            List<String> close = first.startsWith("-") ? closeOptions(where.getCommandSpec(), first) : List.of();
            if (!close.isEmpty()) err.println("Did you mean: " + String.join(" or ", close) + "?");
            else CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
        }
        // "parley extract" as typed: "target/parley/bin/parley extract"
        String sub = where.getCommandSpec().qualifiedName().replaceFirst("^parley", "");
        err.println("Try '" + CommandName.invoked() + sub + " --help'.");
        return ExitCodes.USAGE;
    }

    /**
     * The command's option names within a small edit distance of a mistyped one ("--fromat" → "--format"), closest
     * first; picocli itself only suggests options that share the typed one's first letters.
     */
    static List<String> closeOptions(CommandLine.Model.CommandSpec spec, String typed) {
        String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, Math.min(3, word.length() / 3)));
        java.util.TreeMap<Integer, java.util.TreeSet<String>> byDistance = new java.util.TreeMap<>();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            for (String name : o.names()) {
                int d = distance.apply(word, name);
                if (d >= 0) byDistance.computeIfAbsent(d, k -> new java.util.TreeSet<>()).add(name);
            }
        }
        List<String> out = new java.util.ArrayList<>();
        byDistance.values().forEach(out::addAll);
        return out.subList(0, Math.min(3, out.size()));
    }

    /** Whether a word the top-level command did not know names something extract reads: a path, a file, stdin. */
    private static boolean looksLikeInput(String word) {
        if (word.equals("-") || word.contains("/") || word.contains(java.io.File.separator) || word.contains(".")) return true;
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(word));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
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
