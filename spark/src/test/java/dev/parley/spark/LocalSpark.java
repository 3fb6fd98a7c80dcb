package dev.parley.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session per test JVM, on first use (Spark allows one SparkContext per JVM). */
final class LocalSpark {
    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = SparkSession.builder()
                .master("local[2]")
                .appName("parley-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
    }

    static SparkSession get() {
        return Holder.SPARK;
    }
}
