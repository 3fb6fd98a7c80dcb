package dev.parley.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON shape of parley's output (format parley-events/1); field order is the contract's. */
final class JsonModel {
    private JsonModel() {
    }

    @JsonPropertyOrder({"format", "documents", "events", "people", "countries", "skipped"})
    record Root(String format, List<Document> documents, List<Event> events, List<PersonJson> people,
                List<CountryJson> countries, List<SkippedJson> skipped) {
    }

    @JsonPropertyOrder({"id", "title", "published", "publishedFrom"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Document(String id, String title, String published, String publishedFrom) {
    }

    @JsonPropertyOrder({"id", "type", "label", "status", "participants", "countries", "location", "date", "confidence",
        "codes", "mentions"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Event(String id, String type, String label, String status, List<Participant> participants,
                 List<String> countries, Location location, DateJson date, double confidence, Codes codes,
                 List<Mention> mentions) {
    }

    /** The event's CAMEO dyads and PLOVER type and mode (docs/codes.md). */
    @JsonPropertyOrder({"cameo", "plover"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Codes(List<Cameo> cameo, Plover plover) {
    }

    @JsonPropertyOrder({"source", "target", "code"})
    record Cameo(String source, String target, String code) {
    }

    /** mode is null where no PLOVER mode fits, as the PLOVER manual leaves it. */
    @JsonPropertyOrder({"type", "mode"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Plover(String type, String mode) {
    }

    @JsonPropertyOrder({"name", "person", "country", "role"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Participant(String name, String person, String country, String role) {
    }

    @JsonPropertyOrder({"place", "country"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Location(String place, String country) {
    }

    @JsonPropertyOrder({"start", "end", "precision", "approximate"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DateJson(String start, String end, String precision, Boolean approximate) {
    }

    @JsonPropertyOrder({"document", "sentence", "start", "end", "text", "trigger", "status", "date"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Mention(String document, int sentence, int start, int end, String text, String trigger, String status, DateJson date) {
    }

    @JsonPropertyOrder({"id", "name", "aliases", "country", "titles", "mentions"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PersonJson(String id, String name, List<String> aliases, String country, List<String> titles, int mentions) {
    }

    @JsonPropertyOrder({"code", "name", "mentions"})
    record CountryJson(String code, String name, int mentions) {
    }

    @JsonPropertyOrder({"document", "reason"})
    record SkippedJson(String document, String reason) {
    }
}
