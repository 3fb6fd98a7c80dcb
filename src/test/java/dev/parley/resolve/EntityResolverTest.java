package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parley.mentions.EntityKind;
import dev.parley.mentions.EntitySpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical people across documents, from hand-built per-document people. */
class EntityResolverTest {

    /** A local person with n mentions (spans are placeholders; only their count and text matter here). */
    private static LocalPerson lp(int id, String name, String country, int n) {
        List<EntitySpan> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) spans.add(new EntitySpan(i, 1, 1, 0, name.length(), name, EntityKind.PERSON));
        return new LocalPerson(id, name, false, country, List.of(), spans);
    }

    private static DocEntities doc(String id, LocalPerson... people) {
        return new DocEntities(id, List.of(people), List.of());
    }

    private static List<String> names(Entities e) {
        return e.people().stream().map(Person::name).toList();
    }

    private static String canonical(Entities e, String doc, int local) {
        return e.canonical(doc, local).map(Person::name).orElse(null);
    }

    @Test void transliterationVariantsAreOnePerson() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Sergey Volkov", "RUS", 2), lp(1, "Alexei Orlov", "RUS", 1)),
                doc("b.txt", lp(0, "Sergei Volkov", "RUS", 1), lp(1, "Alexey Orlov", null, 3))));
        assertEquals(List.of("Alexey Orlov", "Sergey Volkov"), names(e));
        assertEquals(canonical(e, "a.txt", 0), canonical(e, "b.txt", 0));
        assertEquals(canonical(e, "a.txt", 1), canonical(e, "b.txt", 1));
        Person orlov = e.canonical("a.txt", 1).orElseThrow();
        assertEquals("RUS", orlov.country(), "the affiliation stated in one article carries to the other");
        assertEquals(List.of("Alexei Orlov"), orlov.aliases());
        assertEquals(4, orlov.mentions());
    }

    @Test void shortGivenNameIsTheSamePerson() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Tony Marsh", "AUS", 1)),
                doc("b.txt", lp(0, "Antony Marsh", "AUS", 2))));
        assertEquals(List.of("Antony Marsh"), names(e));
        assertEquals(List.of("Tony Marsh"), e.people().get(0).aliases());
    }

    @Test void aFullNameThatEndsALongerOneIsTheSamePerson() {
        // The longer name puts given names first that the shorter leaves out; a name that shares only the family name
        // ("Maria Okafor") or only a particle and it ("da Okafor") stays apart.
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Kay Tomas Ebere Okafor", null, 2)),
                doc("b.txt", lp(0, "Ebere Okafor", "NGA", 1)),
                doc("c.txt", lp(0, "Maria Okafor", "NGA", 1))));
        assertEquals(canonical(e, "a.txt", 0), canonical(e, "b.txt", 0));
        assertNotEquals(canonical(e, "a.txt", 0), canonical(e, "c.txt", 0));
        assertEquals("NGA", e.canonical("a.txt", 0).orElseThrow().country());
        // a tail after a patronymic names the father: "Tamer bin Khalid Al Sabri" is not "Khalid Al Sabri"
        Entities sons = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Tamer bin Khalid Al Sabri", "QAT", 2)),
                doc("b.txt", lp(0, "Khalid Al Sabri", "QAT", 1))));
        assertNotEquals(canonical(sons, "a.txt", 0), canonical(sons, "b.txt", 0));
    }

    @Test void aFirstSurnameTheArticleCallsThePersonByKeysTheName() {
        // a.txt names "Ignacio Valdivieso Cárcamo" and calls him "Valdivieso" (never "Cárcamo"); b.txt writes "Ignacio
        // Valdivieso" and "Valdivieso": one person, labelled Valdivieso. c.txt's "Marta Cárcamo" is someone else
        LocalPerson full = new LocalPerson(0, "Ignacio Valdivieso Cárcamo", false, "CHL", List.of(), List.of(
                new EntitySpan(0, 1, 3, 0, 26, "Ignacio Valdivieso Cárcamo", EntityKind.PERSON),
                new EntitySpan(2, 1, 1, 0, 10, "Valdivieso", EntityKind.PERSON)));
        LocalPerson shorter = new LocalPerson(0, "Ignacio Valdivieso", false, "CHL", List.of(), List.of(
                new EntitySpan(0, 1, 2, 0, 18, "Ignacio Valdivieso", EntityKind.PERSON),
                new EntitySpan(1, 1, 1, 0, 10, "Valdivieso", EntityKind.PERSON)));
        Entities e = new EntityResolver().resolve(List.of(doc("a.txt", full), doc("b.txt", shorter),
                doc("c.txt", lp(0, "Marta Cárcamo", "CHL", 2))));
        assertEquals(canonical(e, "a.txt", 0), canonical(e, "b.txt", 0));
        assertNotEquals(canonical(e, "a.txt", 0), canonical(e, "c.txt", 0));
        assertEquals("Valdivieso", e.canonical("a.txt", 0).orElseThrow().shortName());
        // "Gabriela Ruiz Tapia", called "Ruiz Tapia": both surnames
        LocalPerson two = new LocalPerson(0, "Gabriela Ruiz Tapia", false, "MEX", List.of(), List.of(
                new EntitySpan(0, 1, 3, 0, 19, "Gabriela Ruiz Tapia", EntityKind.PERSON),
                new EntitySpan(1, 1, 2, 0, 10, "Ruiz Tapia", EntityKind.PERSON)));
        assertEquals("Ruiz Tapia", new EntityResolver().resolve(List.of(doc("d.txt", two))).people().get(0).shortName());
        // without the article calling him by it, the last word stays the surname
        Entities plain = new EntityResolver().resolve(List.of(doc("a.txt", lp(0, "John Fitzgerald Kennedy", "USA", 2))));
        assertEquals("Kennedy", plain.people().get(0).shortName());
    }

    @Test void differentPeopleSharingASurnameStayApart() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Anna Novak", "CZE", 2)),
                doc("b.txt", lp(0, "Marek Novak", "POL", 2)),
                doc("c.txt", lp(0, "Novak", null, 1), lp(1, "Anna Novak", "CZE", 1))));
        assertEquals(List.of("Anna Novak", "Marek Novak"), names(e));
        assertNotEquals(canonical(e, "a.txt", 0), canonical(e, "b.txt", 0));
        // the bare surname joins the better-attested full name, not both
        assertEquals("Anna Novak", canonical(e, "c.txt", 0));
    }

    @Test void familyNameFirstGivenNamesKeptApart() {
        // Chinese names: the family name first, so "Yang Jiechi" and "Yang Jin" share "Yang" but not the given name
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Zhou Weiming", "CHN", 2), lp(1, "Zhou Lan", "CHN", 1)),
                doc("b.txt", lp(0, "Zhou", null, 2)),
                doc("c.txt", lp(0, "Zhou Lan", null, 1), lp(1, "Zhou", null, 3))));
        assertEquals(List.of("Zhou", "Zhou Lan", "Zhou Weiming"), names(e));
        assertEquals("Zhou", canonical(e, "b.txt", 0), "Mr Zhou in an article naming no Zhou is not guessed");
        assertEquals("Zhou Lan", canonical(e, "c.txt", 1), "Mr Zhou is the Zhou of his own article");
        assertEquals(true, e.canonical("a.txt", 0).orElseThrow().familyFirst());
        assertEquals("Zhou Weiming", e.canonical("a.txt", 0).orElseThrow().shortName(), "labels keep the whole name");
    }

    @Test void namesakesWithTheSameFamilyNameStayApart() {
        // no country needed: the names say they are Korean and Chinese
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Kim Jong Un", null, 5), lp(1, "Kim Yo Jong", null, 1), lp(2, "Kim Jong Il", null, 1)),
                doc("b.txt", lp(0, "Kim Jong-un", null, 2), lp(1, "Kim Jong-il", null, 1)),
                doc("c.txt", lp(0, "Wang Yi", null, 3)),
                doc("d.txt", lp(0, "Wang Wenbin", null, 1), lp(1, "Wang", null, 2)),
                doc("e.txt", lp(0, "Kim", null, 2))));
        assertEquals(List.of("Kim", "Kim Jong Il", "Kim Jong Un", "Kim Yo Jong", "Wang Wenbin", "Wang Yi"), names(e));
        assertEquals("Kim Jong Un", canonical(e, "b.txt", 0), "spellings of one name are one person");
        assertEquals("Kim Jong Il", canonical(e, "b.txt", 1), "Jong Il is not a transliteration of Jong Un");
        assertEquals("Wang Wenbin", canonical(e, "d.txt", 1), "the Wang of the article, not the most-mentioned Wang");
        assertEquals("Kim", canonical(e, "e.txt", 0), "a bare Kim among several Kims is not guessed");
        for (Person p : e.people()) assertEquals(p.name(), p.shortName(), "labels keep the whole name: " + p);
    }

    @Test void familyFirstByShapeLabelsTheWholeName() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Gao Jianping", null, 2), lp(1, "Nguyen Phu Trong", null, 2), lp(2, "Lee Anderson", "GBR", 2)),
                doc("b.txt", lp(0, "Trong", null, 2), lp(1, "Tran Van Hieu", null, 1), lp(2, "Le Van Hieu", null, 1))));
        assertEquals("Gao Jianping", e.canonical("a.txt", 0).orElseThrow().shortName(), "never 'Jianping meets ...'");
        assertEquals("Nguyen Phu Trong", e.canonical("a.txt", 1).orElseThrow().shortName());
        assertEquals("Anderson", e.canonical("a.txt", 2).orElseThrow().shortName(), "Lee Anderson is given name first");
        assertEquals("Nguyen Phu Trong", canonical(e, "b.txt", 0), "a Vietnamese official is Mr Trong");
        assertEquals("Tran Van Hieu", e.canonical("b.txt", 1).orElseThrow().shortName(), "Van is no particle here");
        assertNotEquals(canonical(e, "b.txt", 1), canonical(e, "b.txt", 2), "Tran Van Hieu and Le Van Hieu are two people");
        assertEquals("Le Van Hieu", e.canonical("b.txt", 2).orElseThrow().shortName());
    }

    @Test void vietnameseNamesakesStayApart() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Nguyen Phu Trong", "VNM", 2)),
                doc("b.txt", lp(0, "Nguyen Van Trong", "VNM", 2)),
                doc("c.txt", lp(0, "Nguyễn Phú Trọng", null, 1))));
        assertEquals(List.of("Nguyen Phu Trong", "Nguyen Van Trong"), names(e));
        assertEquals("Nguyen Phu Trong", canonical(e, "c.txt", 0), "diacritics or not, one name");
    }

    @Test void givenNamesThatArePrefixesAreDifferentPeople() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Zhou Min", "CHN", 2), lp(1, "Daniel Weber", "DEU", 1)),
                doc("b.txt", lp(0, "Zhou Ming", "CHN", 2), lp(1, "Daniela Weber", "AUT", 1))));
        assertEquals(List.of("Daniel Weber", "Daniela Weber", "Zhou Min", "Zhou Ming"), names(e));
    }

    @Test void canonicalNameIsTheFullestForm() {
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "Pavel Sokolov", "RUS", 5)),
                doc("b.txt", lp(0, "Pavel Andreyevich Sokolov", "RUS", 1)),
                doc("c.txt", lp(0, "Sokolov", null, 3))));
        assertEquals(List.of("Pavel Andreyevich Sokolov"), names(e));
        Person p = e.people().get(0);
        assertEquals(List.of("Pavel Sokolov", "Sokolov"), p.aliases());
        assertEquals("Sokolov", p.shortName());
        assertEquals(9, p.mentions());
    }

    @Test void aGenerationalSuffixIsNotTheSurname() {
        assertEquals("Okafor", new Person("p", "Emeka J. Okafor Jr.", List.of(), "NGA", List.of(), 1, false).shortName());
        assertEquals("Okafor", new Person("p", "Emeka Okafor III", List.of(), "NGA", List.of(), 1, false).shortName());
        assertEquals("Faisal II", new Person("p", "Faisal II", List.of(), "IRQ", List.of(), 1, false).shortName(),
                "a regnal name keeps its numeral");
    }

    @Test void aNameWithAFamilyNameInCapitalsIsNotPreferred() {
        // an official readout writes "HAYASHI Mariko" more often than the press writes "Hayashi Mariko"
        Entities e = new EntityResolver().resolve(List.of(
                doc("a.txt", lp(0, "HAYASHI Mariko", "JPN", 3)),
                doc("b.txt", lp(0, "Hayashi Mariko", "JPN", 1))));
        assertEquals(List.of("Hayashi Mariko"), names(e));
        assertEquals(true, EntityResolver.shouted("TAKEDA Ryo"));
        assertEquals(false, EntityResolver.shouted("Louis XIV"), "a numeral of three letters is no family name");
        assertEquals(false, EntityResolver.shouted("Ferdinand Marcos III"));
    }

    @Test void loneNameSeenOnceIsNotAPerson() {
        Entities e = new EntityResolver().resolve(List.of(doc("a.txt", lp(0, "Hartmann", null, 1))));
        assertEquals(List.of(), names(e));
    }

    @Test void sameResultWhateverTheDocumentOrder() {
        List<DocEntities> docs = new ArrayList<>(List.of(
                doc("a.txt", lp(0, "Sergey Volkov", "RUS", 2), lp(1, "Anna Novak", "CZE", 1)),
                doc("b.txt", lp(0, "Volkov", null, 2), lp(1, "Marek Novak", "POL", 3)),
                doc("c.txt", lp(0, "Sergei Volkov", null, 1), lp(1, "Novak", null, 2), lp(2, "Tony Marsh", "AUS", 1)),
                doc("d.txt", lp(0, "Antony Marsh", null, 1))));
        Entities forward = new EntityResolver().resolve(docs);
        List<DocEntities> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        Entities backward = new EntityResolver().resolve(reversed);
        assertEquals(forward.people(), backward.people());
        assertEquals(List.of("Anna Novak", "Antony Marsh", "Marek Novak", "Sergey Volkov"), names(forward));
        for (DocEntities d : docs) {
            for (LocalPerson p : d.people()) {
                assertEquals(forward.canonical(d.docId(), p.id()), backward.canonical(d.docId(), p.id()),
                        d.docId() + " " + p.name());
            }
        }
        assertEquals("Marek Novak", canonical(forward, "c.txt", 1), "bare Novak joins the better-attested Novak");
    }
}
