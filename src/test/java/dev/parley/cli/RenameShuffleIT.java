package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.SharedEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming the files of a corpus, in an order that reverses the order they are read in, changes only the documents'
 * ids and the mentions' document fields: the events (ids, labels, types, dates, status, places, participants, the
 * sentences cited) and the people are the same. Merging decides from content, not from which document comes first.
 */
class RenameShuffleIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void renamedAndReorderedFilesGiveTheSameEvents(@TempDir Path tmp) throws Exception {
        Path original = tmp.resolve("original");
        Path renamed = tmp.resolve("renamed");
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("corpus/articles", "src/test/resources/articles")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        Files.createDirectories(original);
        Files.createDirectories(renamed);
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), original.resolve(String.format("%03d-%s", i, files.get(i).getFileName())));
            // the last file read first: a new name that sorts in the reverse order
            Files.copy(files.get(i), renamed.resolve(String.format("z%03d-copy.txt", files.size() - i)));
        }
        JsonNode a = extract(original);
        JsonNode b = extract(renamed);
        assertTrue(a.get("events").size() > 10, "enough events to say something: " + a.get("events").size());
        assertEquals(a.get("documents").size(), b.get("documents").size());
        assertEquals(a.get("people"), b.get("people"));
        assertEquals(withoutDocuments(a.get("events")), withoutDocuments(b.get("events")));
    }

    private static JsonNode extract(Path dir) throws IOException {
        CliRun r = CliRun.run(SharedEngine::get, false, "extract", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** The events with each mention's document left out and the mentions in an order that does not depend on it. */
    private static JsonNode withoutDocuments(JsonNode events) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode e : events) {
            ObjectNode copy = e.deepCopy();
            List<JsonNode> mentions = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                ObjectNode mc = m.deepCopy();
                mc.remove("document");
                mentions.add(mc);
            }
            mentions.sort(Comparator.comparing(JsonNode::toString));
            copy.set("mentions", JSON.createArrayNode().addAll(mentions));
            out.add(copy);
        }
        return out;
    }
}
