package dev.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the per-document stages' results depend on besides the article and its annotation: parley's code and the
 * rules, word lists and reference data it loads (dev/parley/rules, dev/parley/refdata), all read from the jar or
 * classes folder that holds this class, and the Java runtime. A stored result ({@link DocDigest}) is reused only
 * under the fingerprint it was made with, so a changed rule file, lexicon, gazetteer or detector never meets a
 * result of the old one.
 *
 * <p>A jar is fingerprinted by its table of contents: each entry's name, size and CRC-32 as the zip records them
 * (the contents, without the time stamps, so two builds of the same sources agree); the manifest is an entry, so
 * the versions of the libraries it names count too. A folder by the same of each file under it. Either costs a few
 * milliseconds, where hashing the whole jar would cost a tenth of a second in a JVM that has just started.
 */
public final class StageFingerprint {
    private static volatile String current;

    private StageFingerprint() {
    }

    /**
     * The fingerprint of the running code; when its jar or folder cannot be read, one that matches no other run
     * (results are then computed again, never reused wrongly).
     */
    public static String current() {
        String f = current;
        if (f == null) {
            Path source = codeSource();
            try {
                f = source == null ? unique() : of(source);
            } catch (IOException | UncheckedIOException e) {
                f = unique();
            }
            current = f;
        }
        return f;
    }

    private static String unique() {
        return "unreadable-code-" + UUID.randomUUID();
    }

    private static Path codeSource() {
        CodeSource cs = StageFingerprint.class.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) return null;
        try {
            return Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The fingerprint of a jar or a classes folder, and of this Java runtime. */
    static String of(Path codeSource) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        entry(md, "java " + Runtime.version(), 0, 0);
        if (Files.isDirectory(codeSource)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(codeSource)) {
                files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            }
            Collections.sort(files);
            for (Path p : files) {
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buf = new byte[1 << 14];
                    for (int n; (n = in.read(buf)) > 0; size += n) crc.update(buf, 0, n);
                }
                entry(md, codeSource.relativize(p).toString().replace('\\', '/'), size, crc.getValue());
            }
        } else {
            try (ZipFile zip = new ZipFile(codeSource.toFile())) {
                List<ZipEntry> entries = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) entries.add(e.nextElement());
                entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
                for (ZipEntry z : entries) {
                    if (!z.isDirectory()) entry(md, z.getName(), z.getSize(), z.getCrc());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void entry(MessageDigest md, String name, long size, long crc) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4 + n.length + 16).putInt(n.length).put(n).putLong(size).putLong(crc).array());
    }
}
