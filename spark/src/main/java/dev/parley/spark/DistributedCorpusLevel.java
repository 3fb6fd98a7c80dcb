package dev.parley.spark;

import dev.parley.cache.RecordCodec;
import dev.parley.events.Candidate;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMerger;
import dev.parley.pipeline.DocDigest;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.Entities;
import dev.parley.resolve.EntityResolver;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.LocalPerson;
import dev.parley.resolve.Person;
import dev.parley.resolve.PlaceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The corpus-level stages without collecting the documents: entity resolution by family-name block, then the
 * event merge by block of candidates that can interact, each block on an executor, with the CLI's result.
 *
 * <p>Why it is exact: {@link EntityResolver#block} blocks resolve independently. The merger compares a
 * candidate only with clusters that share a participant or summit name key, so the connected components of the
 * key graph merge independently; within a component, when every candidate has a publication date, two
 * candidates can only meet if their time reach (event dates, and publication ±45 days; an undated recalled event,
 * "their last summit", reaches back without limit, as EventMerger lets it join an event however long before, and
 * keeps its component whole) overlaps, so the
 * component splits further at days no candidate reaches. What is not split: one component-and-time-window (a
 * summit reported by thousands of articles in one week) is one task; the greedy, order-dependent merge cannot be
 * salted without changing its result. See docs/scale.md.
 */
final class DistributedCorpusLevel {
    /**
     * The events (encoded, in the CLI's order), the canonical people and country mention counts, and how many
     * key-graph components and merge blocks (components cut at time gaps) the merge ran in.
     */
    record Output(JavaRDD<byte[]> events, List<Person> people, Map<String, Integer> countries, long components,
                  long blocks) {
    }

    private final JavaSparkContext sc;

    DistributedCorpusLevel(JavaSparkContext sc) {
        this.sc = sc;
    }

    /** @param results encoded {@link DocDigest} by document id, publication dates already inferred */
    Output run(JavaPairRDD<String, byte[]> results, int partitions) {
        JavaRDD<byte[]> docs = results.values().persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Integer> countries = new TreeMap<>();
        docs.flatMap(b -> {
            List<String> out = new ArrayList<>();
            for (PlaceRef p : decode(b).entities().places()) out.add(p.country());
            return out.iterator();
        }).countByValue().forEach((k, v) -> countries.put(k, v.intValue()));

        // 1. Canonical people, one family-name block per task.
        Set<String> ff = new HashSet<>(docs.flatMap(b -> {
            List<String> out = new ArrayList<>();
            for (LocalPerson p : decode(b).entities().people()) out.addAll(EntityResolver.nameFacts(p));
            return out.iterator();
        }).distinct().collect());
        Broadcast<Set<String>> familyFirst = sc.broadcast(ff);
        // The keys of full names and the inner parts of full names with their owners' keys: a lone "Lula" is
        // resolved in the block of "Luiz Inácio Lula da Silva", as on the driver.
        List<Tuple2<String, String>> keyed = docs.flatMap(b -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (LocalPerson p : decode(b).entities().people()) {
                EntityResolver.fullKey(p, familyFirst.value()).ifPresent(k -> {
                    out.add(new Tuple2<>("", k));
                    for (String part : EntityResolver.innerParts(p, familyFirst.value())) out.add(new Tuple2<>(part, k));
                });
            }
            return out.iterator();
        }).distinct().collect();
        Set<String> full = new TreeSet<>();
        Map<String, Set<String>> inner = new TreeMap<>();
        for (Tuple2<String, String> t : keyed) {
            if (t._1().isEmpty()) full.add(t._2());
            else inner.computeIfAbsent(t._1(), k -> new TreeSet<>()).add(t._2());
        }
        Broadcast<Set<String>> fullKeys = sc.broadcast(full);
        Broadcast<Map<String, Set<String>>> innerOwners = sc.broadcast(inner);
        JavaRDD<byte[]> blocks = docs.flatMapToPair(b -> {
            DocDigest r = decode(b);
            List<Tuple2<String, byte[]>> out = new ArrayList<>();
            for (LocalPerson p : r.entities().people()) {
                String block = EntityResolver.block(p, familyFirst.value(), fullKeys.value(), innerOwners.value());
                out.add(new Tuple2<>(block, RecordCodec.encode(List.of(r.id(), p))));
            }
            return out.iterator();
        }).groupByKey(partitions).map(t -> {
            Map<String, List<LocalPerson>> byDoc = new TreeMap<>();
            for (byte[] b : t._2()) {
                List<?> pair = RecordCodec.decode(b, List.class);
                byDoc.computeIfAbsent((String) pair.get(0), k -> new ArrayList<>()).add((LocalPerson) pair.get(1));
            }
            List<DocEntities> des = new ArrayList<>();
            byDoc.forEach((doc, people) -> des.add(new DocEntities(doc, people, List.of())));
            Entities e = new EntityResolver().resolve(des);
            Map<String, Person> byLocal = new TreeMap<>();
            for (DocEntities d : des) {
                for (LocalPerson p : d.people()) {
                    e.canonical(d.docId(), p.id()).ifPresent(c -> byLocal.put(Entities.localKey(d.docId(), p.id()), c));
                }
            }
            return RecordCodec.encode(List.of(e.people(), byLocal));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<Person> people = new ArrayList<>();
        for (byte[] b : blocks.collect()) people.addAll(peopleOf(b));
        people.sort(java.util.Comparator.comparing(Person::name).thenComparing(Person::id));

        // 2. Each candidate with the canonical people of its participants and its merge keys.
        JavaPairRDD<String, byte[]> personsByDoc = blocks.flatMapToPair(b -> {
            List<Tuple2<String, byte[]>> out = new ArrayList<>();
            for (Map.Entry<String, Person> e : byLocalOf(b).entrySet()) {
                String doc = e.getKey().substring(0, e.getKey().lastIndexOf('#'));
                out.add(new Tuple2<>(doc, RecordCodec.encode(List.of(e.getKey(), e.getValue()))));
            }
            return out.iterator();
        });
        JavaRDD<MergeItem> items = docs.mapToPair(b -> new Tuple2<>(decode(b).id(), b))
                .leftOuterJoin(personsByDoc.groupByKey(partitions), partitions)
                .flatMap(t -> {
                    Map<String, Person> byLocal = new HashMap<>();
                    if (t._2()._2().isPresent()) {
                        for (byte[] b : t._2()._2().get()) {
                            List<?> pair = RecordCodec.decode(b, List.class);
                            byLocal.put((String) pair.get(0), (Person) pair.get(1));
                        }
                    }
                    List<MergeItem> out = new ArrayList<>();
                    List<Candidate> cands = decode(t._2()._1()).candidates();
                    for (int i = 0; i < cands.size(); i++) out.add(MergeItem.of(cands.get(i), i, byLocal));
                    return out.iterator();
                }).persist(StorageLevel.MEMORY_AND_DISK());

        // 3. Connected components of the key graph, by min-label propagation.
        JavaPairRDD<String, String> edges = items.flatMapToPair(it -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String k : it.keys()) {
                out.add(new Tuple2<>(it.keys().get(0), k));
                out.add(new Tuple2<>(k, it.keys().get(0)));
            }
            return out.iterator();
        }).distinct(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = components(edges, partitions);

        // 4. Component of each candidate; candidates without keys are alone.
        JavaPairRDD<String, MergeItem> byComponent = items.filter(it -> !it.keys().isEmpty())
                .keyBy(it -> it.keys().get(0)).join(labels, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .union(items.filter(it -> it.keys().isEmpty()).mapToPair(it -> new Tuple2<>("solo|" + it.uid(), it)));

        // 5. Split components at days no candidate reaches (only where every candidate is dated by publication and
        // none is an undated recalled event, whose reach goes back without limit).
        Set<String> unsplittable = new HashSet<>(byComponent
                .filter(t -> t._2().published() == null || t._2().reachFrom() == Long.MIN_VALUE).keys().distinct().collect());
        Broadcast<Set<String>> whole = sc.broadcast(unsplittable);
        JavaPairRDD<String, Long> segmentOfDay = byComponent.filter(t -> !whole.value().contains(t._1()))
                .flatMapToPair(t -> {
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    for (long d = t._2().reachFrom(); d <= t._2().reachTo(); d++) out.add(new Tuple2<>(t._1(), d));
                    return out.iterator();
                }).distinct(partitions).groupByKey(partitions).flatMapToPair(t -> {
                    TreeSet<Long> sorted = new TreeSet<>();
                    t._2().forEach(sorted::add);
                    List<Long> days = new ArrayList<>(sorted);
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    long start = days.get(0);
                    for (int i = 0; i < days.size(); i++) {
                        if (i > 0 && days.get(i) != days.get(i - 1).longValue() + 1) start = days.get(i);
                        out.add(new Tuple2<>(t._1() + "@" + days.get(i), start));
                    }
                    return out.iterator();
                });
        JavaPairRDD<String, MergeItem> split = byComponent.filter(t -> !whole.value().contains(t._1()))
                .mapToPair(t -> new Tuple2<>(t._1() + "@" + t._2().reachFrom(), t._2()))
                .join(segmentOfDay, partitions)
                .mapToPair(t -> new Tuple2<>(t._1().substring(0, t._1().lastIndexOf('@')) + "@" + t._2()._2(), t._2()._1()));
        JavaPairRDD<String, MergeItem> subBlocks = split.union(byComponent.filter(t -> whole.value().contains(t._1())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long components = byComponent.keys().distinct().count();
        long blockCount = subBlocks.keys().distinct().count();

        // 6. The CLI's merge on each sub-block; then ids made unique across blocks as the CLI does over the corpus.
        JavaRDD<byte[]> merged = subBlocks.groupByKey(partitions).flatMap(t -> {
            List<Candidate> cands = new ArrayList<>();
            Map<String, Person> byLocal = new HashMap<>();
            for (MergeItem it : t._2()) {
                cands.add(it.candidate());
                byLocal.putAll(it.persons());
            }
            List<byte[]> out = new ArrayList<>();
            for (DiplomaticEvent e : new EventMerger(Gazetteer.get()).merge(cands, Entities.of(new ArrayList<>(new HashSet<>(byLocal.values())), byLocal))) {
                out.add(RecordCodec.encode(e));
            }
            return out.iterator();
        });
        JavaRDD<byte[]> events = merged.keyBy(b -> baseId(RecordCodec.decode(b, DiplomaticEvent.class).id()))
                .groupByKey(partitions).flatMap(t -> {
                    List<DiplomaticEvent> same = new ArrayList<>();
                    for (byte[] b : t._2()) same.add(RecordCodec.decode(b, DiplomaticEvent.class));
                    same.sort(EventMerger.ORDER.thenComparing(e -> e.mentions().isEmpty() ? "" : e.mentions().get(0).document()));
                    List<byte[]> out = new ArrayList<>();
                    for (int i = 0; i < same.size(); i++) {
                        DiplomaticEvent e = same.get(i);
                        String id = i == 0 ? t._1() : t._1() + "-" + (i + 1);
                        out.add(RecordCodec.encode(new DiplomaticEvent(id, e.type(), e.label(), e.status(), e.participants(),
                                e.countries(), e.place(), e.placeCountry(), e.date(), e.confidence(), e.mentions())));
                    }
                    return out.iterator();
                })
                .sortBy(DistributedCorpusLevel::sortKey, true, partitions);
        return new Output(events, people, countries, components, blockCount);
    }

    /**
     * Connected components by min-label propagation: each key ends with the least key of its component. One
     * shuffle per round; rounds = the graph's diameter. @param edges symmetric, with a self edge per key
     */
    static JavaPairRDD<String, String> components(JavaPairRDD<String, String> edges, int partitions) {
        JavaPairRDD<String, String> labels = edges.keys().distinct(partitions).mapToPair(k -> new Tuple2<>(k, k));
        for (int round = 0; ; round++) {
            JavaPairRDD<String, String> next = edges.join(labels, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // Long chains of joins slow the planner and a lost executor would replay them all: cut the lineage.
            if (round % 10 == 9) next.rdd().localCheckpoint();
            long changed = next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false); // next is materialised by the count
            labels = next;
            if (changed == 0) break;
            if (round > 1000) throw new IllegalStateException("components did not settle");
        }
        return labels;
    }

    /** The merger numbers repeated ids "-2", "-3"...: the base is "ev-" and 16 hex digits. */
    static String baseId(String id) {
        return id.length() > 19 && id.charAt(19) == '-' ? id.substring(0, 19) : id;
    }

    /** A string that sorts as {@link EventMerger#ORDER}: start (unknown last), end, label, id. */
    static String sortKey(byte[] b) {
        DiplomaticEvent e = RecordCodec.decode(b, DiplomaticEvent.class);
        long start = e.date() == null ? Long.MAX_VALUE / 2 : e.date().start().toEpochDay();
        long end = e.date() == null ? Long.MAX_VALUE / 2 : e.date().end().toEpochDay();
        return String.format(Locale.ROOT, "%020d|%020d|", start + (1L << 40), end + (1L << 40)) + e.label() + "\u0000" + e.id();
    }

    private static DocDigest decode(byte[] b) {
        return RecordCodec.decode(b, DocDigest.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Person> peopleOf(byte[] block) {
        return (List<Person>) RecordCodec.decode(block, List.class).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Person> byLocalOf(byte[] block) {
        return (Map<String, Person>) RecordCodec.decode(block, List.class).get(1);
    }
}
