package dev.parley.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.codes.CameoDyad;
import dev.parley.codes.EventCodes;
import dev.parley.codes.EventCoder;
import dev.parley.corpus.Article;
import dev.parley.corpus.Skipped;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.merge.EventParticipant;
import dev.parley.pipeline.Report;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a {@link Report} as parley-events/1 JSON: stable field order, two-space indent, "\n" line ends. */
public final class ReportWriter {
    public static final String FORMAT = "parley-events/1";

    private final ObjectWriter writer;
    private final ObjectWriter lineWriter;

    public ReportWriter() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        this.writer = mapper.writer(pp);
        this.lineWriter = mapper.writer();
    }

    /** The report in the given format, ending with a line break (empty for JSONL without events). */
    public String render(Report report, OutputFormat format) {
        switch (format) {
            case JSON:
                return toJson(report);
            case JSONL:
                return toJsonLines(report);
            case CSV:
                return EventTable.csv(model(report).events());
            case DYADS:
                return DyadTable.csv(model(report).events());
            case HTML:
                // Through the JSON text, so that 'extract --format html' and 'extract | report' give the same bytes.
                return HtmlReport.render(HtmlReport.read(toJson(report), "output"), "output");
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** One compact event object per line, in the JSON's event order. */
    public String toJsonLines(Report report) {
        StringBuilder sb = new StringBuilder();
        try {
            for (JsonModel.Event e : model(report).events()) sb.append(lineWriter.writeValueAsString(e)).append('\n');
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
        return sb.toString();
    }

    /** The JSON of {@link #toJson}, written to {@code out} as it is made: no copy of the whole text on the heap. */
    public void write(Report report, Writer out) throws IOException {
        writer.writeValue(out, model(report));
        out.write("\n");
        out.flush();
    }

    /**
     * The bytes of {@link #render} in UTF-8, written to {@code out}: JSON as it is made (a large corpus's output is
     * never one string on the heap), the other formats rendered first.
     */
    public void write(Report report, OutputFormat format, java.io.OutputStream out) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        if (format == OutputFormat.JSON) {
            write(report, w);
        } else {
            w.write(render(report, format));
            w.flush();
        }
    }

    public String toJson(Report report) {
        try {
            return writer.writeValueAsString(model(report)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    static JsonModel.Root model(Report r) {
        Gazetteer g = Gazetteer.get();
        List<JsonModel.Document> docs = new ArrayList<>();
        for (Article a : r.documents()) {
            docs.add(new JsonModel.Document(a.id(), a.title(), a.published() == null ? null : a.published().toString(),
                    a.publishedFrom()));
        }
        List<JsonModel.Event> events = new ArrayList<>();
        for (DiplomaticEvent e : r.events()) events.add(event(e));
        List<JsonModel.PersonJson> people = new ArrayList<>();
        for (Person p : r.people()) {
            people.add(new JsonModel.PersonJson(p.id(), p.name(), p.aliases(), p.country(), p.titles(), p.mentions()));
        }
        List<JsonModel.CountryJson> countries = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(r.countryMentions()).entrySet()) {
            countries.add(new JsonModel.CountryJson(e.getKey(), g.name(e.getKey()), e.getValue()));
        }
        List<JsonModel.SkippedJson> skipped = new ArrayList<>();
        for (Skipped s : r.skipped()) skipped.add(new JsonModel.SkippedJson(s.document(), s.reason()));
        return new JsonModel.Root(FORMAT, docs, events, people, countries, skipped);
    }

    static JsonModel.Event event(DiplomaticEvent e) {
        List<JsonModel.Participant> ps = new ArrayList<>();
        for (EventParticipant p : e.participants()) {
            ps.add(new JsonModel.Participant(p.person().name(), p.person().id(), p.person().country(), p.role().json()));
        }
        List<JsonModel.Mention> ms = new ArrayList<>();
        for (EventMention m : e.mentions()) {
            ms.add(new JsonModel.Mention(m.document(), m.sentence(), m.start(), m.end(), m.text(), m.trigger(),
                    m.status().json(), date(m.date())));
        }
        return new JsonModel.Event(e.id(), e.type().json(), e.label(), e.status().json(), ps, e.countries(),
                new JsonModel.Location(e.place(), e.placeCountry()), date(e.date()), e.confidence(), codes(e), ms);
    }

    static JsonModel.Codes codes(DiplomaticEvent e) {
        EventCodes c = EventCoder.codes(e);
        List<JsonModel.Cameo> cameo = new ArrayList<>();
        for (CameoDyad d : c.cameo()) cameo.add(new JsonModel.Cameo(d.source(), d.target(), d.code().code()));
        return new JsonModel.Codes(cameo, new JsonModel.Plover(c.ploverType(), c.ploverMode().json()));
    }

    static JsonModel.DateJson date(EventDate d) {
        if (d == null) return null;
        return new JsonModel.DateJson(d.startIso(), d.endIso(), d.precision().json(), d.approximate() ? Boolean.TRUE : null);
    }
}
