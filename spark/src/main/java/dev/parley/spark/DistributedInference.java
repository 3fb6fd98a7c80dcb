package dev.parley.spark;

import dev.parley.cache.RecordCodec;
import dev.parley.corpus.Article;
import dev.parley.pipeline.DocDigest;
import dev.parley.pipeline.DocResult;
import dev.parley.pipeline.PublicationInference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Publication-date inference for undated articles without collecting the corpus: the CLI's
 * {@link PublicationInference}, pass by pass, with each undated document's evidence gathered by a join on
 * {@link PublicationInference#blockKeys} where the CLI looks it up in an index. So it costs the undated documents
 * times their blocks, as in the CLI. The per-document stages re-run with the inferred date on the annotation the
 * per-document results already hold: nothing is annotated again.
 */
final class DistributedInference {
    private DistributedInference() {
    }

    /**
     * @param results encoded {@link DocResult} by document id; persisted by the caller, as this reads it per pass
     * @return encoded {@link DocDigest} by document id, each article without its text, with inferred dates applied;
     *         persisted
     */
    static JavaPairRDD<String, byte[]> digests(JavaPairRDD<String, byte[]> results, int partitions) {
        JavaPairRDD<String, byte[]> digests = results.mapValues(b -> RecordCodec.encode(shipped(result(b).digest())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (PublicationInference.Pass pass : PublicationInference.Pass.values()) {
            JavaPairRDD<String, byte[]> targets = digests.filter(t -> pass.takes(digest(t._2())));
            if (targets.isEmpty()) continue;
            // Evidence as it stands before this pass: the dated documents, under each of their block keys.
            JavaPairRDD<String, byte[]> datedByKey = digests.filter(t -> digest(t._2()).article().published() != null)
                    .flatMapToPair(t -> {
                        List<Tuple2<String, byte[]>> out = new ArrayList<>();
                        for (String k : PublicationInference.blockKeys(digest(t._2()))) out.add(new Tuple2<>(k, t._2()));
                        return out.iterator();
                    });
            JavaPairRDD<String, String> targetByKey = targets.flatMapToPair(t -> {
                List<Tuple2<String, String>> out = new ArrayList<>();
                for (String k : PublicationInference.blockKeys(digest(t._2()))) out.add(new Tuple2<>(k, t._1()));
                return out.iterator();
            });
            JavaPairRDD<String, Iterable<byte[]>> evidence = targetByKey.join(datedByKey, partitions)
                    .mapToPair(Tuple2::_2).groupByKey(partitions);
            JavaPairRDD<String, byte[]> redated = results.join(targets, partitions)
                    .leftOuterJoin(evidence, partitions)
                    .flatMapToPair(t -> {
                        DocResult r = result(t._2()._1()._1());
                        // a document sharing several keys with this one comes once per key
                        Map<String, DocDigest> neighbours = new LinkedHashMap<>();
                        if (t._2()._2().isPresent()) {
                            for (byte[] b : t._2()._2().get()) {
                                DocDigest d = digest(b);
                                neighbours.putIfAbsent(d.id(), d);
                            }
                        }
                        Optional<LocalDate> date = PublicationInference.infer(r.digest(), neighbours.values());
                        if (date.isEmpty()) return java.util.Collections.emptyIterator();
                        DocResult again = PerExecutor.parley().process(PublicationInference.redated(r.doc(), date.get()));
                        return List.of(new Tuple2<>(t._1(), RecordCodec.encode(shipped(again.digest())))).iterator();
                    });
            JavaPairRDD<String, byte[]> next = digests.leftOuterJoin(redated, partitions)
                    .mapValues(t -> t._2().isPresent() ? t._2().get() : t._1())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            digests.unpersist(false);
            digests = next;
        }
        return digests;
    }

    /** The digest as it crosses the cluster: the article without its text, which the corpus level does not read. */
    static DocDigest shipped(DocDigest d) {
        Article a = d.article();
        return d.withArticle(new Article(a.id(), a.title(), "", a.published(), a.publishedFrom(), a.metadata()));
    }

    private static DocResult result(byte[] b) {
        return RecordCodec.decode(b, DocResult.class);
    }

    static DocDigest digest(byte[] b) {
        return RecordCodec.decode(b, DocDigest.class);
    }
}
