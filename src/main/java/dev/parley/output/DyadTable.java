package dev.parley.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Events as CAMEO dyads: one CSV row per directed country pair of an event, as ICEWS and GDELT lay out theirs
 * (source, target, code, date), with the PLOVER type and mode, the status and the event id (docs/codes.md).
 */
final class DyadTable {
    @JsonPropertyOrder({"source_country", "target_country", "source_person", "target_person", "cameo", "plover_type",
        "plover_mode", "status", "start", "end", "event_id"})
    record Row(String source_country, String target_country, String source_person, String target_person, String cameo,
               String plover_type, String plover_mode, String status, String start, String end, String event_id) {
    }

    private DyadTable() {
    }

    static String csv(List<JsonModel.Event> events) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = mapper.schemaFor(Row.class).withHeader().withLineSeparator("\n");
        StringWriter out = new StringWriter();
        try (SequenceWriter w = mapper.writer(schema).writeValues(out)) {
            for (JsonModel.Event e : events) {
                for (Row r : rows(e)) w.write(r);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The event's rows, in the order of its CAMEO list; none when it has fewer than two known countries. */
    static List<Row> rows(JsonModel.Event e) {
        List<Row> rows = new ArrayList<>();
        JsonModel.DateJson d = e.date();
        JsonModel.Plover plover = e.codes().plover();
        for (JsonModel.Cameo c : e.codes().cameo()) {
            rows.add(new Row(c.source(), c.target(), people(e, c.source()), people(e, c.target()), c.code(), plover.type(),
                    plover.mode(), e.status(), d == null ? null : d.start(), d == null ? null : d.end(), e.id()));
        }
        return rows;
    }

    /** The names of the event's participants of one country, in participant order. */
    private static String people(JsonModel.Event e, String country) {
        List<String> names = new ArrayList<>();
        for (JsonModel.Participant p : e.participants()) {
            if (country.equals(p.country())) names.add(p.name());
        }
        return String.join("; ", names);
    }
}
