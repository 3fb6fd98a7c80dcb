package dev.parley.resolve;

import java.util.Set;

/** Words that make up officials' titles; shared by resolution and event detection. */
public final class Titles {
    private Titles() {
    }

    /** Head nouns of titles; a bare "the Russian diplomat" refers to a person through one of these. */
    static final Set<String> HEADS = Set.of("minister", "diplomat", "president", "secretary", "adviser", "advisor",
            "counterpart", "counterparts", "negotiator", "mediator", "leader", "chairperson", "chairwoman",
            "vice-premier", "vice-chancellor", "vice-chairman", "premier", "chancellor", "ambassador", "envoy", "spokesman",
            "spokeswoman", "spokesperson", "head", "chief", "fm", "official", "commissioner", "chairman",
            "king", "queen", "prince", "emir", "amir", "sultan", "director", "general", "senator", "governor", "mayor",
            "vice-president", "pm", "dictator", "member", "analyst", "fellow", "researcher", "professor",
            "journalist", "reporter", "correspondent", "editor", "politician", "figure", "officer", "commander", "economist",
            "expert", "scholar", "academic", "lecturer", "observer", "commentator");

    /** Honorifics written before a name that are not part of it: "Shri Narendra Modi", "Dr. Jill Biden". */
    static final Set<String> HONORIFICS = Set.of("shri", "smt", "shrimati", "mr", "mrs", "ms", "dr");

    /**
     * Whether a word before a name is an honorific ("Shri", "Dr."), or His Excellency's "H.E." or "HE" in capitals
     * (He is a family name, and "he" a pronoun).
     */
    static boolean honorific(String word) {
        return word.equals("H.E.") || word.equals("HE") || HONORIFICS.contains(word.replace(".", "").toLowerCase(java.util.Locale.ROOT));
    }

    /** Heads of titles of a posting abroad, whose "in X" names the post, not the country ("ambassador in Beijing"). */
    static final Set<String> POSTINGS = Set.of("ambassador", "envoy", "consul", "diplomat", "representative", "attaché", "attache");

    /** Lower-case words that may occur inside a title phrase before a name. */
    static final Set<String> WORDS = Set.of("foreign", "defence", "defense", "national", "security", "state", "of",
            "prime", "vice", "deputy", "top", "senior", "former", "opposition", "communist", "party", "central",
            "for", "affairs", "ministry", "the", "his", "her", "their", "its", "chief", "first", "supreme", "acting",
            "finance", "trade", "interior", "policy", "home", "justice", "economy", "economic", "associate", "research",
            "political", "military", "army", "special", "presidential", "executive", "house", "and", "a", "an",
            "veteran", "longstanding", "long-serving", "new", "incoming", "outgoing", "then", "lead", "leading", "to");

    /** Titles of people who speak for others: quoted, never parties to an event. */
    static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "analyst", "fellow",
            "researcher", "professor", "journalist", "reporter", "correspondent", "editor", "pundit", "commentator",
            "economist", "expert", "scholar", "academic", "lecturer", "observer");

    /** Words of a title that say the person is a diplomat, for "the Russian diplomat" references. */
    static final Set<String> DIPLOMATIC = Set.of("diplomat", "minister", "fm", "secretary", "counterpart");

    /**
     * Titles of a head of state or government, which "the South Korean leader" refers to: "President", "Prime
     * Minister", "Premier", "Chancellor", a monarch's title (not a deputy's or a vice-president's).
     */
    public static boolean isLeaderTitle(String title) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("vice") || t.contains("deputy") || t.contains("former")) return false;
        for (String w : t.split("[ -]")) if (LEADER_WORDS.contains(w)) return true;
        return t.contains("prime minister");
    }

    private static final Set<String> LEADER_WORDS = Set.of("president", "premier", "chancellor", "king", "queen", "emir",
            "amir", "sultan", "leader");

    /** Whether a lower-case lemma is the head noun of a title ("minister", "diplomat", "president"). */
    public static boolean isTitle(String lower) {
        return HEADS.contains(lower);
    }

    /**
     * Whether a title names an office of a state: a leader's ("President", "Prime Minister") or a diplomat's or
     * minister's. "Solís, an economist who took office in May" is a president, whatever she was trained as.
     */
    public static boolean isOffice(String title) {
        if (isLeaderTitle(title)) return true;
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[ -]")) if (DIPLOMATIC.contains(w)) return true;
        return false;
    }

    /** Whether a lower-case title word marks someone who comments on events rather than takes part in them. */
    public static boolean isCommentatorWord(String lower) {
        return SPOKES.contains(lower) || lower.equals("fellow");
    }

    static boolean isHead(String lower) {
        return HEADS.contains(lower);
    }
}
