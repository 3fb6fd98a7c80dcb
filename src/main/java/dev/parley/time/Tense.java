package dev.parley.time;

/** Tense or modality of a clause, used to choose past or future when a date expression omits its year or week. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
