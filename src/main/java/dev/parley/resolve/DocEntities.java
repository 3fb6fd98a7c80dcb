package dev.parley.resolve;

import dev.parley.mentions.EntitySpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people and places of one document, with lookups by token. */
public final class DocEntities {
    private final String docId;
    private final List<LocalPerson> people;
    private final List<PlaceRef> places;
    private final Map<Long, LocalPerson> personByToken = new HashMap<>();
    private final Map<Long, PlaceRef> placeByToken = new HashMap<>();

    public DocEntities(String docId, List<LocalPerson> people, List<PlaceRef> places) {
        this.docId = docId;
        this.people = List.copyOf(people);
        this.places = List.copyOf(places);
        for (LocalPerson p : this.people) {
            for (EntitySpan s : p.mentions()) {
                for (int t = s.first(); t <= s.last(); t++) personByToken.put(key(s.sentence(), t), p);
            }
        }
        for (PlaceRef r : this.places) {
            for (int t = r.span().first(); t <= r.span().last(); t++) placeByToken.put(key(r.span().sentence(), t), r);
        }
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    public String docId() {
        return docId;
    }

    public List<LocalPerson> people() {
        return people;
    }

    public List<PlaceRef> places() {
        return places;
    }

    public Optional<LocalPerson> personAt(int sentence, int token) {
        return Optional.ofNullable(personByToken.get(key(sentence, token)));
    }

    public Optional<PlaceRef> placeAt(int sentence, int token) {
        return Optional.ofNullable(placeByToken.get(key(sentence, token)));
    }
}
