package dev.parley.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Generates a parley-events/1 file of any size for measuring the HTML report: made-up people (a few hubs that meet
 * often, many who appear once, as in news), events of every type and status over ten years, some undated, each with
 * one to three sentences of evidence. The same arguments give the same file. ReportBrowserIT renders one of 10,000
 * events and 20,000 people; {@code main} writes one for a look in a browser:
 * {@code java -cp target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' :) dev.parley.output.LargeReports OUT.json [EVENTS PEOPLE]}.
 */
public final class LargeReports {
    private static final String[] COUNTRIES = {"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "EGY", "ESP", "ETH", "FRA", "GBR",
        "IDN", "IND", "IRN", "ISR", "ITA", "JPN", "KAZ", "KEN", "KOR", "MEX", "NGA", "NOR", "PAK", "POL", "PRK", "QAT", "RUS",
        "SAU", "SGP", "SWE", "THA", "TUR", "UKR", "USA", "VNM", "ZAF", "CHE", "NLD", "GRC"};
    private static final String[] GIVEN_FIRST = {"A", "Be", "Ka", "Mi", "No", "Ra", "Si", "To", "Vi", "Yu"};
    private static final String[] GIVEN_LAST = {"lan", "rin", "mo", "sha", "dor", "ko", "nia", "ric", "vel", "ta"};
    private static final String[] FAMILY_FIRST = {"Ab", "Bor", "Chen", "Dav", "Ed", "Fer", "Gar", "Hal", "Iv", "Jun", "Kov",
        "Lind", "Mor", "Nak", "Os", "Pet", "Quin", "Ros", "Sol", "Tan"};
    private static final String[] FAMILY_LAST = {"ani", "berg", "dze", "enko", "ez", "ic", "ova", "sen", "ura", "ston"};
    private static final String[] TITLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister",
        "National Security Adviser", "Trade Minister", "Ambassador", "Envoy"};
    private static final String[] TYPES = {"visit", "visit", "visit", "meeting", "meeting", "meeting", "meeting", "summit", "call", "call"};
    private static final String[] STATUSES = {"occurred", "occurred", "occurred", "occurred", "occurred", "occurred", "planned",
        "planned", "ongoing", "proposed", "cancelled", "cancelled"};

    private LargeReports() {
    }

    /** The JSON text of a file with {@code events} events among {@code people} people (at most 20,000, the names made). */
    public static String json(int events, int people, long seed) {
        if (people > GIVEN_FIRST.length * GIVEN_LAST.length * FAMILY_FIRST.length * FAMILY_LAST.length) {
            throw new IllegalArgumentException("at most 20,000 people have distinct made-up names, not " + people);
        }
        Random random = new Random(seed);
        List<JsonModel.PersonJson> persons = new ArrayList<>();
        List<String> countryOf = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int g = i % 100;
            int f = (i / 100) % 200;
            String name = GIVEN_FIRST[g / 10] + GIVEN_LAST[g % 10] + " " + FAMILY_FIRST[f / 10] + FAMILY_LAST[f % 10];
            String country = COUNTRIES[skewed(random, COUNTRIES.length, 1.6)];
            countryOf.add(country);
            persons.add(new JsonModel.PersonJson(id(name), name, List.of(), country,
                    List.of(TITLES[random.nextInt(TITLES.length)]), 1 + random.nextInt(40)));
        }
        int documentCount = Math.max(1, events / 2);
        List<JsonModel.Document> documents = new ArrayList<>();
        LocalDate base = LocalDate.of(2015, 1, 1);
        for (int d = 0; d < documentCount; d++) {
            documents.add(new JsonModel.Document(String.format(Locale.ROOT, "news/%05d.txt", d), "Made-up article " + d,
                    base.plusDays(random.nextInt(3900)).toString(), "frontmatter"));
        }
        List<JsonModel.Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) list.add(event(e, random, persons, countryOf, documentCount, base));
        list.sort(Comparator.comparing((JsonModel.Event ev) -> ev.date() == null ? "9999" : ev.date().start())
                .thenComparing(JsonModel.Event::id));
        TreeSet<String> used = new TreeSet<>(countryOf);
        List<JsonModel.CountryJson> countries = new ArrayList<>();
        for (String c : used) countries.add(new JsonModel.CountryJson(c, "Country " + c, 1 + random.nextInt(500)));
        List<JsonModel.SkippedJson> skipped = new ArrayList<>();
        for (int s = 0; s < Math.min(20, events / 100); s++) {
            skipped.add(new JsonModel.SkippedJson(String.format(Locale.ROOT, "broken/%03d.json", s), "malformed JSON at line 1"));
        }
        persons.sort(Comparator.comparing(JsonModel.PersonJson::id));
        try {
            return new ObjectMapper().writeValueAsString(new JsonModel.Root(ReportWriter.FORMAT, documents, list, persons,
                    countries, skipped));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static JsonModel.Event event(int n, Random random, List<JsonModel.PersonJson> persons, List<String> countryOf,
                                         int documentCount, LocalDate base) {
        String type = TYPES[random.nextInt(TYPES.length)];
        String status = STATUSES[random.nextInt(STATUSES.length)];
        int size = type.equals("summit") ? 4 + random.nextInt(10) : 2;
        List<Integer> who = new ArrayList<>();
        while (who.size() < size) {
            int p = skewed(random, persons.size(), 3.0);
            if (!who.contains(p)) who.add(p);
        }
        List<JsonModel.Participant> participants = new ArrayList<>();
        for (int k = 0; k < who.size(); k++) {
            JsonModel.PersonJson p = persons.get(who.get(k));
            String role = type.equals("visit") ? (k == 0 ? "visitor" : "host")
                    : type.equals("summit") ? "participant" : k == 0 ? "participant" : "counterpart";
            participants.add(new JsonModel.Participant(p.name(), p.id(), p.country(), role));
        }
        TreeSet<String> countries = new TreeSet<>();
        for (int p : who) countries.add(countryOf.get(p));
        String host = countryOf.get(who.get(who.size() - 1));
        JsonModel.DateJson date = null;
        double u = random.nextDouble();
        if (u > 0.05) {
            LocalDate start = base.plusDays(random.nextInt(3900));
            if (u < 0.8) {
                date = new JsonModel.DateJson(start.toString(), start.plusDays(random.nextInt(3)).toString(), "day",
                        random.nextInt(10) == 0 ? Boolean.TRUE : null);
            } else if (u < 0.95) {
                String month = start.toString().substring(0, 7);
                date = new JsonModel.DateJson(month, month, "month", null);
            } else {
                String year = start.toString().substring(0, 4);
                date = new JsonModel.DateJson(year, year, "year", null);
            }
        }
        String first = participants.get(0).name();
        String second = participants.get(1).name();
        String label = switch (type) {
            case "visit" -> first + " visits Country " + host;
            case "summit" -> "Summit of " + participants.size() + " leaders in Country " + host;
            case "call" -> first + " calls " + second;
            default -> first + " meets " + second;
        } + (date == null ? "" : ", " + date.start());
        String trigger = switch (type) {
            case "visit" -> "visit";
            case "summit" -> "summit";
            case "call" -> "call";
            default -> "met";
        };
        List<JsonModel.Mention> mentions = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            String text = first + " and " + second + (type.equals("meeting") ? " met" : " held a " + trigger)
                    + " to discuss trade, security and the region, officials said in a statement on the " + trigger + ".";
            mentions.add(new JsonModel.Mention(String.format(Locale.ROOT, "news/%05d.txt", random.nextInt(documentCount)),
                    random.nextInt(20), 0, text.codePointCount(0, text.length()), text, trigger, status, date));
        }
        List<JsonModel.Cameo> cameo = new ArrayList<>();
        for (String s : countries) {
            for (String t : countries) {
                if (s.equals(t)) continue;
                String code = !status.equals("occurred") && !status.equals("ongoing") ? "036"
                        : type.equals("call") ? "041" : type.equals("summit") ? "044"
                        : type.equals("visit") ? (t.equals(host) ? "042" : "043") : "040";
                cameo.add(new JsonModel.Cameo(s, t, code));
            }
        }
        String mode = switch (type) {
            case "visit" -> "visit";
            case "summit" -> "multilateral";
            case "call" -> "phone";
            default -> null;
        };
        double confidence = Math.round((1 - Math.pow(0.5, count)) * 100) / 100.0;
        return new JsonModel.Event(String.format(Locale.ROOT, "ev-%016x", new Random(n * 31L + 7).nextLong()), type, label,
                status, participants, List.copyOf(countries), new JsonModel.Location(type.equals("call") ? null : "City " + host,
                type.equals("call") ? null : host), date, confidence, new JsonModel.Codes(cameo, new JsonModel.Plover("CONSULT", mode)),
                mentions);
    }

    /** An index in 0..n-1, low ones far more often (power {@code p}): a few people and countries meet often. */
    private static int skewed(Random random, int n, double p) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), p)));
    }

    private static String id(String name) {
        return "p-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: LargeReports OUT.json [EVENTS PEOPLE]   (default 10000 20000)");
            System.exit(2);
        }
        int events = args.length == 3 ? Integer.parseInt(args[1]) : 10_000;
        int people = args.length == 3 ? Integer.parseInt(args[2]) : 20_000;
        Files.writeString(Path.of(args[0]), json(events, people, 1L), StandardCharsets.UTF_8);
    }
}
