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

/**
 * Corpus-level resolution: one canonical {@link Person} per real person across documents. Names are grouped by
 * family name; within a group, full names whose given names are compatible (Sergey/Sergei, Tony/Antony) are one
 * person, and a bare family name joins the best-attested full name. The result does not depend on document order.
 */
public final class EntityResolver {

    public Entities resolve(List<DocEntities> docs) {
        List<DocEntities> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(DocEntities::docId));
        List<Local> locals = new ArrayList<>();
        // Whether a name is family-name-first is corpus knowledge: one article's "Mr Wang" tells it for all.
        java.util.Set<String> familyFirst = new java.util.HashSet<>();
        for (DocEntities d : sorted) {
            for (LocalPerson p : d.people()) {
                if (p.familyFirst()) familyFirst.add(DocResolver.norm(p.name()).replace(" ", ""));
            }
        }
        for (DocEntities d : sorted) {
            for (LocalPerson p : d.people()) {
                boolean ff = familyFirst.contains(DocResolver.norm(p.name()).replace(" ", ""));
                locals.add(new Local(d.docId(), p, ff));
            }
        }
        // Group by family-name key.
        Map<String, List<Local>> groups = new TreeMap<>();
        for (Local l : locals) groups.computeIfAbsent(l.familyKey(), k -> new ArrayList<>()).add(l);
        List<Person> people = new ArrayList<>();
        Map<String, Person> byLocal = new HashMap<>();
        for (List<Local> group : groups.values()) {
            List<List<Local>> clusters = new ArrayList<>();
            List<Local> singles = new ArrayList<>();
            for (Local l : group) {
                if (!l.p.fullName()) {
                    singles.add(l);
                    continue;
                }
                List<Local> home = null;
                for (List<Local> c : clusters) {
                    if (c.stream().anyMatch(o -> sameGivenName(o, l))) {
                        home = c;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    clusters.add(home);
                }
                home.add(l);
            }
            for (Local s : singles) {
                List<Local> best = null;
                int bestCount = -1;
                for (List<Local> c : clusters) {
                    int count = c.stream().mapToInt(x -> x.p.mentions().size()).sum();
                    if (count > bestCount) {
                        best = c;
                        bestCount = count;
                    }
                }
                if (best != null) {
                    best.add(s);
                } else {
                    List<Local> c = new ArrayList<>();
                    c.add(s);
                    clusters.add(c);
                }
            }
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

    /**
     * The name by which one document's "Mr Wang" tells the whole corpus that a name is family-name-first, or empty
     * when this person's document does not say so. The set of these over the corpus is what {@link #block} needs.
     */
    public static Optional<String> familyFirstName(LocalPerson p) {
        return p.familyFirst() ? Optional.of(DocResolver.norm(p.name()).replace(" ", "")) : Optional.empty();
    }

    /**
     * The block a document's person is resolved in (its family-name key): people of different blocks never become
     * one {@link Person}, so {@link #resolve} over each block's people alone, united, equals {@link #resolve} over
     * the corpus. Lets a distributed engine (the Spark job) resolve blocks in parallel.
     *
     * @param familyFirstNames every {@link #familyFirstName} of the corpus
     */
    public static String block(LocalPerson p, Set<String> familyFirstNames) {
        boolean ff = familyFirstNames.contains(DocResolver.norm(p.name()).replace(" ", ""));
        return new Local("", p, ff).familyKey();
    }

    private static Person build(List<Local> cluster) {
        int mentions = cluster.stream().mapToInt(l -> l.p.mentions().size()).sum();
        boolean anyFull = cluster.stream().anyMatch(l -> l.p.fullName());
        // A lone given or family name seen once, never with a full name, is too weak to be a person.
        if (!anyFull && mentions < 2) return null;
        Map<String, Integer> nameCounts = new TreeMap<>();
        for (Local l : cluster) nameCounts.merge(l.p.name(), l.p.mentions().size(), Integer::sum);
        String canonical = nameCounts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getKey().split(" ").length)
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
            familyFirst |= l.familyFirst;
            if (!l.p.name().equals(canonical)) aliases.add(l.p.name());
            for (var m : l.p.mentions()) {
                String t = m.text().replaceAll("\\s+", " ");
                if (!t.equals(canonical) && Character.isUpperCase(t.codePointAt(0))) aliases.add(t);
            }
        }
        String country = countries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return new Person(id(canonical), canonical, new ArrayList<>(aliases), country, new ArrayList<>(titles), mentions, familyFirst);
    }

    static String id(String name) {
        return "p-" + DocResolver.norm(name).replace(' ', '-');
    }

    private static boolean sameGivenName(Local a, Local b) {
        String ca = DocResolver.norm(a.p.name()).replace(" ", "");
        String cb = DocResolver.norm(b.p.name()).replace(" ", "");
        if (ca.equals(cb)) return true;
        String ga = a.given();
        String gb = b.given();
        if (ga.isEmpty() || gb.isEmpty()) return false;
        if (ga.equals(gb)) return true;
        if (ga.length() >= 3 && gb.length() >= 3 && (ga.endsWith(gb) || gb.endsWith(ga) || ga.startsWith(gb) || gb.startsWith(ga))) {
            return true;
        }
        return ga.charAt(0) == gb.charAt(0) && Math.min(ga.length(), gb.length()) >= 4 && editDistance(ga, gb) <= 2;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Local(String doc, LocalPerson p, boolean familyFirst) {
        String[] parts() {
            return DocResolver.norm(p.name()).split(" ");
        }

        String familyKey() {
            String[] parts = parts();
            return familyFirst ? parts[0] : parts[parts.length - 1];
        }

        String given() {
            String[] parts = parts();
            if (parts.length < 2) return "";
            return familyFirst ? String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length)) : parts[0];
        }
    }

}
