package dev.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.corpus.Article;
import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.merge.EventParticipant;
import dev.parley.pipeline.Report;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --format dyads on hand-built events: every row below is worked out by hand from docs/codes.md. */
class DyadTableTest {
    static Person person(String name, String country) {
        return new Person("p-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, List.of(), country,
                List.of(), 1, false);
    }

    static final Person LAVROV = person("Sergey Lavrov", "RUS");
    static final Person WANG = person("Wang Yi", "CHN");
    static final Person PUTIN = person("Vladimir Putin", "RUS");
    static final Person BIDEN = person("Joe Biden", "USA");
    static final Person XI = person("Xi Jinping", "CHN");
    static final Person NOBODY = person("Jane Doe", null);

    static DiplomaticEvent event(String id, EventType type, Status status, String placeCountry, EventDate date,
                                 Object... personsAndRoles) {
        List<EventParticipant> ps = new ArrayList<>();
        for (int i = 0; i < personsAndRoles.length; i += 2) {
            ps.add(new EventParticipant((Person) personsAndRoles[i], (Role) personsAndRoles[i + 1]));
        }
        return new DiplomaticEvent(id, type, "label of " + id, status, ps, List.of(), null, placeCountry, date, 0.5,
                List.of(new EventMention("a.txt", 0, 0, 1, "x", "met", status, date)));
    }

    static EventDate day(int y, int m, int d) {
        return EventDate.day(LocalDate.of(y, m, d));
    }

    static Report report() {
        List<DiplomaticEvent> events = List.of(
                event("ev-1111111111111111", EventType.VISIT, Status.OCCURRED, "CHN",
                        EventDate.days(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 23)), LAVROV, Role.VISITOR, WANG, Role.HOST),
                event("ev-4444444444444444", EventType.VISIT, Status.PLANNED, "CHN", day(2024, 10, 15), PUTIN, Role.VISITOR),
                event("ev-5555555555555555", EventType.MEETING, Status.OCCURRED, "IDN", day(2022, 11, 14),
                        BIDEN, Role.COUNTERPART, XI, Role.PARTICIPANT),
                event("ev-7777777777777777", EventType.MEETING, Status.OCCURRED, "JPN", day(2021, 3, 16),
                        person("Toshimitsu Motegi", "JPN"), Role.COUNTERPART, person("Antony Blinken", "USA"), Role.PARTICIPANT,
                        person("Lloyd Austin", "USA"), Role.PARTICIPANT),
                event("ev-3333333333333333", EventType.CALL, Status.OCCURRED, null, null,
                        person("Emmanuel Macron", "FRA"), Role.PARTICIPANT, PUTIN, Role.COUNTERPART),
                event("ev-2222222222222222", EventType.SUMMIT, Status.OCCURRED, "TZA", EventDate.month(YearMonth.of(2023, 10)),
                        person("William Ruto", "KEN"), Role.PARTICIPANT, person("Samia Suluhu Hassan", "TZA"), Role.PARTICIPANT,
                        person("Yoweri Museveni", "UGA"), Role.PARTICIPANT, NOBODY, Role.PARTICIPANT),
                event("ev-6666666666666666", EventType.MEETING, Status.OCCURRED, null, day(2023, 1, 5),
                        WANG, Role.PARTICIPANT, NOBODY, Role.COUNTERPART));
        Article a = new Article("a.txt", "A", "x", LocalDate.of(2024, 1, 1), "frontmatter", Map.of());
        return new Report(List.of(a), events, List.of(), Map.of(), List.of());
    }

    /** Jackson's CSV writer quotes every value with a space, as in --format csv; RFC 4180 readers take either. */
    @Test void oneRowPerDirectedCountryPairOfEachEvent() {
        String expected = """
                source_country,target_country,source_person,target_person,cameo,plover_type,plover_mode,status,start,end,event_id
                CHN,RUS,"Wang Yi","Sergey Lavrov",043,CONSULT,visit,occurred,2021-03-22,2021-03-23,ev-1111111111111111
                RUS,CHN,"Sergey Lavrov","Wang Yi",042,CONSULT,visit,occurred,2021-03-22,2021-03-23,ev-1111111111111111
                CHN,RUS,,"Vladimir Putin",036,CONSULT,visit,planned,2024-10-15,2024-10-15,ev-4444444444444444
                RUS,CHN,"Vladimir Putin",,036,CONSULT,visit,planned,2024-10-15,2024-10-15,ev-4444444444444444
                CHN,USA,"Xi Jinping","Joe Biden",044,CONSULT,third-party,occurred,2022-11-14,2022-11-14,ev-5555555555555555
                USA,CHN,"Joe Biden","Xi Jinping",044,CONSULT,third-party,occurred,2022-11-14,2022-11-14,ev-5555555555555555
                JPN,USA,"Toshimitsu Motegi","Antony Blinken; Lloyd Austin",040,CONSULT,,occurred,2021-03-16,2021-03-16,ev-7777777777777777
                USA,JPN,"Antony Blinken; Lloyd Austin","Toshimitsu Motegi",040,CONSULT,,occurred,2021-03-16,2021-03-16,ev-7777777777777777
                FRA,RUS,"Emmanuel Macron","Vladimir Putin",041,CONSULT,phone,occurred,,,ev-3333333333333333
                RUS,FRA,"Vladimir Putin","Emmanuel Macron",041,CONSULT,phone,occurred,,,ev-3333333333333333
                KEN,TZA,"William Ruto","Samia Suluhu Hassan",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                KEN,UGA,"William Ruto","Yoweri Museveni",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                TZA,KEN,"Samia Suluhu Hassan","William Ruto",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                TZA,UGA,"Samia Suluhu Hassan","Yoweri Museveni",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                UGA,KEN,"Yoweri Museveni","William Ruto",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                UGA,TZA,"Yoweri Museveni","Samia Suluhu Hassan",040,CONSULT,multilateral,occurred,2023-10,2023-10,ev-2222222222222222
                """;
        // ev-6666666666666666 (Wang Yi and a person of no known country) has no row
        assertEquals(expected, new ReportWriter().render(report(), OutputFormat.DYADS));
    }

    @Test void rowsMatchTheJsonCodesAndReadBackWithACsvParser() throws Exception {
        ReportWriter writer = new ReportWriter();
        String csv = writer.render(report(), OutputFormat.DYADS);
        MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv);
        List<Map<String, String>> rows = it.readAll();
        var events = new com.fasterxml.jackson.databind.ObjectMapper().readTree(writer.toJson(report())).get("events");
        int i = 0;
        for (var e : events) {
            for (var c : e.get("codes").get("cameo")) {
                Map<String, String> row = rows.get(i++);
                assertEquals(e.get("id").asText(), row.get("event_id"));
                assertEquals(c.get("source").asText(), row.get("source_country"));
                assertEquals(c.get("target").asText(), row.get("target_country"));
                assertEquals(c.get("code").asText(), row.get("cameo"));
                assertEquals(e.get("status").asText(), row.get("status"));
            }
        }
        assertEquals(rows.size(), i, "no row without a JSON dyad");
    }

    @Test void noEventsIsTheHeaderAlone() {
        Report empty = new Report(List.of(), List.of(), List.of(), Map.of(), List.of());
        assertEquals("source_country,target_country,source_person,target_person,cameo,plover_type,plover_mode,status,"
                + "start,end,event_id\n", new ReportWriter().render(empty, OutputFormat.DYADS));
    }
}
