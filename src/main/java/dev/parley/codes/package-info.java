/**
 * Event codes that join other datasets: a merged {@link dev.parley.merge.DiplomaticEvent} to its CAMEO dyads and its
 * PLOVER type and mode (docs/codes.md). A pure function of the event record; must not import Jackson, picocli or
 * edu.stanford.nlp.
 */
package dev.parley.codes;
