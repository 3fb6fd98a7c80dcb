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

    public List<Person> people() {
        return people;
    }

    /** The canonical person for a document's local person, if it survived resolution. */
    public Optional<Person> canonical(String docId, int localId) {
        return Optional.ofNullable(byLocal.get(docId + "#" + localId));
    }

    static String localKey(String docId, int localId) {
        return docId + "#" + localId;
    }
}
