package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** readFile(id, bytes), used by the Spark job, gives what read(folder) gives for the same files. */
class ReadFileTest {
    @Test
    void sampleCorpusReadFileByFileEqualsReadFolder() throws Exception {
        Path root = Path.of("corpus/articles");
        CorpusReader reader = new CorpusReader(CorpusConfig.defaults());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.sorted().toList()) {
                articles.addAll(reader.readFile(f.getFileName().toString(), Files.readAllBytes(f)).articles());
            }
        }
        articles.sort((a, b) -> CorpusReader.idOrder().compare(a.id(), b.id()));
        assertEquals(reader.read(root).articles(), articles);
    }

    @Test
    void jsonlLinesGetLineIdsAndOtherFilesAreIgnored() {
        CorpusReader reader = new CorpusReader(CorpusConfig.defaults());
        String jsonl = "{\"text\":\"Lavrov met Wang.\",\"date_publish\":\"2021-03-22\"}\n\n{\"title\":\"x\"}\n";
        Corpus c = reader.readFile("feeds/a.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("feeds/a.jsonl#1"), c.articles().stream().map(Article::id).toList());
        assertEquals(List.of("feeds/a.jsonl#3"), c.skipped().stream().map(Skipped::document).toList());
        assertEquals(1, reader.readFile("notes.csv", new byte[] {1}).ignoredFiles());
        assertEquals("empty file", reader.readFile("e.txt", new byte[0]).skipped().get(0).reason());
    }
}
