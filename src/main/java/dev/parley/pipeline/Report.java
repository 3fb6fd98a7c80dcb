package dev.parley.pipeline;

import dev.parley.corpus.Article;
import dev.parley.corpus.Skipped;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.resolve.Person;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: documents read, events, people, country mention counts, skipped files, and (with
 * --explain) one line per trigger saying which rules fired and what became of it.
 */
public record Report(List<Article> documents, List<DiplomaticEvent> events, List<Person> people,
                     Map<String, Integer> countryMentions, List<Skipped> skipped, List<String> explanation) {
    public Report {
        explanation = List.copyOf(explanation);
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        people = List.copyOf(people);
        countryMentions = Map.copyOf(countryMentions);
        skipped = List.copyOf(skipped);
    }

    /** A report without an explanation (runs without --explain). */
    public Report(List<Article> documents, List<DiplomaticEvent> events, List<Person> people,
                  Map<String, Integer> countryMentions, List<Skipped> skipped) {
        this(documents, events, people, countryMentions, skipped, List.of());
    }
}
