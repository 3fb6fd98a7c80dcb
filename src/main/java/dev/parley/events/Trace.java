package dev.parley.events;

import dev.parley.resolve.DocEntities;
import dev.parley.resolve.LocalPerson;
import java.util.Objects;

/**
 * What the detector did with one trigger, for {@code parley extract --explain}: the rule that fired and either the
 * candidate it made or why none was made.
 *
 * @param token   1-based index of the trigger token in its sentence
 * @param outcome "candidate: ..." or "dropped: <reason>"
 */
public record Trace(String docId, int sentence, int token, String trigger, String rule, String outcome) {
    public Trace {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** One line on a candidate: type, people and roles, place, date, status, and whether it stands alone. */
    static String describe(Candidate c, DocEntities e) {
        StringBuilder sb = new StringBuilder(c.type().name().toLowerCase(java.util.Locale.ROOT));
        for (LocalParticipant p : c.participants()) {
            LocalPerson lp = e.people().get(p.person());
            sb.append(' ').append(lp.name()).append(" (").append(p.role().name().toLowerCase(java.util.Locale.ROOT))
                    .append(lp.country() == null ? "" : ", " + lp.country()).append(')');
        }
        if (!c.parties().isEmpty()) sb.append(" with ").append(String.join(", ", c.parties())).append(" (a group)");
        if (c.name() != null) sb.append(" '").append(c.name()).append('\'');
        if (c.country() != null) sb.append(" in ").append(c.place() != null ? c.place() + ", " : "").append(c.country());
        if (c.date() != null) sb.append(", ").append(c.date().start()).append("..").append(c.date().end());
        sb.append(", ").append(c.status().name().toLowerCase(java.util.Locale.ROOT));
        sb.append(c.strong() ? " (stands alone)" : " (weak: only supports an event found elsewhere)");
        return sb.toString();
    }
}
