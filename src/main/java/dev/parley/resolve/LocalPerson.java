package dev.parley.resolve;

import dev.parley.mentions.EntitySpan;
import java.util.List;
import java.util.Objects;

/**
 * A person as one document knows them.
 *
 * @param id          index within the document
 * @param name        the fullest name the document uses
 * @param familyFirst whether the document refers to them by the first token of their name ("Mr Wang" for Wang Yi)
 * @param country     affiliation stated in the document (alpha-3), or null
 * @param titles      titles stated with the name ("Foreign Minister")
 * @param mentions    name mentions and title references, in text order
 */
public record LocalPerson(int id, String name, boolean familyFirst, String country, List<String> titles,
                          List<EntitySpan> mentions) {
    public LocalPerson {
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }

    /** Whether the name has a given name as well as a surname ("da Silva" alone does not). */
    public boolean fullName() {
        return name.contains(" ") && fullName(name, FamilyNames.familyFirst(name));
    }

    /** {@link #fullName} of a name whose shape ({@link FamilyNames#familyFirst}) is known. */
    static boolean fullName(String name, boolean familyFirstByShape) {
        if (!name.contains(" ")) return false;
        if (familyFirstByShape) return true; // "Le Van Hieu": Vietnamese, not the particles of "van der Leyen"
        String[] parts = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!EntityResolver.PARTICLES.contains(parts[i])) return true;
        }
        return false;
    }
}
