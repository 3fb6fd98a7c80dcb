package dev.parley.events;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Datelines;
import dev.parley.nlp.Sentence;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.PlaceKind;
import dev.parley.resolve.PlaceRef;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "PORT LOUIS – ... Garrigues, who landed at the airport yesterday morning, was received at State House": a report is
 * filed from where its news happens. A meeting told as held, in no place of its own, of someone of the dateline's
 * country with someone from abroad, is in the dateline's city. Not where the article puts the visitor in another country
 * at the time: "SEOUL — Xi arrived in Pyongyang" is filed from afar. A visit the article tells as under way or just done, in no country of its own (no
 * place, or one the gazetteer does not know, such as an airport or a palace), is in the city of the article's dateline
 * when its visitor is of another country.
 */
final class DatelinePlaces {
    private DatelinePlaces() {
    }

    /** Provenance of a visit placed in its article's dateline city. */
    static final String DATELINE_PLACE = "dateline-place";
    /**
     * The trigger rule of arriving with no destination named ("arrived here on Monday", "arrived from Victoria"): a
     * visit only where a dateline places it; elsewhere the arrival may be anywhere, even home.
     */
    static final String ARRIVED_WITHOUT_DESTINATION = "arrived-without-destination";

    /** The city or capital the article's dateline names, if its head has a dateline that names one. */
    static Optional<PlaceRef> datelinePlace(AnnotatedDoc doc, DocEntities e) {
        List<Sentence> ss = doc.sentences();
        for (int i = 0; i < Math.min(ss.size(), Settings.DATELINE_SENTENCES); i++) {
            Sentence s = ss.get(i);
            if (s.tokens().isEmpty()) continue;
            int end = Datelines.opening(doc.text(), s.begin());
            if (end < 0) continue;
            PlaceRef first = null;
            for (PlaceRef p : e.places()) {
                boolean city = p.kind() == PlaceKind.CAPITAL || p.kind() == PlaceKind.CITY;
                if (city && p.country() != null && p.span().sentence() == s.index() && p.span().begin() < end
                        && (first == null || p.span().begin() < first.span().begin())) {
                    first = p;
                }
            }
            // the article's first dateline that names a city ("ANALYSIS:" or "PHOTO: AFP" at the head names none)
            if (first != null) return Optional.of(first);
        }
        return Optional.empty();
    }

    /** The article's dateline city, looked up once per article, or empty (no dateline city, or no publication date). */
    static Optional<PlaceRef> where(AnnotatedDoc doc, DocEntities e) {
        return doc.article().published() == null ? Optional.empty() : datelinePlace(doc, e);
    }

    /** The article's candidates, each placeless visit of its dateline's news put in the dateline's city. */
    static List<Candidate> place(AnnotatedDoc doc, DocEntities e, Optional<PlaceRef> where, List<Candidate> cs) {
        return place(doc, e, where, cs, cs, true);
    }

    /**
     * The candidates of one sentence ({@code fresh}) placed as they are told, beside the article's candidates so far
     * ({@code told}), so that what follows may read them ("She was due to leave on Saturday evening" ends the stay the
     * dateline placed); unplaced arrivals are kept until the article's end.
     */
    static List<Candidate> placeAsTold(AnnotatedDoc doc, DocEntities e, Optional<PlaceRef> where, List<Candidate> told,
                                       List<Candidate> fresh) {
        List<Candidate> context = new ArrayList<>(told);
        context.addAll(fresh);
        return place(doc, e, where, fresh, context, false);
    }

    private static List<Candidate> place(AnnotatedDoc doc, DocEntities e, Optional<PlaceRef> where, List<Candidate> mine,
                                         List<Candidate> cs, boolean last) {
        if (where.isEmpty()) return last ? mine.stream().filter(c -> !unplacedArrival(c)).toList() : mine;
        LocalDate published = doc.article().published();
        String country = where.get().country();
        String city = cityName(where.get().span().text(), country);
        List<Candidate> out = new ArrayList<>(mine.size());
        for (Candidate c : mine) {
            if (last && c.rules().contains(DATELINE_PLACE) && placedFromAfar(c, cs, country)) {
                // placed as it was told, before a later sentence put its people elsewhere at the time
                Candidate back = placed(c, city.equals(c.place()) ? null : c.place(), null);
                if (!unplacedArrival(back)) out.add(back);
                continue;
            }
            if (c.type() == EventType.MEETING && meetingNews(e, c, cs, published, country)) {
                out.add(placed(c, city, country));
                continue;
            }
            boolean news = c.type() == EventType.VISIT && c.country() == null && !regional(c.place())
                    && !c.rules().contains(EventDetector.REGIONAL_DESTINATION)
                    && (c.status() == Status.OCCURRED || c.status() == Status.ONGOING) && c.date() != null
                    && !c.date().start().isAfter(published) && !c.date().end().isBefore(published.minusDays(Settings.DATELINE_NEWS_DAYS));
            String home = news && !elsewhere(visitorOf(c), c, cs, country) ? visitorCountry(e, c) : null;
            if (home == null || home.equals(country)) {
                if (!last || !unplacedArrival(c)) out.add(c);
                continue;
            }
            out.add(placed(c, c.place() != null ? c.place() : city, country));
        }
        return out;
    }

    /** {@code c} in the dateline's place (provenance dateline-place), or, with no country, taken out of it again. */
    private static Candidate placed(Candidate c, String place, String country) {
        List<String> rules = new ArrayList<>(c.rules());
        if (country == null) rules.remove(DATELINE_PLACE);
        else rules.add(DATELINE_PLACE);
        return new Candidate(c.docId(), c.sentence(), c.begin(), c.end(), c.start(), c.stop(), c.text(), c.trigger(), c.type(),
                c.participants(), place, country, c.date(), c.durationDays(), c.status(), c.strong(), c.name(), c.published(),
                c.counterpart(), rules, c.parties());
    }

    /**
     * "ANTANANARIVO — ... held talks with Andrianasolo at the presidential palace": a meeting the article tells as held
     * (on no day, or within the dateline's news days), in no place of its own, not recalled, with someone of another
     * country than the dateline's, is where the report is filed.
     */
    private static boolean meetingNews(DocEntities e, Candidate c, List<Candidate> cs, LocalDate published, String country) {
        if (c.country() != null || c.place() != null || c.rules().contains(Candidate.BACKGROUND)) return false;
        if (c.status() != Status.OCCURRED && c.status() != Status.ONGOING) return false;
        if (c.date() != null && (c.date().start().isAfter(published)
                || c.date().end().isBefore(published.minusDays(Settings.DATELINE_NEWS_DAYS)))) {
            return false;
        }
        // a host of the dateline's country meeting someone from abroad ("SEOUL — Xi and Kim met" is filed from abroad)
        boolean foreigner = false;
        boolean host = false;
        for (LocalParticipant p : c.participants()) {
            String pc = e.people().get(p.person()).country();
            if (pc != null && !pc.equals(country)) foreigner = true;
            if (country.equals(pc)) host = true;
            // ("KAMPALA – Okello arrived in Nairobi yesterday. Okello held talks with ...": filed from home)
            if (elsewhere(p.person(), c, cs, country)) return false;
        }
        return foreigner && host;
    }

    /** Whether the article has one of the people of a placed candidate in another country at its time. */
    private static boolean placedFromAfar(Candidate c, List<Candidate> cs, String country) {
        for (LocalParticipant p : c.participants()) if (elsewhere(p.person(), c, cs, country)) return true;
        return false;
    }

    /** An arrival with no destination named that the sentence gives no country either (a visit's own trigger can). */
    private static boolean unplacedArrival(Candidate c) {
        return c.country() == null && c.rules().contains(ARRIVED_WITHOUT_DESTINATION);
    }

    /**
     * Whether the article puts a person in another country than the dateline's at the time of {@code c} ("SEOUL — Xi
     * arrived in Pyongyang on Thursday"): the report is filed from afar.
     */
    private static boolean elsewhere(int person, Candidate c, List<Candidate> cs, String country) {
        Integer visitor = person;
        for (Candidate x : cs) {
            // (a place left, "arrived from Victoria", is where the visitor no longer is; a trip to come, "flies on to
            // Lome on Thursday", not where they are)
            if (x == c || x.type() != EventType.VISIT || x.country() == null || x.country().equals(country)
                    || x.rules().contains(Candidate.LEFT_PLACE) || !visitor.equals(visitorOf(x))
                    || x.status() != Status.OCCURRED && x.status() != Status.ONGOING) {
                continue;
            }
            // (told on no day, either is at the time of the other only as the day's news: within the dateline's news days;
            // a stay told on no day after a dated one, "In Bucharest, the first stop, Ong was received", is the story's
            // background, and not where the dated one was)
            EventDate when = c.date() != null ? c.date() : EventDate.days(c.published().minusDays(Settings.DATELINE_NEWS_DAYS), c.published());
            if (x.date() == null ? c.date() != null && x.status() == c.status() && x.sentence() <= c.sentence()
                    : x.date().overlaps(when)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an unresolved place names a world region ("a tour of Africa", "his Gulf tour"), not a building or a town. */
    private static boolean regional(String place) {
        if (place == null) return false;
        for (String w : place.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (Lexicon.REGION_WORDS.contains(w) || Lexicon.GROUP_REGIONS.contains(w)) return true;
        }
        return false;
    }

    private static Integer visitorOf(Candidate c) {
        for (LocalParticipant p : c.participants()) if (p.role() == Role.VISITOR) return p.person();
        return -1;
    }

    /** The stated country of a visit's visitor, or null. */
    private static String visitorCountry(DocEntities e, Candidate c) {
        for (LocalParticipant p : c.participants()) {
            if (p.role() != Role.VISITOR) continue;
            LocalPerson lp = e.people().get(p.person());
            return lp.country();
        }
        return null;
    }

    /**
     * A dateline's city as a name is written: the gazetteer's spelling of the city in capitals ("DAR ES SALAAM" is Dar
     * es Salaam, "N'DJAMENA" N'Djamena), else each word capitalised ("PORT LOUIS" is Port Louis).
     */
    static String cityName(String dateline, String country) {
        if (!dateline.equals(dateline.toUpperCase(Locale.ROOT))) return dateline;
        java.util.Optional<dev.parley.resolve.Place> known = dev.parley.resolve.Gazetteer.get().city(dateline);
        if (known.isPresent() && known.get().country().equals(country)) return known.get().name();
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int cp : dateline.codePoints().toArray()) {
            out.appendCodePoint(start ? cp : Character.toLowerCase(cp));
            start = !Character.isLetter(cp) && cp != '\'' && cp != '’';
        }
        return out.toString();
    }
}
