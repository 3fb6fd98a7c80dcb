/**
 * Output: Report to parley-events/1 JSON, JSONL and CSV, and a parley-events/1 file to the self-contained HTML report
 * (HtmlReport). Owns the JSON-shaped records; the only user of Jackson databind for output. Must not import
 * edu.stanford.nlp.
 */
package dev.parley.output;
