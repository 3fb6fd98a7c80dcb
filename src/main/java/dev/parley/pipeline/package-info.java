/**
 * Wires the stages in order; the only class that knows it. Per-document work (annotate, mentions, local entities,
 * event candidates) is separate from corpus-level work (canonical entities, merge). Must not import picocli or Jackson.
 */
package dev.parley.pipeline;
