package dev.parley.spark;

import dev.parley.cache.RecordCodec;
import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Person;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A candidate with the canonical people of its participants, its keys in the merge's key graph (a summit's name,
 * person ids) and its time reach in epoch days.
 */
record MergeItem(byte[] bytes, String uid, List<String> keys, LocalDate published, long reachFrom, long reachTo)
        implements Serializable {
    /** How far a publication date reaches: the merger's window for undated reports of one story. */
    static final int REACH_DAYS = 45;

    static MergeItem of(Candidate c, int index, Map<String, Person> byLocal) {
        Map<String, Person> mine = new TreeMap<>();
        for (LocalParticipant lp : c.participants()) {
            String k = Entities.localKey(c.docId(), lp.person());
            if (byLocal.containsKey(k)) mine.put(k, byLocal.get(k));
        }
        List<String> keys = new ArrayList<>();
        if (c.type() == EventType.SUMMIT && c.name() != null) keys.add("S|" + c.name().toLowerCase(Locale.ROOT));
        // a summit's people too: a summit they attended places their meeting of the same days (MeetingPlaces), so the
        // summit and the meeting must merge in one block
        for (Person p : new TreeMap<String, Person>(ids(mine)).values()) keys.add("P|" + p.id());
        // a summit that names no one takes the people of the meetings its own articles tell on its days
        // (EventMerger.attendees): its article's meetings merge in its block
        if (c.type() == EventType.SUMMIT && c.participants().isEmpty() || c.type() == EventType.MEETING) keys.add("D|" + c.docId());
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        if (c.date() != null) {
            from = c.date().start().toEpochDay();
            to = c.date().end().toEpochDay();
        }
        if (c.published() != null) {
            from = Math.min(from, c.published().toEpochDay() - REACH_DAYS);
            to = Math.max(to, c.published().toEpochDay() + REACH_DAYS);
        }
        // an undated earlier event recalled ("his last summit with X") may join an event however long before
        // (EventMerger.recalls): its reach goes back without limit
        if (c.date() == null && c.rules().contains(Candidate.BACKGROUND)) from = Long.MIN_VALUE;
        String uid = c.docId() + "#" + c.sentence() + "#" + index;
        return new MergeItem(RecordCodec.encode(List.of(c, mine)), uid, keys, c.published(), from, to);
    }

    private static Map<String, Person> ids(Map<String, Person> byLocal) {
        Map<String, Person> out = new TreeMap<>();
        for (Person p : byLocal.values()) out.put(p.id(), p);
        return out;
    }

    Candidate candidate() {
        return (Candidate) RecordCodec.decode(bytes, List.class).get(0);
    }

    @SuppressWarnings("unchecked")
    Map<String, Person> persons() {
        return (Map<String, Person>) RecordCodec.decode(bytes, List.class).get(1);
    }
}
