package dev.parley.mentions;

/** Coarse NER class of a span, as the tagger gave it. */
public enum EntityKind { PERSON, LOCATION, ORGANIZATION, MISC }
