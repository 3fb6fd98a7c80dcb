package dev.parley.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The corpus's canonical people and the map from each document's local people to them. */
public final class Entities {
    private final List<Person> people;
    private final Map<String, Person> byLocal;

    Entities(List<Person> people, Map<String, Person> byLocal) {
        this.people = List.copyOf(people);
        this.byLocal = Map.copyOf(byLocal);
    }

    /**
     * Entities assembled from parts resolved separately (the Spark job resolves {@link EntityResolver#block}s in
     * parallel). @param byLocal canonical person by {@link #localKey} of a document's local person
     */
    public static Entities of(List<Person> people, Map<String, Person> byLocal) {
        return new Entities(people, byLocal);
    }

    public List<Person> people() {
        return people;
    }

    /** The canonical person for a document's local person, if it survived resolution. */
    public Optional<Person> canonical(String docId, int localId) {
        return Optional.ofNullable(byLocal.get(docId + "#" + localId));
    }

    /** The key of a document's local person in {@link #of}'s map. */
    public static String localKey(String docId, int localId) {
        return docId + "#" + localId;
    }
}
