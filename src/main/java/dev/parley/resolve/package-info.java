/**
 * Resolves mentions to canonical entities. Input: mentions and the reference data under dev/parley/refdata;
 * output: ISO 3166-1 alpha-3 codes, {@link dev.parley.resolve.Place}s and canonical entities.
 * Must not import edu.stanford.nlp, picocli or Jackson.
 */
package dev.parley.resolve;
