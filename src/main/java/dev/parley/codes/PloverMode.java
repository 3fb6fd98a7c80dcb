package dev.parley.codes;

/** The mode of a PLOVER CONSULT event (PLOVER manual, table "CONSULT modes"); UNSPECIFIED is the manual's null. */
public enum PloverMode {
    /** "Source actor is visiting, recipient is hosting." */
    VISIT("visit"),
    /** "Meeting is hosted by a third party". */
    THIRD_PARTY("third-party"),
    /** "Meeting occurs in a multilateral context, typically an alliance or IGO". */
    MULTILATERAL("multilateral"),
    /** "Consultation occurs via phone or some other remote medium". */
    PHONE("phone"),
    /** No mode fits: the manual leaves the field null. */
    UNSPECIFIED(null);

    private final String json;

    PloverMode(String json) {
        this.json = json;
    }

    /** The mode as PLOVER writes it, or null for {@link #UNSPECIFIED}. */
    public String json() {
        return json;
    }
}
