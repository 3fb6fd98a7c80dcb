/**
 * JSON output: Report to parley-events/1. Owns the JSON-shaped records; the only user of Jackson databind for
 * output. Must not import edu.stanford.nlp.
 */
package dev.parley.output;
