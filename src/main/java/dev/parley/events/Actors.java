package dev.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who can be a party to a diplomatic event: a person the text gives a public office. */
public final class Actors {
    private Actors() {
    }

    private static Set<String> offices() {
        return RuleFiles.standard().list("OFFICE_WORDS");
    }

    /** Whether one of the titles stated with the person names a public office (minister, president, envoy, ...). */
    public static boolean holdsOffice(List<String> titles) {
        for (String t : titles) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[ -]")) {
                if (offices().contains(w)) return true;
            }
        }
        return false;
    }
}
