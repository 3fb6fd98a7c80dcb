package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run that exhausts the heap exits 3 with the -Xmx advice, on one thread or several. */
class OutOfMemoryTest {
    private static String[] run(String threads) {
        ExtractCommand cmd = new ExtractCommand();
        cmd.engine = () -> new NlpEngine() {
            @Override
            public AnnotatedDoc annotate(Article article) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public String signature() {
                return "oom";
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        int exit = cl.execute("--no-cache", "-q", "--threads", threads, "corpus/articles");
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void oneThreadAndTwoThreadsBothSayHowToRaiseTheHeap() {
        for (String threads : new String[] {"1", "2"}) {
            String[] r = run(threads);
            assertEquals(Integer.toString(ExitCodes.CANNOT_RUN), r[0], r[2]);
            assertEquals("", r[1]);
            assertTrue(r[2].startsWith("parley: error: out of memory: the Java heap ("), r[2]);
            assertTrue(r[2].contains("-Xmx"), r[2]);
        }
    }

    @Test
    void runningOutOfMemoryWhileReadingIsExitThreeWithTheAdviceToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"Lavrov met Wang Yi.\"}\n");
        ExtractCommand cmd = new ExtractCommand();
        cmd.files = file -> {
            throw new OutOfMemoryError("Java heap space");
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        int exit = cl.execute("--no-cache", "-q", dir.toString());
        assertEquals(ExitCodes.CANNOT_RUN, exit, err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("parley: error: out of memory: the Java heap ("), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void theAdviceDoublesTheHeapItHad() {
        assertTrue(ErrorHandler.outOfMemoryMessage(3072L << 20).contains("(3072 MiB)"));
        assertTrue(ErrorHandler.outOfMemoryMessage(3072L << 20).contains("PARLEY_OPTS=-Xmx6g parley extract"));
        assertTrue(ErrorHandler.outOfMemoryMessage(3072L << 20).contains("java -Xmx6g -jar"));
        assertTrue(ErrorHandler.outOfMemoryMessage(256L << 20).contains("PARLEY_OPTS=-Xmx4g parley extract"));
    }
}
