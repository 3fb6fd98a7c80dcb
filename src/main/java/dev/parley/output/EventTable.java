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
import java.util.TreeSet;

/** Events as CSV: one row per event, the columns analysts filter on; Jackson's CSV module does the RFC 4180 quoting. */
final class EventTable {
    @JsonPropertyOrder({"id", "type", "label", "status", "start", "end", "precision", "place", "location_country",
        "participants", "countries", "articles", "confidence"})
    record Row(String id, String type, String label, String status, String start, String end, String precision,
               String place, String location_country, String participants, String countries, int articles,
               double confidence) {
    }

    private EventTable() {
    }

    static String csv(List<JsonModel.Event> events) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = mapper.schemaFor(Row.class).withHeader().withLineSeparator("\n");
        StringWriter out = new StringWriter();
        try (SequenceWriter w = mapper.writer(schema).writeValues(out)) {
            for (JsonModel.Event e : events) w.write(row(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    static Row row(JsonModel.Event e) {
        List<String> ps = new ArrayList<>();
        for (JsonModel.Participant p : e.participants()) {
            ps.add(p.country() == null ? p.name() : p.name() + " (" + p.country() + ")");
        }
        TreeSet<String> docs = new TreeSet<>();
        for (JsonModel.Mention m : e.mentions()) docs.add(m.document());
        JsonModel.DateJson d = e.date();
        return new Row(e.id(), e.type(), e.label(), e.status(), d == null ? null : d.start(), d == null ? null : d.end(),
                d == null ? null : d.precision(), e.location().place(), e.location().country(), String.join("; ", ps),
                String.join("; ", e.countries()), docs.size(), e.confidence());
    }
}
