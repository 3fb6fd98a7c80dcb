/**
 * Per-document mention extraction: AnnotatedDoc to entity spans (people, places, organisations, demonyms).
 * Input: dev.parley.nlp records. Output: DocMentions. Must not import edu.stanford.nlp or Jackson.
 */
package dev.parley.mentions;
