package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Min-label propagation finds components, also past the rounds where it cuts the lineage (no CoreNLP). */
class ComponentsTest {
    @Test
    void aLongChainAndASeparatePairGetTheirLeastKey() {
        List<Tuple2<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String k = String.format("k%02d", i);
            edges.add(new Tuple2<>(k, k));
            if (i > 0) {
                String prev = String.format("k%02d", i - 1);
                edges.add(new Tuple2<>(k, prev));
                edges.add(new Tuple2<>(prev, k));
            }
        }
        edges.addAll(List.of(new Tuple2<>("z1", "z1"), new Tuple2<>("z2", "z2"), new Tuple2<>("z1", "z2"), new Tuple2<>("z2", "z1")));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        Map<String, String> labels = new TreeMap<>(DistributedCorpusLevel.components(sc.parallelizePairs(edges, 4), 4).collectAsMap());
        assertEquals(27, labels.size());
        for (int i = 0; i < 25; i++) assertEquals("k00", labels.get(String.format("k%02d", i)));
        assertEquals("z1", labels.get("z2"));
    }
}
