package dev.parley.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a folder (recursively) or single files of articles into a {@link Corpus}. */
public final class CorpusReader {
    private final LocalDate defaultPublished;

    /** @param defaultPublished publication date for articles that state none (--published), or null */
    public CorpusReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    /** Reads every article under the given paths; ids are paths relative to the folder given. */
    public Corpus read(List<Path> roots) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParleyException("cannot read '" + root + "': no such file or folder");
            }
            if (Files.isDirectory(root)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(root.relativize(p)))
                            .sorted(Comparator.comparing(p -> id(root, p)))
                            .toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new ParleyException("cannot list folder '" + root + "': " + e.getMessage(), e);
                }
                for (Path f : files) {
                    if (isArticle(f)) readOne(f, id(root, f), articles, skipped);
                }
            } else {
                readOne(root, root.getFileName().toString(), articles, skipped);
            }
        }
        articles.sort(Comparator.comparing(Article::id));
        return new Corpus(articles, skipped);
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static boolean isArticle(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt");
    }

    private static String id(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private void readOne(Path file, String id, List<Article> articles, List<Skipped> skipped) {
        String raw;
        try {
            byte[] bytes = Files.readAllBytes(file);
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            skipped.add(new Skipped(id, "not UTF-8 text"));
            return;
        } catch (IOException e) {
            skipped.add(new Skipped(id, "cannot read: " + e.getMessage()));
            return;
        }
        articles.add(fromText(id, raw, defaultPublished));
    }

    /** Builds an article from a text file's content (front matter optional). */
    public static Article fromText(String id, String raw, LocalDate defaultPublished) {
        FrontMatter fm = FrontMatter.parse(raw);
        String text = fm.body();
        Map<String, String> fields = fm.fields();
        LocalDate published = null;
        String from = null;
        Optional<LocalDate> meta = PublicationDates.fromMetadata(fields);
        if (meta.isPresent()) {
            published = meta.get();
            from = "frontmatter";
        } else if (defaultPublished != null) {
            published = defaultPublished;
            from = "option";
        }
        String title = fields.getOrDefault("title", firstLine(text));
        return new Article(id, title, text, published, from, fields);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) return line.strip();
        }
        return "";
    }
}
