package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's -o on the local file system leaves the file alone, as the CLI's -o does: no hidden .crc beside it. */
class OutputFileTest {
    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLocalOutputFileHasNoChecksumFileBesideIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("events.json");
        SparkParley.writeOutput("{\"format\": 1}\n".getBytes(StandardCharsets.UTF_8), out.toString(), new Configuration());
        assertEquals("{\"format\": 1}\n", Files.readString(out));
        assertEquals(List.of("events.json"), names(dir));
    }

    @Test
    void aFileUriAndAnOverwriteWorkAndAStaleChecksumFileGoes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("events.json");
        Files.writeString(out, "an older, longer output that the new one replaces whole");
        Files.writeString(dir.resolve(".events.json.crc"), "stale");
        SparkParley.writeOutput("new".getBytes(StandardCharsets.UTF_8), out.toUri().toString(), new Configuration());
        assertEquals("new", Files.readString(out));
        assertEquals(List.of("events.json"), names(dir));
    }
}
