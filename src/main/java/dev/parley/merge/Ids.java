package dev.parley.merge;

import dev.parley.events.EventType;
import dev.parley.time.EventDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

/** Event ids derived from content: type, key participants, host country and start month. */
final class Ids {
    private Ids() {
    }

    static String eventId(EventType type, List<String> keyPeople, String country, String name, EventDate date) {
        String month = date == null ? "undated" : YearMonth.from(date.start()).toString();
        if (date != null && date.precision() == dev.parley.time.Precision.YEAR) month = Integer.toString(date.start().getYear());
        String key = type.json() + "|" + String.join(",", keyPeople) + "|" + (country == null ? "" : country) + "|"
                + (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT)) + "|" + month;
        return "ev-" + sha256(key).substring(0, 16);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
