package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parley extract as a user runs it: exit codes, stdout kept for the output, skipped files, -o, --check, formats. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        return articles("articles");
    }

    private Path articles(String folder) throws IOException {
        Path a = Files.createDirectories(dir.resolve(folder));
        Files.writeString(a.resolve("good.txt"), "---\npublished: 2021-03-18\n---\nLavrov will visit China next week.\n");
        Files.writeString(a.resolve("also good é.txt"), "Wang Yi met Lavrov in Guilin on 22 March 2021.\n");
        return a;
    }

    /** Good articles beside an empty file, a binary file, malformed JSON, JSON without text and a JSONL with one bad line. */
    private Path messyArticles() throws IOException {
        Path a = articles();
        Files.writeString(a.resolve("empty.txt"), "");
        Files.write(a.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0, 0, 0});
        Files.writeString(a.resolve("broken.json"), "{\"title\": \"x\",\n \"maintext\": ");
        Files.writeString(a.resolve("notext.json"), "{\"title\": \"only a title\"}");
        Files.writeString(a.resolve("lines.jsonl"), "{\"title\": \"one\", \"maintext\": \"Lavrov met Wang Yi.\"}\n{oops\n");
        return a;
    }

    @Test
    void preloadStartsItsThreadOncePerJvmWhetherMainOrTheCommandAsksFirst() {
        ExtractCommand.preload(); // started now, or earlier by another test's run
        assertFalse(ExtractCommand.preload());
        assertFalse(ExtractCommand.preload());
    }

    @Test
    void badFilesAreSkippedAndListedWhileGoodOnesAreRead() throws IOException {
        Path a = messyArticles();
        CliRun r = CliRun.run("extract", a.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("parley-events/1", root.get("format").asText());
        Set<String> docs = new TreeSet<>();
        root.get("documents").forEach(d -> docs.add(d.get("id").asText()));
        assertEquals(Set.of("also good é.txt", "good.txt", "lines.jsonl#1"), docs);
        Set<String> skipped = new TreeSet<>();
        for (JsonNode s : root.get("skipped")) {
            skipped.add(s.get("document").asText());
            assertFalse(s.get("reason").asText().isBlank(), s.toString());
            assertTrue(r.err().contains("parley: skipped " + s.get("document").asText() + ": "), r.err());
        }
        assertEquals(Set.of("binary.txt", "broken.json", "empty.txt", "lines.jsonl#2", "notext.json"), skipped);
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void strictExitsOneWhenAFileWasSkippedButStillWritesTheOutput() throws IOException {
        CliRun r = CliRun.run("extract", messyArticles().toString(), "--strict");
        assertEquals(ExitCodes.NOT_ACCEPTABLE, r.code(), r.err());
        assertEquals(5, JSON.readTree(r.out()).get("skipped").size());
        assertEquals(ExitCodes.OK, CliRun.run("extract", articles("clean").toString(), "--strict").code());
    }

    @Test
    void aRunWithoutEventsSaysSoOnStderr() throws IOException {
        CliRun r = CliRun.run("extract", articles().toString());
        assertEquals(ExitCodes.OK, r.code());
        assertEquals(0, JSON.readTree(r.out()).get("events").size());
        assertTrue(r.err().contains("2 documents read, 0 skipped, 0 events found"), r.err());
        assertTrue(r.err().contains("parley: no events found"), r.err());
    }

    @Test
    void stdoutHoldsOnlyTheJson() throws IOException {
        CliRun r = CliRun.run("extract", messyArticles().toString());
        assertTrue(r.out().startsWith("{\n  \"format\": \"parley-events/1\""), r.out());
        assertTrue(r.out().endsWith("}\n"));
        JSON.readTree(r.out());
        assertFalse(r.out().contains("parley:"), r.out());
    }

    @Test
    void quietLeavesStderrEmpty() throws IOException {
        CliRun r = CliRun.run("extract", messyArticles().toString(), "--quiet");
        assertEquals(ExitCodes.OK, r.code());
        assertEquals("", r.err());
    }

    @Test
    void noSuchPathIsAUsageError() {
        CliRun r = CliRun.run("extract", dir.resolve("nope").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("parley: error: no such file or folder: '"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void twoFoldersWithFilesOfOneNameAreAUsageErrorNamingBoth() throws IOException {
        Path athens = Files.createDirectories(dir.resolve("athens"));
        Path taipei = Files.createDirectories(dir.resolve("taipei"));
        Files.writeString(athens.resolve("talks.txt"), "Erdogan met Mitsotakis in Athens on 5 December 2023.\n");
        Files.writeString(taipei.resolve("talks.txt"), "Pelosi met Tsai in Taipei on 3 August 2022.\n");
        CliRun r = CliRun.run("extract", athens.toString(), taipei.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(athens.resolve("talks.txt").toString()), r.err());
        assertTrue(r.err().contains(taipei.resolve("talks.txt").toString()), r.err());
        CliRun twice = CliRun.run("extract", athens.toString(), athens.toString());
        assertEquals(ExitCodes.OK, twice.code(), twice.err());
        assertEquals(1, JSON.readTree(twice.out()).get("documents").size());
    }

    @Test
    void aFailingRunLeavesAnExistingOutputFileUnchanged() throws IOException {
        Path out = dir.resolve("events.json");
        Files.writeString(out, "previous\n");
        CliRun r = CliRun.run(() -> { throw new IllegalStateException("boom"); }, false,
                "extract", articles().toString(), "-o", out.toString());
        assertEquals(ExitCodes.INTERNAL, r.code(), r.err());
        assertEquals("previous\n", Files.readString(out));
        assertTrue(r.err().contains("parley: error: internal error"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("articles", "events.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void missingModelsAreExitThreeWithTheFixWithOrWithoutTheCache() throws IOException {
        Path a = articles();
        for (String cacheArg : new String[] {"--no-cache", "--cache=" + dir.resolve("cache")}) {
            for (String threads : new String[] {"1", "2"}) {
                int[] loads = {0};
                CliRun r = CliRun.run(() -> {
                    loads[0]++;
                    throw new RuntimeException("Error while loading a tagger model (probably missing model file)",
                            new IOException("Unable to open \"edu/stanford/nlp/models/pos-tagger/english.tagger\" as class path"));
                }, false, "extract", a.toString(), cacheArg, "--threads", threads);
                assertEquals(ExitCodes.CANNOT_RUN, r.code(), cacheArg + " " + r.err());
                assertTrue(r.err().startsWith("parley: error: CoreNLP models not on the classpath; add "
                        + "edu.stanford.nlp:stanford-corenlp:"), r.err());
                assertEquals("", r.out());
                assertEquals(1, loads[0], "loaded once, not once per document");
            }
        }
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws IOException {
        Path out = dir.resolve("events.json");
        CliRun r = CliRun.run("extract", articles().toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("parley-events/1", JSON.readTree(Files.readString(out)).get("format").asText());
    }

    @Test
    void checkIsZeroWhenIdenticalAndOneWithASummaryWhenNot() throws IOException {
        Path a = articles();
        Path events = dir.resolve("events.json");
        assertEquals(ExitCodes.OK, CliRun.run("extract", a.toString(), "-o", events.toString()).code());

        CliRun same = CliRun.run("extract", a.toString(), "--check", events.toString());
        assertEquals(ExitCodes.OK, same.code(), same.err());
        assertEquals("", same.out());
        assertTrue(same.err().contains("is up to date"), same.err());

        Files.writeString(a.resolve("third.txt"), "Putin called Xi on Monday.\n");
        CliRun changed = CliRun.run("extract", a.toString(), "--check", events.toString());
        assertEquals(ExitCodes.NOT_ACCEPTABLE, changed.code(), changed.err());
        assertEquals("", changed.out());
        assertTrue(changed.err().contains(events + " is out of date:"), changed.err());
        assertTrue(changed.err().contains("documents: 1 added, 0 removed, 0 changed"), changed.err());
        assertTrue(changed.err().contains("-o " + events), changed.err());
    }

    @Test
    void checkOfAMissingFileOrOfSomethingElseIsOneLineAndExitTwo() throws IOException {
        Path a = articles();
        CliRun missing = CliRun.run("extract", a.toString(), "--check", dir.resolve("none.json").toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("parley: error: cannot check '"), missing.err());

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}\n");
        CliRun notParley = CliRun.run("extract", a.toString(), "--check", other.toString());
        assertEquals(ExitCodes.USAGE, notParley.code());
        assertEquals(1, notParley.err().lines().count(), notParley.err());
        assertTrue(notParley.err().contains("is not parley output"), notParley.err());
    }

    @Test
    void checkRefusesOutputAndOtherFormats() throws IOException {
        Path a = articles();
        assertEquals(ExitCodes.USAGE, CliRun.run("extract", a.toString(), "--check", "x.json", "-o", "y.json").code());
        assertEquals(ExitCodes.USAGE, CliRun.run("extract", a.toString(), "--check", "x.json", "--format", "csv").code());
    }

    @Test
    void formatsJsonlAndCsvWithoutEvents() throws IOException {
        Path a = articles();
        CliRun jsonl = CliRun.run("extract", a.toString(), "--format", "jsonl");
        assertEquals(ExitCodes.OK, jsonl.code(), jsonl.err());
        assertEquals("", jsonl.out());
        CliRun csv = CliRun.run("extract", a.toString(), "--format", "CSV");
        assertEquals(ExitCodes.OK, csv.code(), csv.err());
        assertEquals("id,type,label,status,start,end,precision,place,location_country,participants,countries,articles,confidence\n",
                csv.out());
        CliRun dyads = CliRun.run("extract", a.toString(), "--format", "dyads");
        assertEquals(ExitCodes.OK, dyads.code(), dyads.err());
        assertEquals("source_country,target_country,source_person,target_person,cameo,plover_type,plover_mode,status,"
                + "start,end,event_id\n", dyads.out());
        assertEquals(ExitCodes.USAGE, CliRun.run("extract", a.toString(), "--format", "xml").code());
        assertEquals(ExitCodes.USAGE, CliRun.run("extract", a.toString(), "--check", "x.json", "--format", "dyads").code());
    }

    @Test
    void progressOnlyOnATerminalUnlessAsked() throws IOException {
        Path a = articles();
        assertFalse(CliRun.run("extract", a.toString()).err().contains("annotated"));
        CliRun tty = CliRun.run(() -> CliRun.NO_SENTENCES, true, "extract", a.toString());
        assertTrue(tty.err().contains("\rparley: annotated 2/2 documents"), tty.err());
        CliRun always = CliRun.run("extract", a.toString(), "--progress", "always");
        assertTrue(always.err().contains("parley: annotated 2/2 documents"), always.err());
        assertFalse(always.err().contains("\r"), always.err());
        JSON.readTree(always.out());
        CliRun never = CliRun.run(() -> CliRun.NO_SENTENCES, true, "extract", a.toString(), "--progress", "never");
        assertFalse(never.err().contains("annotated"), never.err());
    }

    @Test
    void helpNamesExitCodesAndExamples() {
        CliRun r = CliRun.run("extract", "--help");
        assertEquals(ExitCodes.OK, r.code());
        for (String s : List.of("Exit codes:", "--check", "--format", "dyads:", "--format dyads", "--progress", "--strict",
                "Examples:")) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void schemaAndCompletionCommands() throws IOException {
        CliRun schema = CliRun.run("schema");
        assertEquals(ExitCodes.OK, schema.code());
        assertEquals("parley-events/1", JSON.readTree(schema.out()).get("title").asText());
        CliRun completion = CliRun.run("generate-completion");
        assertEquals(ExitCodes.OK, completion.code());
        assertTrue(completion.out().contains("complete -F"), completion.out().substring(0, 200));
        assertTrue(completion.out().contains("extract"));
    }

    @Test
    void whatWasGuessedIsOneWarningLineNamingTheFileAndUnreadableNamedFilesFailStrict() throws IOException {
        Path a = Files.createDirectories(dir.resolve("guessed"));
        Files.writeString(a.resolve("feb30.txt"), "---\npublished: 2023-02-30\n---\nLavrov met Wang.\n");
        CliRun r = CliRun.run("extract", a.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("parley: warning: feb30.txt: the front matter's"
                + " 'published: 2023-02-30' is a day that does not exist")).count(), r.err());
        assertEquals(1, JSON.readTree(r.out()).get("documents").size(), "the article is still read");
        assertFalse(CliRun.run("extract", a.toString(), "-q").err().contains("warning"));

        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4\n");
        CliRun strict = CliRun.run("extract", a.resolve("feb30.txt").toString(), pdf.toString(), "--strict");
        assertEquals(ExitCodes.NOT_ACCEPTABLE, strict.code(), strict.err());
        assertTrue(strict.err().contains("parley: skipped report.pdf: not an article: a .pdf file is no format parley reads"),
                strict.err());
        assertEquals("report.pdf", JSON.readTree(strict.out()).get("skipped").get(0).get("document").asText());
    }

    @Test
    void theCheckHintIsACommandAShellRunsAsWritten() throws IOException {
        Path a = Files.createDirectories(dir.resolve("my news"));
        Files.writeString(a.resolve("one.txt"), "Lavrov visited China on Monday.\n");
        Path events = dir.resolve("it's events.json");
        assertEquals(ExitCodes.OK, CliRun.run("extract", a.toString(), "--published", "2024-05-01", "--max-chars", "5000",
                "-o", events.toString()).code());
        Files.writeString(a.resolve("two.txt"), "Putin called Xi on Monday.\n");
        CliRun changed = CliRun.run("extract", a.toString(), "--published", "2024-05-01", "--max-chars", "5000",
                "--check", events.toString());
        assertEquals(ExitCodes.NOT_ACCEPTABLE, changed.code(), changed.err());
        String quotedEvents = "'" + events.toString().replace("'", "'\\''") + "'";
        assertTrue(changed.err().contains("parley: to update it, run: parley extract '" + a + "' --published 2024-05-01"
                + " --max-chars 5000 -o " + quotedEvents + "\n"), changed.err());
        // Through bin/parley, the hint names the command as it was typed.
        System.setProperty(CommandName.PROPERTY, "target/parley/bin/parley");
        try {
            CliRun viaScript = CliRun.run("extract", a.toString(), "--published", "2024-05-01", "--max-chars", "5000",
                    "--check", events.toString());
            assertTrue(viaScript.err().contains("parley: to update it, run: target/parley/bin/parley extract '" + a + "'"),
                    viaScript.err());
        } finally {
            System.clearProperty(CommandName.PROPERTY);
        }
        assertEquals("corpus/articles", ExtractCommand.shellWord("corpus/articles"));
        assertEquals("'a b'", ExtractCommand.shellWord("a b"));
        assertEquals("'$HOME'", ExtractCommand.shellWord("$HOME"));
        assertEquals("''", ExtractCommand.shellWord(""));
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() throws IOException {
        CliRun command = CliRun.run("exract", "corpus/articles");
        assertEquals(ExitCodes.USAGE, command.code());
        assertTrue(command.err().startsWith("parley: error: 'exract' is not a command\nDid you mean: parley extract"), command.err());
        CliRun option = CliRun.run("extract", articles().toString(), "--fromat", "csv");
        assertEquals(ExitCodes.USAGE, option.code());
        assertTrue(option.err().contains("Did you mean: --format?"), option.err());
        assertTrue(option.err().startsWith("parley: error: Unknown option: '--fromat'"), option.err());
    }

    @Test
    void forgettingExtractSaysWhatToType() throws IOException {
        Path a = articles();
        CliRun r = CliRun.run(a.toString(), "-o", "out.json");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("parley: error: '" + a + "' is not a command; to read the articles there, type: "
                + "parley extract " + ExtractCommand.shellWord(a.toString()) + " -o out.json\n"), r.err());
        CliRun none = CliRun.run();
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().contains("parley extract FOLDER"), none.err());
    }

    @Test
    void completionOffersTheFormatsAsTheDocsWriteThem() {
        CliRun completion = CliRun.run("generate-completion");
        assertTrue(completion.out().contains("=(\"json\" \"jsonl\" \"csv\" \"dyads\" \"html\")"), completion.out());
        assertFalse(completion.out().contains("JSONL"), "no upper-case candidates");
        assertTrue(completion.out().contains("=(\"auto\" \"always\" \"never\")"), "progress modes too");
    }

    @Test
    void timeLeftComesFromTheRateMeasuredAfterTheFirstDocument() {
        long[] now = {0};
        StringWriter text = new StringWriter();
        ProgressReporter p = new ProgressReporter(new PrintWriter(text, true), false, () -> now[0]);
        now[0] = 20_000_000_000L; // the models take 20 s to load, then each document takes 1 s
        p.update(1, 100);
        for (int d = 2; d <= 11; d++) {
            now[0] += 1_000_000_000L;
            p.update(d, 100);
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals("parley: annotated 1/100 documents, estimating time left", lines.get(0));
        // 10 documents in 10 s since the first: 89 left at 1/s, not the 89 x 3 s that counting the load would say
        assertEquals("parley: annotated 11/100 documents, 1.0/s, 1 min 29 s left", lines.get(lines.size() - 1));
    }

    @Test
    void anInterruptedTerminalLineIsEnded() {
        StringWriter text = new StringWriter();
        ProgressReporter p = new ProgressReporter(new PrintWriter(text, true), true, () -> 0L);
        p.update(1, 4);
        assertFalse(text.toString().endsWith("\n"), text.toString());
        p.endLine();
        assertTrue(text.toString().endsWith("\n"), text.toString());
        p.endLine();
        assertFalse(text.toString().endsWith("\n\n"), "ended once");
        StringWriter done = new StringWriter();
        ProgressReporter q = new ProgressReporter(new PrintWriter(done, true), true, () -> 0L);
        q.update(4, 4);
        q.endLine();
        assertEquals("\rparley: annotated 4/4 documents\n", done.toString(), "a finished line is not ended twice");
    }

    @Test
    void progressLineShowsRateAndTimeLeft() {
        assertEquals("parley: annotated 1/4 documents, 0.5/s, 6 s left", ProgressReporter.line(1, 4, 2.0, 0.5));
        assertEquals("parley: annotated 4/4 documents, 2.0/s, 2 s", ProgressReporter.line(4, 4, 2.0, Double.NaN));
        assertEquals("2 min 05 s", ProgressReporter.duration(125));
    }
}
