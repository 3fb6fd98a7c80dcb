package dev.parley.codes;

import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventParticipant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Codes a merged event in CAMEO and PLOVER (docs/codes.md). The actors are countries: the participants' countries
 * and, for a visit, the visited country; a participant without a country is left out, and so is a pair of one
 * country with itself.
 */
public final class EventCoder {
    /** Meetings of this many countries or more are multilateral in PLOVER's sense. */
    static final int MULTILATERAL_COUNTRIES = 3;

    private static final Comparator<CameoDyad> ORDER =
            Comparator.comparing(CameoDyad::source).thenComparing(CameoDyad::target);

    private EventCoder() {
    }

    /** The event's CAMEO dyads and PLOVER type and mode. */
    public static EventCodes codes(DiplomaticEvent e) {
        boolean held = e.status() == Status.OCCURRED || e.status() == Status.ONGOING;
        TreeSet<String> countries = countries(e.participants(), null);
        List<CameoDyad> dyads = new ArrayList<>();
        if (e.type() == EventType.VISIT) {
            // Visitor side -> host side: the visited country and everyone in the event who is not a visitor.
            TreeSet<String> visitors = countries(e.participants(), Role.VISITOR);
            TreeSet<String> hosts = new TreeSet<>();
            if (e.placeCountry() != null) hosts.add(e.placeCountry());
            for (EventParticipant p : e.participants()) {
                if (p.role() != Role.VISITOR && p.person().country() != null) hosts.add(p.person().country());
            }
            hosts.removeAll(visitors);
            for (String v : visitors) {
                for (String h : hosts) {
                    dyads.add(new CameoDyad(v, h, held ? CameoCode.MAKE_VISIT : CameoCode.INTENT_TO_MEET));
                    dyads.add(new CameoDyad(h, v, held ? CameoCode.HOST_VISIT : CameoCode.INTENT_TO_MEET));
                }
            }
        } else {
            CameoCode code = !held ? CameoCode.INTENT_TO_MEET
                    : e.type() == EventType.CALL ? CameoCode.TELEPHONE
                    : thirdLocation(e, countries) ? CameoCode.THIRD_LOCATION
                    : CameoCode.CONSULT;
            for (String a : countries) {
                for (String b : countries) {
                    if (!a.equals(b)) dyads.add(new CameoDyad(a, b, code));
                }
            }
        }
        dyads.sort(ORDER);
        return new EventCodes(dyads, EventCodes.CONSULT, mode(e, countries));
    }

    private static PloverMode mode(DiplomaticEvent e, Set<String> countries) {
        switch (e.type()) {
            case CALL:
                return PloverMode.PHONE;
            case VISIT:
                return PloverMode.VISIT;
            case SUMMIT:
                return PloverMode.MULTILATERAL;
            default:
                if (countries.size() >= MULTILATERAL_COUNTRIES) return PloverMode.MULTILATERAL;
                return thirdLocation(e, countries) ? PloverMode.THIRD_PARTY : PloverMode.UNSPECIFIED;
        }
    }

    /** Held in a known country that is none of the participants' own. */
    private static boolean thirdLocation(DiplomaticEvent e, Set<String> countries) {
        return e.placeCountry() != null && !countries.isEmpty() && !countries.contains(e.placeCountry());
    }

    /** The known countries of the participants, of one role or (role null) of all. */
    private static TreeSet<String> countries(List<EventParticipant> participants, Role role) {
        TreeSet<String> out = new TreeSet<>();
        for (EventParticipant p : participants) {
            if ((role == null || p.role() == role) && p.person().country() != null) out.add(p.person().country());
        }
        return out;
    }
}
