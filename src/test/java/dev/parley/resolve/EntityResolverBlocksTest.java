package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.mentions.EntityKind;
import dev.parley.mentions.EntitySpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Resolving each block alone and uniting the results equals resolving the corpus (the Spark job relies on it). */
class EntityResolverBlocksTest {
    private static LocalPerson person(int id, String name, boolean familyFirst, String country, int mentions) {
        List<EntitySpan> spans = new ArrayList<>();
        for (int i = 0; i < mentions; i++) spans.add(new EntitySpan(i, 1, 1, 0, name.length(), name, EntityKind.PERSON));
        return new LocalPerson(id, name, familyFirst, country, List.of(), spans);
    }

    private static final List<DocEntities> CORPUS = List.of(
            new DocEntities("a.txt", List.of(person(0, "Sergey Lavrov", false, "RUS", 3), person(1, "Wang Yi", false, "CHN", 2)), List.of()),
            new DocEntities("b.txt", List.of(person(0, "Sergei Lavrov", false, null, 1), person(1, "Wang", true, null, 2),
                    person(2, "Lavrov", false, null, 2)), List.of()),
            new DocEntities("c.txt", List.of(person(0, "Antony Blinken", false, "USA", 2), person(1, "Tony Blinken", false, null, 1),
                    person(2, "Yi", false, null, 1)), List.of()),
            // a lone name that is an inner part of one full name elsewhere is resolved in that name's block
            new DocEntities("d.txt", List.of(person(0, "Luiz Inacio Lula da Silva", false, "BRA", 2)), List.of()),
            new DocEntities("e.txt", List.of(person(0, "Lula", false, null, 3)), List.of()),
            // a first surname one article calls him by keys the name in every article ("Valdivieso" for "Ignacio
            // Valdivieso Cárcamo"), also in g.txt, which never does
            new DocEntities("f.txt", List.of(new LocalPerson(0, "Ignacio Valdivieso Cárcamo", false, "CHL", List.of(), List.of(
                    new EntitySpan(0, 1, 3, 0, 26, "Ignacio Valdivieso Cárcamo", EntityKind.PERSON),
                    new EntitySpan(1, 1, 1, 0, 10, "Valdivieso", EntityKind.PERSON)))), List.of()),
            new DocEntities("g.txt", List.of(person(0, "Ignacio Valdivieso Cárcamo", false, "CHL", 2)), List.of()),
            new DocEntities("h.txt", List.of(person(0, "Ignacio Valdivieso", false, "CHL", 2)), List.of()));

    @Test
    void blocksResolvedAloneEqualTheWholeCorpus() {
        Entities whole = new EntityResolver().resolve(CORPUS);

        Set<String> familyFirst = new HashSet<>();
        for (DocEntities d : CORPUS) for (LocalPerson p : d.people()) familyFirst.addAll(EntityResolver.nameFacts(p));
        // "Mr Wang", a Chinese name, and the surname f.txt calls Valdivieso by
        assertEquals(Set.of("wang", "wangyi", "~ignaciovaldiviesocarcamo~valdivieso"), familyFirst);
        Set<String> fullKeys = new HashSet<>();
        Map<String, Set<String>> innerOwners = new TreeMap<>();
        for (DocEntities d : CORPUS) {
            for (LocalPerson p : d.people()) {
                EntityResolver.fullKey(p, familyFirst).ifPresent(k -> {
                    fullKeys.add(k);
                    for (String part : EntityResolver.innerParts(p, familyFirst)) innerOwners.computeIfAbsent(part, x -> new HashSet<>()).add(k);
                });
            }
        }
        Map<String, Map<String, List<LocalPerson>>> blocks = new TreeMap<>();
        for (DocEntities d : CORPUS) {
            for (LocalPerson p : d.people()) {
                blocks.computeIfAbsent(EntityResolver.block(p, familyFirst, fullKeys, innerOwners), k -> new TreeMap<>())
                        .computeIfAbsent(d.docId(), k -> new ArrayList<>()).add(p);
            }
        }
        assertEquals(Set.of("lavrov", "wang", "blinken", "yi", "silva", "valdivieso"), blocks.keySet(),
                "Lula is in the block of da Silva; Valdivieso Cárcamo in that of Valdivieso");
        List<Person> people = new ArrayList<>();
        Map<String, Person> byLocal = new HashMap<>();
        for (Map<String, List<LocalPerson>> block : blocks.values()) {
            List<DocEntities> docs = new ArrayList<>();
            block.forEach((doc, ps) -> docs.add(new DocEntities(doc, ps, List.of())));
            Entities part = new EntityResolver().resolve(docs);
            people.addAll(part.people());
            for (DocEntities d : docs) {
                for (LocalPerson p : d.people()) part.canonical(d.docId(), p.id()).ifPresent(c -> byLocal.put(Entities.localKey(d.docId(), p.id()), c));
            }
        }
        people.sort(Comparator.comparing(Person::name).thenComparing(Person::id));
        Entities united = Entities.of(people, byLocal);

        assertEquals(whole.people(), united.people());
        assertEquals(whole.people().size(), whole.people().stream().map(Person::id).distinct().count(), "one person per id");
        assertEquals(whole.canonical("f.txt", 0), whole.canonical("g.txt", 0));
        assertEquals(whole.canonical("f.txt", 0), whole.canonical("h.txt", 0));
        for (DocEntities d : CORPUS) {
            for (LocalPerson p : d.people()) assertEquals(whole.canonical(d.docId(), p.id()), united.canonical(d.docId(), p.id()));
        }
    }
}
