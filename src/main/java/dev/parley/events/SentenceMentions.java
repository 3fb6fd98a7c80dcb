package dev.parley.events;

import dev.parley.resolve.DocEntities;
import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import java.util.ArrayList;
import java.util.List;

/** The candidates of one sentence made one where they report one event: two triggers of a visit, a visit's meeting. */
final class SentenceMentions {
    private SentenceMentions() {
    }

    /**
     * A weak mention that only borrowed the sentence's people ({@code people-of-the-sentence}), told as to come in the
     * sentence of a full mention of those same people told as held, is another encounter, not theirs: "X and Y met on
     * Friday, agreeing to hold a meeting of their security cabinets in Tegucigalpa" does not put Friday's meeting in
     * Tegucigalpa. It is left out. (The other way round, "another summit between X and Y, who met in Geneva last
     * June", the borrowed past meeting is theirs, and stays.)
     */
    static List<Candidate> dropBorrowedAtOtherTimes(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            boolean ahead = c.status() == Status.PLANNED || c.status() == Status.PROPOSED;
            boolean otherTime = ahead && !c.strong() && c.rules().contains(BORROWED) && cs.stream().anyMatch(o -> o.strong()
                    && o.type() == c.type() && (o.status() == Status.OCCURRED || o.status() == Status.ONGOING)
                    && people(o).equals(people(c)));
            if (!otherTime) out.add(c);
        }
        return out;
    }

    static final String BORROWED = Candidate.PEOPLE_OF_THE_SENTENCE;

    private static java.util.Set<Integer> people(Candidate c) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (LocalParticipant p : c.participants()) out.add(p.person());
        return out;
    }

    /** Provenance of a visit whose start an arrival the day before, in its sentence, gives. */
    static final String ARRIVED_THE_DAY_BEFORE = "arrived-the-day-before";

    /**
     * "PM Modi, who arrived here on Tuesday, is visiting the US from June 21-24": an arrival that names no destination,
     * on the day before the days of a visit its visitor is making in the same sentence, is where that visit begins;
     * the two are one mention of the visit from the day of arrival. A journey's trigger ("who arrived here on Tuesday,
     * will travel to Boston on Wednesday") is not the stay the arrival began, and takes no arrival.
     */
    static List<Candidate> arrivalsTheDayBefore(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (Candidate a : cs) {
            if (a.type() != EventType.VISIT || a.country() != null || !a.rules().contains(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION)
                    || !exactDay(a.date()) || a.date().days() != 1) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Candidate v = out.get(i);
                if (v == a || v.type() != EventType.VISIT || v.country() == null || !sameVisitor(a, v)
                        || v.status() == Status.CANCELLED || !exactDay(v.date())
                        || !v.rules().contains(VISIT_VERB) && !v.rules().contains(VISIT_NOUN)
                        || !a.date().start().equals(v.date().start().minusDays(1))) {
                    continue;
                }
                List<String> rules = new ArrayList<>(v.rules());
                rules.add(ARRIVED_THE_DAY_BEFORE);
                out.set(i, new Candidate(v.docId(), v.sentence(), v.begin(), v.end(), v.start(), v.stop(), v.text(), v.trigger(),
                        v.type(), v.participants(), v.place(), v.country(), EventDate.days(a.date().start(), v.date().end()),
                        v.durationDays(), v.status(), v.strong(), v.name(), v.published(), v.counterpart(), rules, v.parties()));
                out.remove(a);
                break;
            }
        }
        return out;
    }

    /** The rules that find a visit itself, not a journey ("visiting the US", "a state visit to the US"). */
    private static final String VISIT_VERB = "visit-verb";
    private static final String VISIT_NOUN = "visit-noun";

    private static boolean exactDay(EventDate d) {
        return d != null && d.precision() == Precision.DAY && !d.approximate();
    }

    /** Two triggers of one event in one sentence ("arrived in Moscow for a four-day visit") become one mention. */
    static List<Candidate> combine(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Candidate o = out.get(i);
                if (o.type() == c.type() && c.type() == EventType.VISIT && sameVisitor(o, c)
                        && (o.country() == null || c.country() == null || o.country().equals(c.country())) && sameTime(o, c)
                        // "left Pyongyang on Friday after a two-day visit": the leaving dates the stay's end, not the
                        // visit's own mention; the two stay apart
                        && o.rules().contains(Candidate.LEFT_PLACE) == c.rules().contains(Candidate.LEFT_PLACE)
                        // ("landed at Helsinki-Vantaa on Friday morning after a five-day tour of Saudi Arabia, Qatar and
                        // Oman": what the landing comes after is over by its day, and not on it)
                        && o.rules().contains(Candidate.COMPLETED) == c.rules().contains(Candidate.COMPLETED)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(c);
                continue;
            }
            Candidate o = out.get(same);
            // ("her week-long tour last month that took her to Cabo Verde, Benin and Togo": a trip that names no country,
            // told with legs to several, is the whole trip; its time is only roughly a leg's, its length none)
            Candidate leg = o.country() != null ? o : c;
            Candidate trip = o.country() != null ? c : o;
            boolean wholeTrip = trip.country() == null && leg.country() != null && hasLegs(cs, trip);
            List<LocalParticipant> ps = new ArrayList<>(o.participants());
            for (LocalParticipant p : c.participants()) {
                if (ps.stream().noneMatch(x -> x.person() == p.person())) ps.add(p);
            }
            List<String> rules = new ArrayList<>(o.rules());
            for (String r : c.rules()) if (!rules.contains(r)) rules.add(r);
            // ("arrived here yesterday for a three-day state visit": the visit's own trigger makes it more than an arrival)
            if (o.rules().contains(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION) != c.rules().contains(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION)) {
                rules.remove(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION);
            }
            EventDate date = o.date() != null ? o.date() : c.date();
            int days = Math.max(o.durationDays(), c.durationDays());
            if (wholeTrip) {
                date = leg.date() != null ? leg.date() : trip.date() != null ? trip.date().asApproximate() : null;
                days = leg.durationDays();
                if (leg.date() == null && trip.date() != null && !rules.contains(EventDetector.SPAN_OF_THE_TRIP)) {
                    rules.add(EventDetector.SPAN_OF_THE_TRIP);
                }
            }
            out.set(same, new Candidate(o.docId(), o.sentence(), o.begin(), o.end(), o.start(), o.stop(), o.text(), o.trigger(), o.type(), ps,
                    o.place() != null ? o.place() : c.place(), o.country() != null ? o.country() : c.country(),
                    date, days,
                    o.status(), o.strong() || c.strong(), o.name(), o.published(), o.counterpart() || c.counterpart(), rules,
                    o.parties()));
        }
        return out;
    }

    /** Whether one trigger of the sentence takes the visitor of a trip to several countries (its conjoined destinations). */
    private static boolean hasLegs(List<Candidate> cs, Candidate trip) {
        for (Candidate x : cs) {
            if (x.type() == EventType.VISIT && x.rules().contains(EventDetector.CONJOINED_DESTINATION) && sameVisitor(trip, x)) return true;
        }
        return false;
    }

    /**
     * "travelled to Abuja for talks with Nigerian President X", "is visiting Berlin, where he is holding talks with
     * German Foreign Minister Y": in one sentence, a meeting of a visitor with people of the country visited is the
     * visit's own business; they join the visit as its hosts and the meeting is not a second event. Unnamed officials of
     * the state visited ("talks with his Ukrainian counterpart") join it as a party.
     */
    static List<Candidate> foldHostMeetings(List<Candidate> cs, DocEntities e) {
        List<Candidate> out = new ArrayList<>(cs);
        for (Candidate m : cs) {
            if (m.type() != EventType.MEETING) continue;
            for (int i = 0; i < out.size(); i++) {
                Candidate v = out.get(i);
                if (v.type() != EventType.VISIT || v.country() == null) continue;
                Integer visitor = null;
                for (LocalParticipant p : v.participants()) if (p.role() == Role.VISITOR) visitor = p.person();
                if (visitor == null) continue;
                boolean withVisitor = false;
                boolean othersHosts = true;
                List<LocalParticipant> hosts = new ArrayList<>();
                for (LocalParticipant p : m.participants()) {
                    if (p.person() == visitor) {
                        withVisitor = true;
                    } else if (v.country().equals(e.people().get(p.person()).country())) {
                        hosts.add(new LocalParticipant(p.person(), Role.HOST, p.token()));
                    } else if (e.people().get(p.person()).country() == null && !Actors.holdsOffice(e.people().get(p.person()).titles())
                            && Actors.organisation(e.people().get(p.person()).titles()).isEmpty()) {
                        // "received by President X and First Lady Y": one of no stated country or office goes with the hosts
                        hosts.add(new LocalParticipant(p.person(), Role.HOST, p.token()));
                    } else {
                        othersHosts = false;
                    }
                }
                // "is due in Kyiv for talks with his Ukrainian counterpart": the officials of the state visited, unnamed
                boolean hostState = m.parties().contains(v.country());
                if (!withVisitor || !othersHosts || hosts.isEmpty() && !hostState) continue;
                List<String> parties = new ArrayList<>(v.parties());
                if (hostState && !parties.contains(v.country())) parties.add(v.country());
                List<LocalParticipant> ps = new ArrayList<>(v.participants());
                for (LocalParticipant h : hosts) if (ps.stream().noneMatch(x -> x.person() == h.person())) ps.add(h);
                List<String> rules = new ArrayList<>(v.rules());
                rules.add("meeting-inside-visit");
                out.set(i, new Candidate(v.docId(), v.sentence(), v.begin(), v.end(), v.start(), v.stop(), v.text(), v.trigger(),
                        v.type(), ps, v.place(), v.country(), spanOf(v.date(), m.date()), v.durationDays(),
                        v.status(), v.strong(), v.name(), v.published(), v.counterpart() || m.counterpart(), rules, parties));
                out.remove(m);
                break;
            }
        }
        return out;
    }

    /** Days after a visit's stated day within which the day of its talks extends it. */
    static final int TALKS_DAYS = 6;

    /**
     * A visit's days with those of its talks: "will arrive in Ottawa on Sunday and hold talks with X the following
     * day" is a visit of Sunday and Monday. Only days, exactly stated, and only later talks within {@link #TALKS_DAYS};
     * a visit dated more loosely keeps its own date.
     */
    static EventDate spanOf(EventDate visit, EventDate talks) {
        if (visit == null) return talks;
        if (talks == null || visit.approximate() || talks.approximate() || visit.precision() != Precision.DAY
                || talks.precision() != Precision.DAY) {
            return visit;
        }
        if (talks.start().isBefore(visit.start()) || talks.end().isAfter(visit.start().plusDays(TALKS_DAYS))) return visit;
        return talks.end().isAfter(visit.end()) ? EventDate.days(visit.start(), talks.end()) : visit;
    }

    /** Not a plan and its moved date ("postponed from May to June"): both dated and apart, or one cancelled. */
    private static boolean sameTime(Candidate a, Candidate b) {
        if ((a.status() == Status.CANCELLED) != (b.status() == Status.CANCELLED)) return false;
        return a.date() == null || b.date() == null || a.date().overlaps(b.date());
    }

    private static boolean sameVisitor(Candidate a, Candidate b) {
        for (LocalParticipant x : a.participants()) {
            if (x.role() != Role.VISITOR) continue;
            for (LocalParticipant y : b.participants()) if (y.role() == Role.VISITOR && y.person() == x.person()) return true;
        }
        return false;
    }
}
