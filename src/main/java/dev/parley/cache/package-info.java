/**
 * Per-document annotation cache: an {@link dev.parley.nlp.NlpEngine} decorator that stores each document's sentences
 * and tokens on disk under a hash of its text, anchor date and the engine's signature. Input and output: dev.parley.nlp
 * records. Must not import edu.stanford.nlp, picocli or Jackson.
 */
package dev.parley.cache;
