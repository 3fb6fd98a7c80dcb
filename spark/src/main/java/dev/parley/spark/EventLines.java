package dev.parley.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.cache.RecordCodec;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Events as JSON Lines: each line is exactly the object the CLI's JSON has in its "events" list (ReportWriter
 * writes it; this only takes it out and puts it on one line), so the two outputs never drift apart.
 */
final class EventLines {
    private EventLines() {
    }

    static Iterator<String> of(Iterator<byte[]> events) {
        ReportWriter writer = new ReportWriter();
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        while (events.hasNext()) {
            DiplomaticEvent e = RecordCodec.decode(events.next(), DiplomaticEvent.class);
            String json = writer.toJson(new Report(List.of(), List.of(e), List.of(), Map.of(), List.of()));
            try {
                JsonNode event = mapper.readTree(json).get("events").get(0);
                out.add(mapper.writeValueAsString(event));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return out.iterator();
    }
}
