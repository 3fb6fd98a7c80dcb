package dev.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Corpus-level resolution: one canonical {@link Person} per real person across documents. Names are grouped by
 * family name; within a group, full names whose given names are compatible (Sergey/Sergei, Tony/Antony) are one
 * person, while family-name-first names (Chinese, Korean, Vietnamese) are one person only when spelled alike ("Kim
 * Jong Il" and "Kim Jong Un" are two). A bare family name joins the bearer named in full in its own article; without
 * one, the only bearer in the corpus, or else the best-attested one, except that a bare Chinese or Korean family
 * name ("Mr Wang", "Kim") among several bearers is not guessed and stays a person of its own. The result does not
 * depend on document order.
 */
public final class EntityResolver {
    /** Countries whose names are customarily written family name first, also in English-language news. */
    // (Vietnamese names also put the family name first, but a Vietnamese official is called by the last name, the
    // given one: "Mr Son" for Bui Thanh Son, so for reference they behave like Western names.)
    static final java.util.Set<String> FAMILY_FIRST_COUNTRIES = java.util.Set.of("CHN", "TWN", "HKG", "MAC", "PRK", "KOR");


    public Entities resolve(List<DocEntities> docs) {
        List<DocEntities> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(DocEntities::docId));
        List<Local> locals = new ArrayList<>();
        // Whether a name is family-name-first is corpus knowledge: one article's "Mr Wang" tells it for all.
        java.util.Set<String> familyFirst = new java.util.HashSet<>();
        for (DocEntities d : sorted) {
            for (LocalPerson p : d.people()) familyFirst.addAll(nameFacts(p));
        }
        for (DocEntities d : sorted) {
            for (LocalPerson p : d.people()) locals.add(Local.of(d.docId(), p, familyFirst));
        }
        // Group by family-name key.
        Map<String, List<Local>> groups = new TreeMap<>();
        for (Local l : locals) groups.computeIfAbsent(l.familyKey(), k -> new ArrayList<>()).add(l);
        // A lone name that is an inner part of exactly one full name elsewhere ("Lula" in "Luiz Inacio Lula da Silva")
        // belongs to that person's group.
        Set<String> fullKeys = new java.util.TreeSet<>();
        Map<String, Set<String>> innerOwners = new TreeMap<>();
        for (Local l : locals) {
            l.fullKey().ifPresent(fullKeys::add);
            for (String part : l.innerParts()) innerOwners.computeIfAbsent(part, x -> new java.util.TreeSet<>()).add(l.familyKey());
        }
        for (String key : new ArrayList<>(groups.keySet())) {
            String owner = ownerBlock(key, fullKeys, innerOwners);
            if (owner.equals(key) || !groups.containsKey(owner)) continue;
            groups.get(owner).addAll(groups.remove(key));
        }
        List<Person> people = new ArrayList<>();
        Map<String, Person> byLocal = new HashMap<>();
        for (List<Local> group : groups.values()) {
            List<List<Local>> clusters = new ArrayList<>();
            List<java.util.Set<Name>> names = new ArrayList<>(); // the distinct names of each cluster
            List<Local> singles = new ArrayList<>();
            for (Local l : group) {
                if (!l.fullName()) {
                    singles.add(l);
                    continue;
                }
                // A cluster's members are compared by their names alone: each distinct name once, not each mention
                // (a family name a corpus of 100,000 articles repeats makes clusters of thousands).
                int home = -1;
                for (int c = 0; c < clusters.size() && home < 0; c++) {
                    for (Name o : names.get(c)) {
                        if (sameGivenName(o, l.name())) {
                            home = c;
                            break;
                        }
                    }
                }
                if (home < 0) {
                    home = clusters.size();
                    clusters.add(new ArrayList<>());
                    names.add(new java.util.LinkedHashSet<>());
                }
                clusters.get(home).add(l);
                names.get(home).add(l.name());
            }
            List<Local> unattributed = new ArrayList<>();
            boolean familyFirstGroup = clusters.stream().anyMatch(c -> c.stream().anyMatch(Local::familyFirstName));
            for (Local s : singles) {
                List<Local> home = bearerInArticle(clusters, s.doc);
                if (home == null && clusters.size() == 1) home = clusters.get(0);
                if (home == null && clusters.size() > 1 && !familyFirstGroup && !s.familyFirst) home = bestAttested(clusters);
                // "Mr Wang" in an article naming no Wang is not the corpus's most-mentioned Wang: among several
                // bearers of a Chinese or Korean family name it is not guessed
                (home != null ? home : unattributed).add(s);
            }
            if (!unattributed.isEmpty()) clusters.add(unattributed);
            for (List<Local> c : clusters) {
                Person p = build(c);
                if (p == null) continue;
                people.add(p);
                for (Local l : c) byLocal.put(Entities.localKey(l.doc, l.p.id()), p);
            }
        }
        people.sort(Comparator.comparing(Person::name).thenComparing(Person::id));
        return new Entities(people, byLocal);
    }

    /** "Han Duck-soo", "Cho Tae-yul": compiled once, as every person of the corpus is tested. */
    private static final java.util.regex.Pattern KOREAN_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+ \\p{Lu}\\p{Ll}+-\\p{Ll}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The name by which one document's "Mr Wang" tells the whole corpus that a name is family-name-first, or empty
     * when this person's document does not say so. The set of these over the corpus is what {@link #block} needs.
     */
    /**
     * What one document's person tells the corpus about how a name is keyed: its {@link #familyFirstName}, and for a
     * full name of three or more words, each of its later words the document calls the person by alone ("Valdivieso"
     * for "Ignacio Valdivieso Cárcamo"), written {@code ~compactname~word}. The set of these over the corpus is the
     * {@code familyFirstNames} that {@link #block} and the resolution take.
     */
    public static List<String> nameFacts(LocalPerson p) {
        List<String> out = new ArrayList<>();
        familyFirstName(p).ifPresent(out::add);
        List<String> parts = List.of(DocResolver.norm(p.name()).split(" "));
        if (parts.size() < 3 || FamilyNames.familyFirst(p.name())) return out;
        String compact = String.join("", parts);
        Set<String> alone = new TreeSet<>();
        for (var m : p.mentions()) {
            String t = DocResolver.norm(m.text());
            if (!t.contains(" ") && parts.subList(1, parts.size()).contains(t)) alone.add(t);
        }
        for (String w : alone) out.add("~" + compact + "~" + w);
        return out;
    }

    public static Optional<String> familyFirstName(LocalPerson p) {
        // Chinese, Korean and Vietnamese names put the family name first ("Wang Yi" is Mr Wang).
        int parts = p.name().split(" ").length;
        boolean byCountry = p.country() != null && FAMILY_FIRST_COUNTRIES.contains(p.country()) && parts >= 2 && parts <= 3;
        // Korean romanisation: a family name and a hyphenated given name ("Han Duck-soo", "Cho Tae-yul")
        boolean korean = KOREAN_NAME.matcher(p.name()).matches();
        // a Chinese or Korean family name and a given name of that shape ("Xi Jinping", "Kim Jong Un"), whatever the
        // article says about the person
        boolean byShape = FamilyNames.calledByFamilyName(p.name());
        return p.familyFirst() || byCountry || korean || byShape
                ? Optional.of(DocResolver.norm(p.name()).replace(" ", "")) : Optional.empty();
    }

    /**
     * The block a document's person is resolved in (its family-name key): people of different blocks never become
     * one {@link Person}, so {@link #resolve} over each block's people alone, united, equals {@link #resolve} over
     * the corpus. Lets a distributed engine (the Spark job) resolve blocks in parallel.
     *
     * @param familyFirstNames every {@link #nameFacts} of the corpus
     */
    public static String block(LocalPerson p, Set<String> familyFirstNames, Set<String> fullKeys,
                               Map<String, Set<String>> innerOwners) {
        return ownerBlock(Local.of("", p, familyFirstNames).familyKey(), fullKeys, innerOwners);
    }

    /** The family key of a full name (a key that lone names keep as their own block), if {@code p} is one. */
    public static Optional<String> fullKey(LocalPerson p, Set<String> familyFirstNames) {
        return Local.of("", p, familyFirstNames).fullKey();
    }

    /** The inner parts of a full name ("lula" of "Luiz Inacio Lula da Silva"), which lone names may stand for. */
    public static List<String> innerParts(LocalPerson p, Set<String> familyFirstNames) {
        return Local.of("", p, familyFirstNames).innerParts();
    }

    /**
     * The block of the names keyed {@code key}: the key itself, or, for lone names only ("Lula") when no full name
     * has that key, the key of the one full name they are an inner part of. Corpus knowledge, so that the blocks
     * resolve independently (the Spark job resolves one block per task).
     */
    static String ownerBlock(String key, Set<String> fullKeys, Map<String, Set<String>> innerOwners) {
        if (fullKeys.contains(key)) return key;
        Set<String> owners = innerOwners.get(key);
        if (owners == null || owners.size() != 1) return key;
        return owners.iterator().next();
    }

    /** The cluster of the bearer named in full in the given article (the most mentioned there, if several). */
    private static List<Local> bearerInArticle(List<List<Local>> clusters, String doc) {
        List<Local> best = null;
        int bestCount = 0;
        for (List<Local> c : clusters) {
            int count = c.stream().filter(l -> l.doc.equals(doc) && l.fullName()).mapToInt(l -> l.p.mentions().size()).sum();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<Local> bestAttested(List<List<Local>> clusters) {
        List<Local> best = null;
        int bestCount = -1;
        for (List<Local> c : clusters) {
            int count = c.stream().mapToInt(x -> x.p.mentions().size()).sum();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether a name writes a word in capitals ("TAKAICHI Sanae", the family name marked as in Japanese and French
     * official style): a typographic convention, not the name's form, so another form of the same length is preferred.
     */
    static boolean shouted(String name) {
        for (String w : name.split(" ")) {
            if (w.length() >= 3 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch))
                    && !Person.generational(w)) {
                return true;
            }
        }
        return false;
    }

    private static Person build(List<Local> cluster) {
        int mentions = cluster.stream().mapToInt(l -> l.p.mentions().size()).sum();
        boolean anyFull = cluster.stream().anyMatch(Local::fullName);
        // A lone given or family name seen once, never with a full name, is too weak to be a person.
        if (!anyFull && mentions < 2) return null;
        Map<String, Integer> nameCounts = new TreeMap<>();
        for (Local l : cluster) nameCounts.merge(l.p.name(), l.p.mentions().size(), Integer::sum);
        String canonical = nameCounts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getKey().split(" ").length)
                        .thenComparing(e -> shouted(e.getKey()))
                        .thenComparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
        Map<String, Integer> countries = new TreeMap<>();
        TreeSet<String> titles = new TreeSet<>();
        TreeSet<String> aliases = new TreeSet<>();
        boolean familyFirst = false;
        for (Local l : cluster) {
            if (l.p.country() != null) countries.merge(l.p.country(), l.p.mentions().size(), Integer::sum);
            titles.addAll(l.p.titles());
            familyFirst |= l.familyFirstName();
            if (!l.p.name().equals(canonical)) aliases.add(l.p.name());
            for (var m : l.p.mentions()) {
                String t = SPACES.matcher(m.text()).replaceAll(" ");
                if (!t.equals(canonical) && isName(t)) aliases.add(t);
            }
        }
        String country = countries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return new Person(id(canonical), canonical, new ArrayList<>(aliases), country, new ArrayList<>(titles), mentions, familyFirst);
    }

    /** Name particles that belong to the surname ("da Silva", "van der Leyen", "bin Salman"). */
    static final java.util.Set<String> PARTICLES = java.util.Set.of("da", "de", "do", "dos", "das", "di", "del", "della",
            "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "le", "la", "du");

    static boolean surnameOnly(String name) {
        String[] parts = DocResolver.norm(name).split(" ");
        if (parts.length < 2) return false;
        if (FamilyNames.familyFirst(name)) return false; // "Le Van Hieu": Vietnamese middle names, not particles
        for (int i = 0; i < parts.length - 1; i++) if (!PARTICLES.contains(parts[i])) return false;
        return true;
    }

    /** An alias is a name: capitalised words, none of them a title or a demonym-like adjective phrase. */
    private static boolean isName(String t) {
        for (String w : t.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) return false;
            if (Titles.isTitle(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return !t.contains("'") && !t.contains("’");
    }

    static String id(String name) {
        return "p-" + DocResolver.norm(name).replace(' ', '-');
    }

    private static boolean sameGivenName(Name a, Name b) {
        if (a.compact().equals(b.compact())) return true;
        String ga = a.given();
        String gb = b.given();
        if (ga.isEmpty() || gb.isEmpty()) return false;
        if (ga.equals(gb)) return true;
        // A full name that is the end of a longer one: "Xanana Gusmão" of "Kay Rala Xanana Gusmão", "Lula da Silva" of
        // "Luiz Inácio Lula da Silva" (the given names a longer name puts first are often left out)
        if (!a.familyFirstName() && !b.familyFirstName() && (endsWith(a.words(), b.words()) || endsWith(b.words(), a.words()))) {
            return true;
        }
        // Family-name-first names are one person only when their given names are spelled alike ("Kishida Yuko" and
        // "Yuko Kishida" are): "Kim Jong Il" is not "Kim Jong Un", nor "Zhou Min" "Zhou Ming", however close.
        if (a.familyFirstName() || b.familyFirstName()) return false;
        // Short forms: "Tony" for "Antony", "Alex" for "Alexander"; not "Min" for "Ming" nor "Daniel" for "Daniela".
        String shorter = ga.length() <= gb.length() ? ga : gb;
        String longer = ga.length() <= gb.length() ? gb : ga;
        if (shorter.length() >= 3 && shorter.length() <= 5 && longer.length() - shorter.length() >= 2
                && (longer.endsWith(shorter) || longer.startsWith(shorter))) {
            return true;
        }
        // Transliterations substitute letters but keep the length: Sergey/Sergei, Alexei/Alexey.
        return ga.charAt(0) == gb.charAt(0) && ga.length() == gb.length() && ga.length() >= 4
                && WITHIN_TWO_EDITS.apply(ga, gb) >= 0;
    }

    /** Levenshtein distance bounded at 2: -1 when more edits are needed (and the comparison stops early). */
    private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

    /** Words that make what follows a father's name ("son of", "daughter of"), lower case. */
    private static final java.util.Set<String> PATRONYMICS = java.util.Set.of("bin", "ibn", "bint", "binti", "ben", "ould", "ap");

    /**
     * Whether a longer name ends with all the words of a shorter one, the first of them no particle ("da Silva"), and
     * no patronymic before them.
     */
    private static boolean endsWith(List<String> longer, List<String> shorter) {
        if (shorter.size() < 2 || longer.size() <= shorter.size() || PARTICLES.contains(shorter.get(0))) return false;
        // ("Tamim bin Hamad Al Thani" does not end in his father "Hamad Al Thani": a patronymic joins two people's names)
        if (PATRONYMICS.contains(longer.get(longer.size() - shorter.size() - 1))) return false;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /**
     * What {@link #sameGivenName} compares: the name without spaces, the given name, whether family name first, and
     * the name's words.
     */
    private record Name(String compact, String given, boolean familyFirstName, List<String> words) {
    }

    /**
     * A document's person. familyFirst: keyed by the first word of the name (the corpus knows it as family name
     * first); familyFirstName: family name first, keyed so or not (Vietnamese names are keyed by the given name);
     * fullName: {@link LocalPerson#fullName}; parts: the normalised name's words. All computed once, as the
     * clustering asks for them again for every pair it compares.
     */
    private record Local(String doc, LocalPerson p, boolean familyFirst, boolean familyFirstName, boolean fullName,
                         List<String> parts, int surname) {
        /** @param familyFirstNames every {@link #nameFacts} of the corpus */
        static Local of(String doc, LocalPerson p, Set<String> familyFirstNames) {
            List<String> parts = List.of(DocResolver.norm(p.name()).split(" "));
            boolean familyFirst = familyFirstNames.contains(String.join("", parts));
            boolean byShape = FamilyNames.familyFirst(p.name());
            boolean full = LocalPerson.fullName(p.name(), byShape);
            int surname = familyFirst || byShape || !full ? -1 : innerSurname(parts, familyFirstNames);
            return new Local(doc, p, familyFirst, familyFirst || byShape, full, parts, surname);
        }

        /**
         * "Ignacio Valdivieso Cárcamo", called "Valdivieso" alone in an article of the corpus and never "Cárcamo" (the
         * corpus's {@link #nameFacts}): the inner word is his surname, the one the others write him with (a first
         * surname before a second, as in Spanish names); -1 if none, or if the last word is used alone too.
         */
        private static int innerSurname(List<String> parts, Set<String> facts) {
            if (parts.size() < 3) return -1;
            String compact = String.join("", parts);
            if (facts.contains("~" + compact + "~" + parts.get(parts.size() - 1))) return -1;
            int found = -1;
            for (int k = 1; k < parts.size() - 1; k++) {
                if (parts.get(k).length() > 2 && facts.contains("~" + compact + "~" + parts.get(k))) {
                    if (found >= 0) return -1;
                    found = k;
                }
            }
            return found;
        }

        String familyKey() {
            if (surname >= 0) return parts.get(surname);
            return familyFirst ? parts.get(0) : parts.get(parts.size() - 1);
        }

        Optional<String> fullKey() {
            return fullName ? Optional.of(familyKey()) : Optional.empty();
        }

        List<String> innerParts() {
            List<String> out = new ArrayList<>();
            if (!fullName) return out;
            for (int k = 1; k < parts.size() - 1; k++) if (k != surname && parts.get(k).length() > 2) out.add(parts.get(k));
            return out;
        }

        String given() {
            if (parts.size() < 2) return "";
            if (familyFirst) return String.join("", parts.subList(1, parts.size()));
            // a Vietnamese name, keyed by its last word: the rest tells namesakes apart ("Nguyen Phu", "Nguyen Van")
            if (familyFirstName) return String.join("", parts.subList(0, parts.size() - 1));
            return parts.get(0);
        }

        Name name() {
            return new Name(String.join("", parts), given(), familyFirstName, parts);
        }
    }
}
