package dev.parley.merge;

import dev.parley.events.EventType;
import dev.parley.events.Status;
import dev.parley.time.EventDate;
import java.util.List;
import java.util.Objects;

/**
 * One real event, merged from every mention that reports it.
 *
 * @param place        the place named (city or country as written), or null
 * @param placeCountry alpha-3 code of where it takes place (for a visit, the visited country), or null
 * @param date         the event's date, or null when no article places it
 * @param confidence   in [0, 1], from the number of independent articles and the strength of their evidence
 */
public record DiplomaticEvent(String id, EventType type, String label, Status status,
                              List<EventParticipant> participants, List<String> countries, String place,
                              String placeCountry, EventDate date, double confidence, List<EventMention> mentions) {
    public DiplomaticEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        mentions = List.copyOf(mentions);
    }
}
