/**
 * Dates: finds date expressions in one sentence's text and resolves them against the publication date and the
 * clause's tense into {@link dev.parley.time.EventDate} intervals at an honest precision. Input is plain text;
 * pure Java, no NLP imports (no edu.stanford.nlp), usable by any stage.
 */
package dev.parley.time;
