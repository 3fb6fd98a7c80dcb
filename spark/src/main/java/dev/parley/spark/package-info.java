/**
 * Runs parley on Apache Spark: input files in, the same parley-events/1 JSON as the CLI out. Per-document work runs
 * as a distributed map keyed by content hash (stored as Parquet); corpus-level work reuses {@code dev.parley.pipeline}.
 * Uses parley's public stage entries only; must not import edu.stanford.nlp (that stays in nlp.corenlp).
 */
package dev.parley.spark;
