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
    /** Built on first use: the corpus level keeps a document's entities but never asks by token. */
    private Lookup lookup;

    private record Lookup(Map<Long, LocalPerson> personByToken, Map<Long, PlaceRef> placeByToken) {
    }

    public DocEntities(String docId, List<LocalPerson> people, List<PlaceRef> places) {
        this.docId = docId;
        this.people = List.copyOf(people);
        this.places = List.copyOf(places);
    }

    private synchronized Lookup lookup() {
        if (lookup == null) {
            Map<Long, LocalPerson> personByToken = new HashMap<>();
            Map<Long, PlaceRef> placeByToken = new HashMap<>();
            for (LocalPerson p : people) {
                for (EntitySpan s : p.mentions()) {
                    for (int t = s.first(); t <= s.last(); t++) personByToken.put(key(s.sentence(), t), p);
                }
            }
            for (PlaceRef r : places) {
                for (int t = r.span().first(); t <= r.span().last(); t++) placeByToken.put(key(r.span().sentence(), t), r);
            }
            lookup = new Lookup(personByToken, placeByToken);
        }
        return lookup;
    }

    /** The same people and places without the lookups by token this one may have built (what a run keeps). */
    public DocEntities compact() {
        return new DocEntities(docId, people, places);
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
        return Optional.ofNullable(lookup().personByToken().get(key(sentence, token)));
    }

    public Optional<PlaceRef> placeAt(int sentence, int token) {
        return Optional.ofNullable(lookup().placeByToken().get(key(sentence, token)));
    }
}
