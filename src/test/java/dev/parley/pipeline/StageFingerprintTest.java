package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of parley's code and rules changes with any file's content, and with nothing else. */
class StageFingerprintTest {
    @TempDir
    Path tmp;

    private static Map<String, String> classes() {
        Map<String, String> files = new TreeMap<>();
        files.put("dev/parley/events/EventDetector.class", "bytecode");
        files.put("dev/parley/rules/triggers.yaml", "rules:\n  - name: visit-verb\n");
        files.put("dev/parley/rules/lexicon/derived/MEET_VERBS.tsv", "meet\n");
        files.put("dev/parley/refdata/countries.tsv", "KEN\tKenya\n");
        return files;
    }

    private Path folder(String name, Map<String, String> files) throws Exception {
        Path root = tmp.resolve(name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    private Path jar(String name, Map<String, String> files, long time) throws Exception {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(e);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aChangedRuleFileChangesTheFingerprintOfAFolder() throws Exception {
        String before = StageFingerprint.of(folder("a", classes()));
        assertEquals(before, StageFingerprint.of(folder("b", classes())), "same files, same fingerprint");
        for (String file : classes().keySet()) {
            Map<String, String> changed = classes();
            changed.put(file, changed.get(file) + "x");
            assertNotEquals(before, StageFingerprint.of(folder("c" + file.hashCode(), changed)), file);
        }
        Map<String, String> more = classes();
        more.put("dev/parley/rules/lexicon/derived/CANCEL.tsv", "cancel\n");
        assertNotEquals(before, StageFingerprint.of(folder("d", more)), "a new word list");
    }

    @Test
    void aJarIsFingerprintedByItsContentsNotItsTimes() throws Exception {
        String before = StageFingerprint.of(jar("a.jar", classes(), 0L));
        assertEquals(before, StageFingerprint.of(jar("b.jar", classes(), 86_400_000L)), "rebuilt: same contents");
        Map<String, String> changed = classes();
        changed.put("dev/parley/rules/triggers.yaml", "rules:\n  - name: visit-verb-2\n");
        assertNotEquals(before, StageFingerprint.of(jar("c.jar", changed, 0L)));
        Map<String, String> renamed = new TreeMap<>(classes());
        renamed.put("dev/parley/refdata/cities.tsv", renamed.remove("dev/parley/refdata/countries.tsv"));
        assertNotEquals(before, StageFingerprint.of(jar("d.jar", renamed, 0L)));
    }

    @Test
    void theRunningCodeHasOne() {
        String f = StageFingerprint.current();
        assertEquals(64, f.length(), f);
        assertEquals(f, StageFingerprint.current());
    }
}
