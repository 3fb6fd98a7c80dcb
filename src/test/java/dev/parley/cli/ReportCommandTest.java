package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** parley report as a user runs it: the page to -o or stdout, and one clear line for each file it cannot report. */
class ReportCommandTest {
    private static final Path SAMPLE = Path.of("corpus/events.json");

    @TempDir
    Path dir;

    private static CliRun runWithStdin(String stdin, String... args) {
        CommandLine cmd = ParleyCommand.commandLine();
        ReportCommand report = cmd.getSubcommands().get("report").getCommand();
        report.stdin = () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void writesThePageToTheOutputFileAndNothingToStdout() throws IOException {
        Path html = dir.resolve("report.html");
        CliRun r = CliRun.run("report", SAMPLE.toString(), "-o", html.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("parley: report of 15 events, 24 people, 5 documents written to " + html + "\n", r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        assertTrue(page.endsWith("</html>\n"));
    }

    @Test
    void withoutOutputThePageGoesToStdoutAndIsTheSameBytes() throws IOException {
        Path html = dir.resolve("report.html");
        assertEquals(ExitCodes.OK, CliRun.run("report", "-q", SAMPLE.toString(), "-o", html.toString()).code());
        CliRun r = CliRun.run("report", "-q", SAMPLE.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(Files.readString(html, StandardCharsets.UTF_8), r.out());
        CliRun fromStdin = runWithStdin(Files.readString(SAMPLE, StandardCharsets.UTF_8), "report", "-q", "-");
        assertEquals(ExitCodes.OK, fromStdin.code(), fromStdin.err());
        assertEquals(r.out(), fromStdin.out(), "stdin gives the same page as the file");
    }

    @Test
    void aMissingFileIsAUsageErrorThatSaysHowToMakeOne() {
        CliRun r = CliRun.run("report", dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertEquals("parley: error: cannot read '" + dir.resolve("nope.json") + "': no such file; write one with 'parley extract "
                + "ARTICLES -o " + dir.resolve("nope.json") + "'\n", r.err());
    }

    @Test
    void aFileThatIsNotParleyOutputIsNamedWithItsProblem() throws IOException {
        Path csv = Files.writeString(dir.resolve("events.csv"), "id,type\nev-1,visit\n");
        CliRun r = CliRun.run("report", csv.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("parley: error: '" + csv + "' is not parley output: not JSON (line 1)"), r.err());
        CliRun folder = CliRun.run("report", dir.toString());
        assertEquals(ExitCodes.USAGE, folder.code());
        assertTrue(folder.err().startsWith("parley: error: cannot read '" + dir + "': it is a folder"), folder.err());
    }

    @Test
    void anotherFormatVersionIsRefusedByName() throws IOException {
        Path v2 = Files.writeString(dir.resolve("v2.json"),
                Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("\"parley-events/1\"", "\"parley-events/2\""));
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old page");
        CliRun r = CliRun.run("report", v2.toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("parley: error: '" + v2 + "' is parley-events/2 output, and this parley reads parley-events/1"),
                r.err());
        assertEquals("old page", Files.readString(out), "a refused report leaves the output file as it was");
    }

    @Test
    void theEventsFileIsNeverOverwrittenByItsPageAndAFolderGetsAPageName() throws IOException {
        Path json = Files.copy(SAMPLE, dir.resolve("events.json"));
        String before = Files.readString(json);
        CliRun r = CliRun.run("report", json.toString(), "-o", dir.resolve(".").resolve("events.json").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("it is the events file the report is made from"), r.err());
        assertEquals(before, Files.readString(json));
        CliRun folder = CliRun.run("report", json.toString(), "-o", dir.toString());
        assertEquals(ExitCodes.USAGE, folder.code());
        assertEquals("parley: error: cannot write '" + dir + "': it is a folder; name a file, e.g. -o "
                + dir.resolve("report.html") + "\n", folder.err().lines().findFirst().orElse("") + "\n");
        CliRun extract = CliRun.run("extract", dir.toString(), "--format", "html", "-o", dir.toString());
        assertTrue(extract.err().contains("e.g. -o " + dir.resolve("report.html")), extract.err());
    }

    @Test
    void extractWritesTheSamePageAsReport() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Lavrov will visit China next week.\n");
        Path json = dir.resolve("events.json");
        assertEquals(ExitCodes.OK, CliRun.run("extract", "-q", articles.toString(), "-o", json.toString()).code());
        CliRun html = CliRun.run("extract", "-q", articles.toString(), "--format", "html");
        assertEquals(ExitCodes.OK, html.code(), html.err());
        assertEquals(CliRun.run("report", "-q", json.toString()).out(), html.out());
        // the page beside the articles is parley's own, not an article to read again
        Files.writeString(articles.resolve("report.html"), html.out());
        CliRun again = CliRun.run("extract", articles.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertFalse(again.out().contains("report.html"), "the report is not read as a document");
        assertTrue(again.err().contains("1 file ignored"), again.err());
    }

    @Test
    void helpTeachesWithExamples() {
        CliRun r = CliRun.run("report", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("parley report events.json -o report.html"), r.out());
        assertTrue(r.out().contains("--format html"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(CliRun.run("--help").out().contains("report"), "the top-level help lists the command");
    }
}
