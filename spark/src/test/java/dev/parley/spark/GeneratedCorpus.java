package dev.parley.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a corpus made by varying the sample articles: other names for the ministers, years moved by 11 (which
 * keeps weekdays, so "on Thursday" still lands on the stated date), and several wire copies of each variant with
 * a different desk line, so one event is reported by many documents. Articles are cut to their lead (about
 * 1,800 characters) to keep CoreNLP's share of the test time down.
 */
final class GeneratedCorpus {
    /** Replacements per name set: word → word (whole words only). */
    private static final List<List<String>> NAMES = List.of(
            List.of(),
            List.of("Sergey", "Nikolai", "Lavrov", "Sokolov", "Wang Yi", "Zhou Bin", "Wang", "Zhou", "Blinken", "Harper"),
            List.of("Sergey", "Pavel", "Lavrov", "Orlov", "Wang Yi", "Liu Qiang", "Wang", "Liu", "Blinken", "Mercer"),
            List.of("Sergey", "Mikhail", "Lavrov", "Volkov", "Wang Yi", "Chen Hao", "Wang", "Chen", "Sullivan", "Grant"),
            List.of("Sergey", "Andrei", "Lavrov", "Belov", "Wang Yi", "Zhang Wei", "Wang", "Zhang", "Yang Jiechi", "Gao Feng"));
    private static final int[] YEAR_SHIFTS = {0, 11};
    private static final int COPIES = 4;
    private static final Pattern YEAR = Pattern.compile("\\b(20[12]\\d)\\b");

    private GeneratedCorpus() {
    }

    /** Writes the benchmark corpus: {@code GeneratedCorpus SAMPLES_FOLDER OUT_FOLDER} (see docs/scale.md). */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args[0]), Path.of(args[1])) + " documents written to " + args[1]);
    }

    /** Writes the corpus under {@code dir}; returns how many documents it wrote. */
    static int write(Path samples, Path dir) throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.list(samples)) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int n = 0;
        for (int names = 0; names < NAMES.size(); names++) {
            for (int shift : YEAR_SHIFTS) {
                for (int copy = 0; copy < COPIES; copy++) {
                    Path folder = dir.resolve(String.format(Locale.ROOT, "set%d-y%02d", names, shift));
                    Files.createDirectories(folder);
                    for (Path a : articles) {
                        String text = vary(Files.readString(a, StandardCharsets.UTF_8), NAMES.get(names), shift, copy);
                        String name = a.getFileName().toString().replace(".txt", "-copy" + copy + ".txt");
                        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String vary(String raw, List<String> names, int yearShift, int copy) {
        int body = raw.indexOf("\n---\n", 4) + 5; // after the front matter
        String head = raw.substring(0, body);
        String text = lead(raw.substring(body));
        for (int i = 0; i < names.size(); i += 2) {
            text = text.replaceAll("\\b" + Pattern.quote(names.get(i)) + "\\b", names.get(i + 1));
        }
        text = "Desk " + (copy + 1) + " report.\n\n" + text;
        return shiftYears(head, yearShift) + shiftYears(text, yearShift);
    }

    private static String lead(String body) {
        StringBuilder out = new StringBuilder();
        for (String para : body.split("\n")) {
            out.append(para).append('\n');
            if (out.length() > 1800) break;
        }
        return out.toString();
    }

    private static String shiftYears(String s, int shift) {
        Matcher m = YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) + shift));
        m.appendTail(out);
        return out.toString();
    }
}
