package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.corpus.CannotRunException;
import dev.parley.corpus.ParleyException;
import dev.parley.output.HtmlReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** "parley report": an events file in, one self-contained HTML page out. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = {
            "Write an events file as one self-contained HTML page to look at in a browser.",
            "",
            "The page shows a timeline of the events (a row per type, a shape per status:",
            "planned and cancelled events stand apart; undated ones are listed below it),",
            "a who-met-whom network of people or countries, a table of the events that",
            "filters by person, country, type, status and dates and sorts by any column",
            "(the timeline and network follow the filter), each event's evidence (its",
            "sentences, with article, trigger, and the date and status each gives), and",
            "the people, documents and skipped files of the run.",
            "",
            "Everything is inside the file (Apache ECharts, Apache-2.0, draws the charts):",
            "it opens from disk with no network, and can be mailed or archived as it is.",
            "The same events file always gives the same bytes.",
            ""},
        footer = {"",
            "Examples:",
            "  parley report events.json -o report.html",
            "  parley extract news/ -o events.json && parley report events.json -o report.html",
            "  parley extract news/ --format html -o report.html     # in one step",
            "  parley extract news/ | parley report - > report.html",
            "  xdg-open report.html       # macOS: open report.html",
            "",
            "Exit codes:",
            "  0  done",
            "  2  usage error: bad option, FILE missing, not parley output, or of a",
            "     format version this parley does not read",
            "  3  cannot run: output cannot be written",
            "  4  internal error"})
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An events file that 'parley extract' wrote (parley-events/1 JSON); '-' for stdin.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the page to FILE ('-': stdout, the default), atomically: a failed run leaves an existing FILE"
                    + " unchanged.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show the stack traces of errors.")
    boolean verbose;

    /** Seam for tests: standard input. */
    Supplier<InputStream> stdin = () -> System.in;

    @Override
    public Integer call() throws IOException {
        boolean toStdout = output == null || OutputTarget.isStdout(output);
        if (!toStdout) {
            OutputTarget.check(output, "report.html");
            if (sameFile(input, output)) {
                throw new ParleyException("cannot write '" + output + "': it is the events file the report is made from, "
                        + "which the page would replace; name another file, e.g. -o report.html");
            }
        }
        String name = input.toString().equals("-") ? "stdin" : input.toString();
        JsonNode events = HtmlReport.read(readInput(), name);
        String html = HtmlReport.render(events, name);
        if (toStdout) {
            var out = spec.commandLine().getOut();
            out.print(html);
            if (out.checkError()) throw new CannotRunException(ExtractCommand.stdoutFailure(out));
        } else {
            OutputTarget.write(output, html.getBytes(StandardCharsets.UTF_8));
        }
        if (!quiet) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT, "parley: report of %d events, %d people, %d documents%s%n",
                    events.path("events").size(), events.path("people").size(), events.path("documents").size(),
                    toStdout ? "" : " written to " + output);
        }
        return ExitCodes.OK;
    }

    /** Whether -o names the input file itself (through a link or another spelling too). */
    private static boolean sameFile(Path input, Path output) {
        if (input.toString().equals("-") || !Files.exists(input) || !Files.exists(output)) return false;
        try {
            return Files.isSameFile(input, output);
        } catch (IOException e) {
            return false;
        }
    }

    private String readInput() {
        if (input.toString().equals("-")) {
            try (InputStream in = stdin.get()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CannotRunException("cannot read stdin: " + OutputTarget.describe(e), e);
            }
        }
        if (Files.isDirectory(input)) {
            throw new ParleyException("cannot read '" + input + "': it is a folder; give the events file that "
                    + "'parley extract ... -o FILE' wrote, e.g. " + input.resolve("events.json"));
        }
        try {
            return new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParleyException("cannot read '" + input + "': no such file; write one with '" + CommandName.invoked()
                    + " extract ARTICLES -o " + input + "'");
        } catch (IOException e) {
            throw new ParleyException("cannot read '" + input + "': " + OutputTarget.describe(e), e);
        }
    }
}
