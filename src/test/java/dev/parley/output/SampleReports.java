package dev.parley.output;

import dev.parley.corpus.Article;
import dev.parley.corpus.Skipped;
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
import java.util.List;
import java.util.Map;

/** Hand-built reports: two documents, two events (one undated, one with a comma and quotes in its label), a skip. */
public final class SampleReports {
    private SampleReports() {
    }

    public static final Person LAVROV = new Person("p-sergey-lavrov", "Sergey Lavrov", List.of("Lavrov"), "RUS",
            List.of("Foreign Minister"), 4, false);
    public static final Person WANG = new Person("p-wang-yi", "Wang Yi", List.of(), "CHN", List.of(), 2, true);
    public static final Person NOBODY = new Person("p-jane-doe", "Jane Doe", List.of(), null, List.of(), 1, false);

    public static Report report() {
        Article a = new Article("a.txt", "First", "Lavrov will visit China on 22 March.", LocalDate.of(2021, 3, 18),
                "frontmatter", Map.of());
        Article b = new Article("sub/b.txt", "Second", "Wang Yi met \"Jane\" Doe, a diplomat, in October.", null, null,
                Map.of());
        DiplomaticEvent visit = new DiplomaticEvent("ev-0123456789abcdef", EventType.VISIT, "Lavrov visits China, 22–23 March 2021",
                Status.PLANNED, List.of(new EventParticipant(LAVROV, Role.VISITOR), new EventParticipant(WANG, Role.HOST)),
                List.of("CHN", "RUS"), "China", "CHN", EventDate.days(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 23)),
                0.9, List.of(new EventMention("a.txt", 0, 0, 37, "Lavrov will visit China on 22 March.", "visit",
                        Status.PLANNED, EventDate.day(LocalDate.of(2021, 3, 22)))));
        DiplomaticEvent meeting = new DiplomaticEvent("ev-fedcba9876543210", EventType.MEETING, "Wang Yi meets \"Jane\" Doe, again",
                Status.OCCURRED, List.of(new EventParticipant(WANG, Role.PARTICIPANT), new EventParticipant(NOBODY, Role.COUNTERPART)),
                List.of("CHN"), null, null, EventDate.month(YearMonth.of(2023, 10)), 0.5,
                List.of(new EventMention("sub/b.txt", 0, 0, 48, "Wang Yi met \"Jane\" Doe, a diplomat, in October.", "met",
                                Status.OCCURRED, null),
                        new EventMention("a.txt", 0, 0, 37, "Lavrov will visit China on 22 March.", "visit",
                                Status.OCCURRED, null)));
        return new Report(List.of(a, b), List.of(visit, meeting), List.of(NOBODY, LAVROV, WANG), Map.of("CHN", 2, "RUS", 1),
                List.of(new Skipped("broken.json", "malformed JSON at line 1")));
    }
}
