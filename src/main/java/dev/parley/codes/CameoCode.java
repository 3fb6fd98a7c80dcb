package dev.parley.codes;

/** The CAMEO event codes parley gives, with the CAMEO codebook's name for each (Schrodt 2012, docs/codes.md). */
public enum CameoCode {
    /** 036: a planned, proposed or cancelled encounter. */
    INTENT_TO_MEET("036", "Express intent to meet or negotiate"),
    /** 040: a meeting or summit held in a participant's country, or at a place not known. */
    CONSULT("040", "Consult, not specified below"),
    /** 041: a call. */
    TELEPHONE("041", "Discuss by telephone"),
    /** 042: the visitor's side towards the host's. */
    MAKE_VISIT("042", "Make a visit"),
    /** 043: the host's side towards the visitor's. */
    HOST_VISIT("043", "Host a visit"),
    /** 044: a meeting or summit held outside every participant's country. */
    THIRD_LOCATION("044", "Meet at a 'third' location");

    private final String code;
    private final String codebookName;

    CameoCode(String code, String codebookName) {
        this.code = code;
        this.codebookName = codebookName;
    }

    /** The three digits, as GDELT and ICEWS write them ("042"). */
    public String code() {
        return code;
    }

    /** The event's name in the CAMEO codebook. */
    public String codebookName() {
        return codebookName;
    }
}
