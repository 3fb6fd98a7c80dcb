package dev.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The per-document store: a Parquet folder of (key, sentences) rows, one per distinct annotated content. The key
 * is {@link ContentKey}; {@code sentences} is the AnnotatedDoc's sentence list in {@link dev.parley.cache.RecordCodec} form (the
 * article is not stored: the run supplies it, so a document that moved or was renamed still hits). Runs only
 * append; a key written twice (two runs racing) is harmless, readers keep one.
 */
final class DocStore {
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("key", DataTypes.StringType, false),
        DataTypes.createStructField("sentences", DataTypes.BinaryType, false)});

    private final SparkSession spark;
    private final String location;

    DocStore(SparkSession spark, String location) {
        this.spark = spark;
        this.location = location;
    }

    boolean exists() {
        try {
            Path p = new Path(location);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(new Path(p, "_SUCCESS")) || (fs.exists(p) && fs.listStatus(p).length > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at the store '" + location + "'", e);
        }
    }

    /** Every stored (key, sentences), one row per key. */
    JavaPairRDD<String, byte[]> read() {
        if (!exists()) return JavaPairRDD.fromJavaRDD(new JavaSparkContext(spark.sparkContext()).emptyRDD());
        Dataset<Row> rows = spark.read().schema(SCHEMA).parquet(location);
        return rows.javaRDD().mapToPair(r -> new Tuple2<String, byte[]>(r.getString(0), (byte[]) r.get(1)))
                .reduceByKey((a, b) -> a);
    }

    /** The stored keys only: Parquet reads just that column. */
    JavaPairRDD<String, Boolean> keys() {
        if (!exists()) return JavaPairRDD.fromJavaRDD(new JavaSparkContext(spark.sparkContext()).emptyRDD());
        return spark.read().schema(SCHEMA).parquet(location).select("key").javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), true));
    }

    void append(JavaPairRDD<String, byte[]> annotated) {
        JavaRDD<Row> rows = annotated.map(t -> RowFactory.create(t._1(), t._2()));
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Append).parquet(location);
    }
}
