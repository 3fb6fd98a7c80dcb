package dev.parley.resolve;

import dev.parley.mentions.DocMentions;
import dev.parley.mentions.EntityKind;
import dev.parley.mentions.EntitySpan;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-document resolution: which spans are people (and who they are within the document), which name or imply
 * countries, and which title phrases ("the Russian diplomat") refer to a person named elsewhere in the document.
 */
public final class DocResolver {
    private final Gazetteer gazetteer;
    /** Tokens of names the tagger took for places and {@link #resolve} reads as people, as (sentence << 16) | token. */
    private final Set<Long> namesTaggedAsPlaces = new HashSet<>();
    /** Tokens (sentence << 16 | token) of a country's name the tagger ran into a person's ({@link #countriesBeforeNames}). */
    private final Set<Long> countriesTaggedAsNames = new HashSet<>();

    public DocResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public DocEntities resolve(AnnotatedDoc doc, DocMentions tagged) {
        DocMentions mentions = countriesJoinedByAnd(doc, countriesBeforeNames(doc, tagged));
        List<PlaceRef> places = new ArrayList<>();
        List<EntitySpan> personSpans = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (EntitySpan s : mentions.spans()) if (s.kind() == EntityKind.PERSON) surnames.add(lastWord(s.text()));
        // "a summit at Cheong Wa Dae", "talks at Malacañang": a name the tagger took for a person but that the text puts
        // people at is a building, here and wherever else the article names it
        Set<String> buildings = new HashSet<>();
        for (EntitySpan s : mentions.spans()) {
            Sentence sent = doc.sentences().get(s.sentence());
            // ("at Trump's invitation" is at his invitation)
            boolean possessed = s.last() < sent.tokens().size() && sent.token(s.last() + 1).pos().equals("POS");
            String before = s.first() > 1 ? sent.token(s.first() - 1).word() : "";
            // (lower case, or capitalised at the start of the sentence: "AT Jane Smith" is a country code)
            boolean at = AT_A_PLACE.contains(before) || s.first() == 2 && AT_A_PLACE.contains(before.toLowerCase(Locale.ROOT))
                    && !before.equals(before.toUpperCase(Locale.ROOT));
            if (s.kind() == EntityKind.PERSON && !possessed && at) {
                buildings.add(s.text());
            }
            // ("at the Palais Mohammed V", "Mohammed V Mausoleum": a name with a building's noun before or after it)
            String after = s.last() < sent.tokens().size() ? sent.token(s.last() + 1).word() : "";
            if (s.kind() == EntityKind.PERSON && (namesBuilding(before) || namesBuilding(after))) buildings.add(s.text());
        }
        for (EntitySpan s : mentions.spans()) {
            if (s.kind() == EntityKind.PERSON && buildings.contains(s.text())) continue;
            if (s.kind() == EntityKind.LOCATION && surnames.contains(lastWord(s.text()))
                    && (afterTitle(doc, s) || placeOf(s).isEmpty() && airportCity(doc, s).isEmpty())) {
                // "Mongolian President Ukhnaagiin Khurelsukh" tagged as a place here and as a person elsewhere in the
                // article: after a title, that person; and so is "Macamo and Msiska prepared the agenda", a surname of
                // the article's that names no place known
                personSpans.add(new EntitySpan(s.sentence(), s.first(), s.last(), s.begin(), s.end(), s.text(), EntityKind.PERSON));
                for (int k = s.first(); k <= s.last(); k++) namesTaggedAsPlaces.add(((long) s.sentence() << 16) | k);
                continue;
            }
            Optional<PlaceRef> place = placeOf(s).or(() -> airportCity(doc, s)).or(() -> capitalTaggedAsPerson(doc, s, mentions));
            if (place.isPresent()) {
                places.add(place.get());
            } else if (s.kind() == EntityKind.PERSON && looksLikeName(s.text()) && !titleAlone(s, mentions)) {
                personSpans.add(s);
            }
        }
        places.addAll(capitalPhrases(doc));
        places.addAll(untaggedCapitals(doc, mentions));
        personSpans.addAll(hyphenatedNamesAfterTitles(doc, mentions));
        List<Builder> people = cluster(doc, personSpans);
        addMissedNames(doc, people, mentions, places);
        respectively(doc, people);
        addTitleReferences(doc, people, places);
        List<LocalPerson> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Builder b = people.get(i);
            b.mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
            out.add(new LocalPerson(i, b.name, b.familyFirst, b.country(), b.titles, b.mentions));
        }
        return new DocEntities(doc.id(), out, places);
    }

    /**
     * "Tashkent International Airport", "Beijing Capital International Airport": an airport named after its city is
     * in that city (the longest run of the name's first words that is a capital or a city). "Heathrow Airport" names
     * no city and stays unresolved.
     */
    private Optional<PlaceRef> airportCity(AnnotatedDoc doc, EntitySpan s) {
        if (s.kind() == EntityKind.PERSON || s.last() == s.first()) return Optional.empty();
        Sentence sent = doc.sentences().get(s.sentence());
        if (!sent.token(s.last()).word().equalsIgnoreCase("airport")) return Optional.empty();
        for (int last = s.last() - 1; last >= s.first(); last--) {
            Token a = sent.token(s.first());
            Token b = sent.token(last);
            String name = doc.text().substring(a.begin(), b.end());
            // the airport's tokens (the frame that makes it a destination hangs on "Airport"), the city's name
            EntitySpan city = new EntitySpan(s.sentence(), s.first(), s.last(), a.begin(), b.end(), name, EntityKind.LOCATION);
            Optional<String> cap = gazetteer.countryByCapital(name);
            if (cap.isPresent()) return Optional.of(new PlaceRef(city, cap.get(), PlaceKind.CAPITAL));
            Optional<Place> c = gazetteer.city(name);
            if (c.isPresent()) return Optional.of(new PlaceRef(city, c.get().country(), PlaceKind.CITY));
        }
        return Optional.empty();
    }

    /** Prepositions of going to, being in or coming from a place, before a capital's name the tagger took for a person. */
    private static final Set<String> PLACE_CASES = Set.of("to", "in", "from", "into");

    /**
     * "During her visit to Lomé", "arrived in Nassau", "a visit to Nay Pyi Taw": a name tagged as a person that is a capital, right after a
     * preposition of place, is the capital, unless the article names a person so, in a longer name or after a title
     * ("Queen Victoria sailed to Victoria" keeps the queen's name a name).
     */
    private Optional<PlaceRef> capitalTaggedAsPerson(AnnotatedDoc doc, EntitySpan s, DocMentions mentions) {
        // (one word, "to Kyiv", or several that are the capital's whole name, "to Nay Pyi Taw")
        if (s.kind() != EntityKind.PERSON || s.first() < 2) return Optional.empty();
        Sentence sent = doc.sentences().get(s.sentence());
        if (!PLACE_CASES.contains(sent.token(s.first() - 1).word())) return Optional.empty();
        if (s.last() < sent.tokens().size() && sent.token(s.last() + 1).pos().equals("POS")) return Optional.empty();
        Optional<String> cap = gazetteer.countryByCapital(s.text());
        if (cap.isEmpty()) return Optional.empty();
        for (EntitySpan o : mentions.spans()) {
            if (o.kind() != EntityKind.PERSON) continue;
            boolean longer = o.last() > o.first() && java.util.Arrays.asList(o.text().split("\\s+")).contains(s.text());
            if (longer || o.text().equals(s.text()) && afterTitle(doc, o)) return Optional.empty();
        }
        return Optional.of(new PlaceRef(s, cap.get(), PlaceKind.CAPITAL));
    }

    /** Nouns of buildings and places named after people, capitalised as part of the name. */
    private static final Set<String> BUILDING_NOUNS = Set.of("palace", "palais", "palacio", "palácio", "palazzo", "castle",
            "mausoleum", "stadium", "airport", "avenue", "boulevard", "street", "square", "bridge", "university", "hospital",
            "mosque", "cathedral", "monument", "museum", "memorial");

    /** Whether a capitalised word is a building's noun ("Palais", "Mausoleum"). */
    private static boolean namesBuilding(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && BUILDING_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Prepositions that put people at a place, never at a person. */
    private static final Set<String> AT_A_PLACE = Set.of("at", "inside", "outside");

    private Optional<PlaceRef> placeOf(EntitySpan s) {
        String t = s.text();
        if (s.kind() == EntityKind.MISC || s.kind() == EntityKind.PERSON) {
            Optional<String> d = gazetteer.countryByDemonym(t);
            if (d.isPresent()) return Optional.of(new PlaceRef(s, d.get(), PlaceKind.DEMONYM));
        }
        Optional<String> c = gazetteer.countryByName(t);
        if (c.isPresent()) return Optional.of(new PlaceRef(s, c.get(), PlaceKind.COUNTRY));
        Optional<String> inst = gazetteer.countryByInstitution(t);
        if (inst.isPresent()) return Optional.of(new PlaceRef(s, inst.get(), PlaceKind.INSTITUTION));
        if (s.kind() == EntityKind.LOCATION || s.kind() == EntityKind.MISC) {
            Optional<String> cap = gazetteer.countryByCapital(t);
            if (cap.isPresent()) return Optional.of(new PlaceRef(s, cap.get(), PlaceKind.CAPITAL));
            // ("the President of the Republic": a word of a state's formal name alone is no town of that name)
            Optional<Place> city = STATE_STYLE.contains(t.toLowerCase(Locale.ROOT)) ? Optional.empty() : gazetteer.city(t);
            if (city.isPresent()) return Optional.of(new PlaceRef(s, city.get().country(), PlaceKind.CITY));
            Optional<String> demonym = gazetteer.countryByDemonym(t);
            if (demonym.isPresent()) return Optional.of(new PlaceRef(s, demonym.get(), PlaceKind.DEMONYM));
        }
        if (s.kind() == EntityKind.ORGANIZATION) {
            // "Beijing said", "talks in Kyiv" with the capital tagged as an organisation: a capital's name is the capital
            Optional<String> cap = gazetteer.countryByCapital(t);
            if (cap.isPresent() && !t.contains(" ")) return Optional.of(new PlaceRef(s, cap.get(), PlaceKind.CAPITAL));
        }
        if (s.kind() == EntityKind.ORGANIZATION) {
            // "Chinese Foreign Ministry", "Russia's Security Council": the organisation's country.
            String first = t.split("[\\s’']")[0];
            Optional<String> d = gazetteer.countryByDemonym(first).or(() -> gazetteer.countryByName(first));
            if (d.isPresent()) return Optional.of(new PlaceRef(s, d.get(), PlaceKind.INSTITUTION));
        }
        return Optional.empty();
    }

    /**
     * A capital or a country the tagger left without an entity tag ("will visit Kyiv", a spelling newer than its
     * training data): a proper noun of one token that no entity span covers and that names a capital or a country.
     */
    private List<PlaceRef> untaggedCapitals(AnnotatedDoc doc, DocMentions mentions) {
        List<PlaceRef> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            // ("an official visit to Côte d'Ivoire", a name of several words the tagger left untagged)
            Set<Integer> inLonger = new HashSet<>();
            for (int i = 1; i + 1 <= s.tokens().size(); i++) {
                for (int last = Math.min(s.tokens().size(), i + 2); last > i; last--) {
                    if (!untaggedName(s, mentions, i, last)) continue;
                    Token a = s.token(i);
                    Token b = s.token(last);
                    String name = doc.text().substring(a.begin(), b.end());
                    Optional<String> c = gazetteer.countryByName(name);
                    PlaceKind kind = PlaceKind.COUNTRY;
                    if (c.isEmpty()) {
                        c = gazetteer.countryByCapital(name);
                        kind = PlaceKind.CAPITAL;
                    }
                    if (c.isEmpty()) continue;
                    out.add(new PlaceRef(new EntitySpan(s.index(), i, last, a.begin(), b.end(), name, EntityKind.LOCATION), c.get(), kind));
                    for (int k = i; k <= last; k++) inLonger.add(k);
                    break;
                }
            }
            for (Token t : s.tokens()) {
                if (inLonger.contains(t.index())) continue;
                if (!t.pos().equals("NNP") || !t.ner().equals("O") || !looksLikeName(t.word())) continue;
                boolean covered = false;
                for (EntitySpan sp : mentions.spans()) if (sp.sentence() == s.index() && sp.covers(t.index())) covered = true;
                if (covered) continue;
                EntitySpan span = new EntitySpan(s.index(), t.index(), t.index(), t.begin(), t.end(), t.word(), EntityKind.LOCATION);
                Optional<String> capital = gazetteer.countryByCapital(t.word());
                if (capital.isPresent()) {
                    out.add(new PlaceRef(span, capital.get(), PlaceKind.CAPITAL));
                    continue;
                }
                gazetteer.countryByName(t.word()).ifPresent(c -> out.add(new PlaceRef(span, c, PlaceKind.COUNTRY)));
            }
        }
        return out;
    }

    /** Whether tokens first..last of a sentence are proper nouns the tagger left untagged, in no entity span. */
    private static boolean untaggedName(Sentence s, DocMentions mentions, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = s.token(k);
            if (!t.pos().equals("NNP") || !t.ner().equals("O")) return false;
            for (EntitySpan sp : mentions.spans()) if (sp.sentence() == s.index() && sp.covers(k)) return false;
        }
        return true;
    }

    /**
     * "the Russian and Ukrainian foreign ministers, Sergei Lavrov and Dmytro Kuleba": two countries and two names,
     * each joined by "and", with only title words between, pair in order. Only people the text gives no country yet.
     */
    private void respectively(AnnotatedDoc doc, List<Builder> people) {
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 2 < ts.size(); i++) {
                Optional<String> first = lookupAffiliation(ts.get(i).word());
                if (first.isEmpty() || !ts.get(i + 1).word().equalsIgnoreCase("and")) continue;
                Optional<String> second = lookupAffiliation(ts.get(i + 2).word());
                if (second.isEmpty() || second.equals(first)) continue;
                int j = i + 3;
                while (j < ts.size() && !ts.get(j).ner().equals("PERSON") && (ts.get(j).word().equals(",")
                        || Titles.WORDS.contains(ts.get(j).word().toLowerCase(Locale.ROOT))
                        || Titles.isHead(ts.get(j).lemma().toLowerCase(Locale.ROOT)))) {
                    j++;
                }
                Builder a = personAt(people, s.index(), j + 1);
                int k = j;
                while (k < ts.size() && ts.get(k).ner().equals("PERSON")) k++;
                if (a == null || k >= ts.size() || !ts.get(k).word().equalsIgnoreCase("and")) continue;
                Builder b = personAt(people, s.index(), k + 2);
                if (b == null || b == a) continue;
                if (a.countries.isEmpty()) a.countries.merge(first.get(), 1, Integer::sum);
                if (b.countries.isEmpty()) b.countries.merge(second.get(), 1, Integer::sum);
            }
        }
    }

    /** The person a token (1-based index) of a sentence belongs to, or null. */
    private static Builder personAt(List<Builder> people, int sentence, int token) {
        for (Builder b : people) {
            for (EntitySpan m : b.mentions) if (m.sentence() == sentence && m.covers(token)) return b;
        }
        return null;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the word right before a span is a title's head: "President X", "Minister X". */
    private static boolean afterTitle(AnnotatedDoc doc, EntitySpan s) {
        if (s.first() < 2) return false;
        Token before = doc.sentences().get(s.sentence()).tokens().get(s.first() - 2);
        return Titles.isHead(before.lemma().toLowerCase(Locale.ROOT));
    }

    /** "the Chinese capital", "the French capital": the capital of the demonym's country. */
    private List<PlaceRef> capitalPhrases(AnnotatedDoc doc) {
        List<PlaceRef> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 1; i + 1 < ts.size(); i++) {
                if (!ts.get(i + 1).lemma().equalsIgnoreCase("capital")) continue;
                // ("the Bissau-Guinean capital": the hyphenated demonym, not the "Guinean" after the hyphen)
                Optional<String> c = i >= 2 && hyphenated(ts, i - 2)
                        ? gazetteer.countryByDemonym(ts.get(i - 2).word() + "-" + ts.get(i).word()) : Optional.empty();
                if (c.isEmpty()) c = gazetteer.countryByDemonym(ts.get(i).word());
                if (c.isEmpty()) continue;
                Token a = ts.get(i);
                Token b = ts.get(i + 1);
                EntitySpan span = new EntitySpan(s.index(), a.index(), b.index(), a.begin(), b.end(),
                        doc.text().substring(a.begin(), b.end()), EntityKind.LOCATION);
                out.add(new PlaceRef(span, c.get(), PlaceKind.CAPITAL));
            }
        }
        return out;
    }

    /**
     * "the Amir", "Sultan", "the King" tagged as a name: a title word alone is the title (a reference to its holder),
     * unless the article names someone whose name ends in it ("Mervyn King ... King said").
     */
    private static boolean titleAlone(EntitySpan s, DocMentions mentions) {
        if (s.first() != s.last() || !Titles.isTitle(s.text().toLowerCase(Locale.ROOT))) return false;
        for (EntitySpan o : mentions.spans()) {
            if (o.kind() == EntityKind.PERSON && o.last() > o.first() && lastWord(o.text()).equals(lastWord(s.text()))) return false;
        }
        return true;
    }

    private static boolean looksLikeName(String text) {
        if (text.length() < 2) return false;
        if (!Character.isUpperCase(text.codePointAt(0))) return false;
        return text.chars().anyMatch(Character::isLowerCase);
    }

    private static final class Builder {
        String name;
        boolean familyFirst;
        final List<String> titles = new ArrayList<>();
        final Map<String, Integer> countries = new LinkedHashMap<>();
        final List<EntitySpan> mentions = new ArrayList<>();
        boolean speaker;

        Builder(String name) {
            this.name = name;
        }

        String country() {
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : countries.entrySet()) {
                if (e.getValue() > n || (e.getValue() == n && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }

        String[] parts() {
            return name.split(" ");
        }

        int lastBegin(int before) {
            int last = -1;
            for (EntitySpan m : mentions) if (m.begin() < before) last = Math.max(last, m.begin());
            return last;
        }
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_LETTER_DIGIT_SPACE = java.util.regex.Pattern.compile("[^\\p{L}\\p{N} ]");

    static String norm(String s) {
        return FamilyNames.ascii(s) ? normAscii(s) : normAny(s);
    }

    /** {@link #norm} by regular expressions, for any text; compiled once, as it runs for every name compared. */
    static String normAny(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        n = ARABIC_ARTICLE.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("al-");
        return NOT_LETTER_DIGIT_SPACE.matcher(n).replaceAll("").strip();
    }

    /**
     * {@link #normAny} of an ASCII text in one pass, without regular expressions (most names; the corpus level
     * normalises every person's name): nothing to decompose, letters are a-z once lower-cased, digits 0-9, and the
     * hyphen of "el-" is dropped with the other punctuation.
     */
    static String normAscii(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == 'e' && n.startsWith("el-", i) && (i == 0 || !asciiLetter(n.charAt(i - 1)))
                    && i + 3 < n.length() && asciiLetter(n.charAt(i + 3))) {
                b.append("al");
                i += 2;
            } else if (asciiLetter(c) || c >= '0' && c <= '9' || c == ' ') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The Arabic article as "el-" ("El-Sisi", the Egyptian spelling) is the "al-" of "al-Sisi". */
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("(?<!\\p{L})el-(?=\\p{L})");

    private List<Builder> cluster(AnnotatedDoc doc, List<EntitySpan> spans) {
        List<Builder> people = new ArrayList<>();
        Map<String, Builder> byFull = new LinkedHashMap<>();
        // Full names first, so that single names can attach to them whatever their order in the text.
        for (EntitySpan s : spans) {
            String name = cleanName(s.text());
            if (!name.contains(" ") || EntityResolver.surnameOnly(name) || styleAlone(s.text())) continue;
            Builder b = byFull.computeIfAbsent(norm(name).replace(" ", ""), k -> {
                Builder nb = new Builder(name);
                people.add(nb);
                return nb;
            });
            if (name.length() > b.name.length()) b.name = name;
            attach(doc, b, s);
        }
        List<EntitySpan> styles = new ArrayList<>();
        for (EntitySpan s : spans) {
            String name = cleanName(s.text());
            if (styleAlone(s.text())) {
                styles.add(s);
                continue;
            }
            boolean surname = EntityResolver.surnameOnly(name); // "De la Fuente" is Juan Ramón de la Fuente
            if (name.contains(" ") && !surname) continue;
            String n = surname ? norm(name.substring(name.lastIndexOf(' ') + 1)) : norm(name);
            Builder best = null;
            int bestPos = -2;
            Builder principal = null;
            int principalCount = Integer.MIN_VALUE;
            int principalPos = Integer.MIN_VALUE;
            int bearers = 0;
            List<Builder> titled = new ArrayList<>();
            String titleHead = lastWord(titleBefore(doc.sentences().get(s.sentence()), s).title());
            boolean allByFamilyName = true;
            for (Builder b : byFull.values()) {
                String[] parts = b.parts();
                boolean last = norm(parts[parts.length - 1]).equals(n);
                boolean first = norm(parts[0]).equals(n);
                boolean inner = false;
                for (int k = 1; k < parts.length - 1; k++) if (norm(parts[k]).equals(n) && parts[k].length() > 2) inner = true;
                if (!last && !first && !inner) continue; // "Lula" is Luiz Inacio Lula da Silva
                // The most recent bearer of the name before this mention is the one the context supports, except that
                // an analyst or spokesperson is not the one who travels or meets: when the mention is not quoted speech,
                // an official bearing the name comes first.
                boolean commentator = !speaks(doc, s) && isCommentator(b);
                int pos = b.lastBegin(s.begin());
                if (commentator) pos -= 1_000_000;
                if (best == null || pos > bestPos) {
                    best = b;
                    bestPos = pos;
                }
                bearers++;
                if (!titleHead.isEmpty() && b.titles.stream().anyMatch(t -> lastWord(t).equals(titleHead))) titled.add(b);
                allByFamilyName &= first && !last && !inner && calledByFamilyName(b);
                int count = (int) b.mentions.stream().filter(m -> m.begin() < s.begin()).count() - (commentator ? 1_000_000 : 0);
                if (count > principalCount || (count == principalCount && pos > principalPos)) {
                    principal = b;
                    principalCount = count;
                    principalPos = pos;
                }
            }
            // A bare Chinese or Korean family name among several bearers ("Kim" in an article naming Kim Jong Un, his
            // sister Kim Yo Jong and his father Kim Jong Il) is the one the article has named most so far, the most
            // recent of them on a tie: news names the others in full each time, so "Kim's summit with Trump" after
            // "his father, Kim Jong Il" is Kim Jong Un's.
            if (bearers > 1 && allByFamilyName) best = principal;
            // ("US President Joe Biden and First Lady Jill Biden ... at the invitation of President Biden"): of several
            // bearers, the one holding the title written before the name
            if (bearers > 1 && titled.size() == 1) best = titled.get(0);
            if (best != null) {
                String[] parts = best.parts();
                if (norm(parts[0]).equals(n) && !norm(parts[parts.length - 1]).equals(n)) best.familyFirst = true;
                attach(doc, best, s);
            } else {
                Builder b = byFull.computeIfAbsent(n, k -> {
                    Builder nb = new Builder(name);
                    people.add(nb);
                    return nb;
                });
                attach(doc, b, s);
            }
        }
        // "His Majesty" alone, which the tagger may take for a name, names no one new: it is the one person of the
        // article styled so ("His Majesty King Tupou VI"), or no one
        for (EntitySpan s : styles) {
            String address = null;
            for (String w : s.text().strip().split("\\s+")) {
                String lw = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
                if (ADDRESS.contains(lw)) address = lw;
            }
            Builder only = null;
            int n = 0;
            for (Builder b : people) {
                String a = address;
                if (a != null && b.titles.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(a))) {
                    only = b;
                    n++;
                }
            }
            if (n == 1) only.mentions.add(s);
        }
        return people;
    }

    /** Whether a name is only a style of address: "His Majesty", "Her Excellency", "Majesty". */
    private static boolean styleAlone(String text) {
        String[] words = text.strip().split("\\s+");
        boolean address = false;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (ADDRESS.contains(lw)) address = true;
            else if (!lw.equals("his") && !lw.equals("her") && !lw.equals("their") && !Titles.honorific(w)) return false;
        }
        return address;
    }

    /** Whether the person is called by the first word of their name ("Mr Wang" for Wang Yi, "Kim" for Kim Jong Un). */
    private static boolean calledByFamilyName(Builder b) {
        return b.familyFirst || EntityResolver.FAMILY_FIRST_COUNTRIES.contains(String.valueOf(b.country()))
                || FamilyNames.calledByFamilyName(b.name);
    }

    private static final java.util.Set<String> SPEECH = java.util.Set.of("say", "comment", "tell", "add", "note", "explain",
            "predict", "argue", "believe", "expect", "write", "warn", "suggest");

    /** Verbs whose object a state sends ({@link #sentBy}). */
    private static final java.util.Set<String> SENDING = java.util.Set.of("send", "dispatch", "appoint", "name", "nominate");

    /**
     * The sentences whose parse the resolver reads. {@link #sentBy}: a name, a verb of sending and a country or
     * capital. {@link #speaks}, which only decides between several full names bearing a bare one, one of them a
     * commentator: in a document with a commentator's title, a verb of speech and a name sharing a word with another
     * name. Elsewhere an unparsed sentence gives the same people as a parsed one.
     */
    public dev.parley.nlp.ParseNeeds parseNeeds() {
        return doc -> {
            List<Sentence> sentences = doc.sentences();
            java.util.Set<String> shared = hasCommentatorWord(sentences) ? wordsOfSeveralNames(doc) : java.util.Set.of();
            java.util.BitSet out = new java.util.BitSet();
            for (int i = 0; i < sentences.size(); i++) {
                boolean sending = false;
                boolean speech = false;
                boolean state = false;
                boolean person = false;
                boolean sharedName = false;
                for (Token t : sentences.get(i).tokens()) {
                    String l = t.lemma().toLowerCase(Locale.ROOT);
                    sending |= SENDING.contains(l);
                    speech |= SPEECH.contains(l);
                    if (t.ner().equals("PERSON")) {
                        person = true;
                        sharedName |= shared.contains(norm(t.word()));
                    }
                    state |= gazetteer.countryByName(t.word()).or(() -> gazetteer.countryByCapital(t.word())).isPresent();
                }
                if (sending && person && state || speech && sharedName) out.set(i);
            }
            return out;
        };
    }

    /**
     * The sentences of {@code doc} that may name a person for {@link #resolve}, judged before the parse: a token
     * tagged PERSON, a proper noun that is a word of a name tagged in the document ({@link #addMissedNames}), or a
     * title that may stand for a person ({@link #addTitleReferences}). A sentence outside it has no person mention.
     */
    public static java.util.BitSet mayNamePerson(AnnotatedDoc doc) {
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.ner().equals("PERSON")) nameWords.add(t.word());
            }
        }
        // a name's parts are cut from the text of the whole name, so also take the words of each tagged run
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.get(i).ner().equals("PERSON")) continue;
                int j = i;
                while (j + 1 < ts.size() && ts.get(j + 1).ner().equals("PERSON")) j++;
                nameWords.addAll(List.of(doc.text().substring(ts.get(i).begin(), ts.get(j).end()).split("\\s+")));
                i = j;
            }
        }
        java.util.BitSet out = new java.util.BitSet();
        for (int i = 0; i < doc.sentences().size(); i++) {
            for (Token t : doc.sentences().get(i).tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (t.ner().equals("PERSON") || t.pos().startsWith("NNP") && nameWords.contains(t.word())
                        || Titles.DIPLOMATIC.contains(lemma) || lemma.equals("president") || lemma.equals("leader")
                        || Titles.isTitle(lemma)) {
                    out.set(i);
                    break;
                }
            }
        }
        return out;
    }

    /** A word of a commentator's title ({@link #isCommentator}) anywhere in the document. */
    private static boolean hasCommentatorWord(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                for (String w : t.word().toLowerCase(Locale.ROOT).split("[ -]")) {
                    if (Titles.SPOKES.contains(w) || w.equals("economist")) return true;
                }
            }
        }
        return false;
    }

    /**
     * The words two different names share: {@link #cluster} finds several full names bearing a bare name only then.
     * Names are runs of PERSON tokens cut at line breaks, as {@link dev.parley.mentions.MentionExtractor} makes them
     * (before it drops honorifics, which can only merge names, not part them).
     */
    private static java.util.Set<String> wordsOfSeveralNames(AnnotatedDoc doc) {
        Map<String, String> nameByWord = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
                if (!ts.get(i).ner().equals("PERSON")) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && ts.get(j + 1).ner().equals("PERSON")
                        && !doc.text().substring(ts.get(j).end(), ts.get(j + 1).begin()).contains("\n")) {
                    j++;
                }
                StringBuilder name = new StringBuilder();
                for (int k = i; k <= j; k++) name.append(norm(ts.get(k).word())).append(' ');
                for (int k = i; k <= j; k++) {
                    String w = norm(ts.get(k).word());
                    String other = nameByWord.putIfAbsent(w, name.toString());
                    if (other != null && !other.equals(name.toString())) shared.add(w);
                }
                i = j + 1;
            }
        }
        return shared;
    }

    /**
     * "Prime Minister of Georgia Davit Kandelaki": a country's name the tagger ran into the name after "of" (the
     * name going on for two words or more) is the office's country, not the person's first name.
     */
    private DocMentions countriesBeforeNames(AnnotatedDoc doc, DocMentions mentions) {
        List<EntitySpan> out = new ArrayList<>();
        boolean changed = false;
        for (EntitySpan s : mentions.spans()) {
            Sentence sent = doc.sentences().get(s.sentence());
            int split = 0;
            if (s.kind() == EntityKind.PERSON && s.first() > 1 && sent.token(s.first() - 1).word().equals("of")) {
                for (int k = s.first(); k <= Math.min(s.first() + 2, s.last() - 2); k++) {
                    String words = doc.text().substring(sent.token(s.first()).begin(), sent.token(k).end());
                    if (gazetteer.countryByName(words).isPresent()) split = k;
                }
            }
            if (split == 0 && s.kind() == EntityKind.PERSON && s.last() < sent.tokens().size() && gazetteer.countryByName(s.text()).isPresent()) {
                // "Eswatini's Prime Minister Mandla Shongwe", "Eswatini Prime Minister X": a country's name, tagged as
                // a person, before a possessive or an office
                Token next = sent.tokens().get(s.last());
                String lw = next.lemma().toLowerCase(Locale.ROOT);
                if (next.pos().equals("POS") || Titles.isHead(lw) || Titles.WORDS.contains(lw)) {
                    changed = true;
                    for (int k = s.first(); k <= s.last(); k++) countriesTaggedAsNames.add(((long) s.sentence() << 16) | k);
                    out.add(new EntitySpan(s.sentence(), s.first(), s.last(), s.begin(), s.end(), s.text(), EntityKind.LOCATION));
                    continue;
                }
            }
            if (split == 0) {
                out.add(s);
                continue;
            }
            changed = true;
            for (int k = s.first(); k <= split; k++) countriesTaggedAsNames.add(((long) s.sentence() << 16) | k);
            Token a = sent.token(s.first());
            Token z = sent.token(split);
            Token n = sent.token(split + 1);
            out.add(new EntitySpan(s.sentence(), s.first(), split, a.begin(), z.end(), doc.text().substring(a.begin(), z.end()),
                    EntityKind.LOCATION));
            out.add(new EntitySpan(s.sentence(), split + 1, s.last(), n.begin(), s.end(), doc.text().substring(n.begin(), s.end()),
                    EntityKind.PERSON));
        }
        return changed ? new DocMentions(mentions.docId(), out) : mentions;
    }

    /** What joins the two names of one country: "Trinidad and Tobago", "Saint Vincent and the Grenadines". */
    private static final java.util.regex.Pattern COUNTRY_AND = java.util.regex.Pattern.compile("\\s+(?:and|&)\\s+(?:the\\s+)?");

    /**
     * "Trinidad and Tobago", "Antigua and Barbuda", "São Tomé and Príncipe": two names the tagger tagged apart, joined by
     * "and", that together name one country are that country (not a Bolivian city named Trinidad and an island).
     */
    private DocMentions countriesJoinedByAnd(AnnotatedDoc doc, DocMentions mentions) {
        List<EntitySpan> spans = mentions.spans();
        List<EntitySpan> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < spans.size(); i++) {
            EntitySpan a = spans.get(i);
            EntitySpan b = i + 1 < spans.size() ? spans.get(i + 1) : null;
            if (b != null && a.sentence() == b.sentence() && a.kind() != EntityKind.MISC && b.kind() != EntityKind.MISC
                    && COUNTRY_AND.matcher(doc.text().substring(a.end(), b.begin())).matches()) {
                String joined = doc.text().substring(a.begin(), b.end());
                if (gazetteer.countryByName(joined).isPresent()) {
                    out.add(new EntitySpan(a.sentence(), a.first(), b.last(), a.begin(), b.end(), joined, EntityKind.LOCATION));
                    changed = true;
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return changed ? new DocMentions(mentions.docId(), out) : mentions;
    }

    /** Whether the mention is the subject of a verb of speech ("Mr Yang said"). */
    private static boolean speaks(AnnotatedDoc doc, EntitySpan s) {
        Sentence sent = doc.sentences().get(s.sentence());
        Token t = sent.token(s.last());
        for (int guard = 0; guard < 4 && t.head() > 0; guard++) {
            Token h = sent.token(t.head());
            if (t.rel().startsWith("nsubj")) return SPEECH.contains(h.lemma().toLowerCase(Locale.ROOT));
            if (!(t.rel().equals("compound") || t.rel().equals("flat"))) return false;
            t = h;
        }
        return false;
    }

    private static boolean isCommentator(Builder b) {
        for (String t : b.titles) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[ -]")) if (Titles.SPOKES.contains(w) || w.equals("economist")) return true;
        }
        return false;
    }

    private static String cleanName(String text) {
        // (a nickname in quotation marks inside the name, Luis Inácio "Lula" Da Silva, is one of its names)
        String name = text.replaceAll("[’']s$", "").replaceAll("[\"“”‘]|(?<=\\s)'|'(?=\\s)|(?<=\\s)’|’(?=\\s)", "")
                .replaceAll("\\s+", " ").strip();
        // an honorific the tagger took into the name ("Shri Narendra Modi")
        int space = name.indexOf(' ');
        while (space > 0 && Titles.honorific(name.substring(0, space))) {
            name = name.substring(space + 1);
            space = name.indexOf(' ');
        }
        // a royal title or a style the tagger took into a name of two words or more after it ("Prince Mohammed bin
        // Salman", which is not "Prince Abdulaziz bin Salman"; "Sheikh Mishal Al-Ahmad Al-Sabah", not "Sheikh Sabah
        // Khalid Al-Sabah"); "King Salman" and "Sheikh Hasina" keep it, as "Salman" alone would name no one
        // ("Amir Sheikh Mishal Al-Ahmad Al-Sabah": a title and a style)
        while (space > 0 && isStyleOrRoyal(name.substring(0, space)) && name.substring(space + 1).contains(" ")) {
            name = name.substring(space + 1);
            space = name.indexOf(' ');
        }
        return name;
    }

    /** Records a mention and what its title phrase says (affiliation, title). */
    private void attach(AnnotatedDoc doc, Builder b, EntitySpan s) {
        b.mentions.add(s);
        Sentence sent = doc.sentences().get(s.sentence());
        TitlePhrase tp = titleBefore(sent, s);
        TitlePhrase after = appositiveAfter(sent, s);
        String of = ofCountry(sent, s);
        String country = of != null ? of : tp.country != null ? tp.country : after.country != null ? after.country : sentBy(sent, s);
        if (country != null) b.countries.merge(country, 1, Integer::sum);
        for (String t : List.of(tp.title, after.title)) {
            if (!t.isEmpty() && !b.titles.contains(t)) b.titles.add(t);
        }
        for (String t : royalTitles(s.text())) if (!b.titles.contains(t)) b.titles.add(t);
    }

    /**
     * "Javier Milei of Argentina", "Rodrigo Paz of Bolivia": a country named by "of" right after the name is the
     * person's, before any title phrase (in "Orsi of Uruguay and Rodrigo Paz of Bolivia" the words before Paz are Orsi's).
     */
    private String ofCountry(Sentence s, EntitySpan span) {
        List<Token> ts = s.tokens();
        int i = span.last(); // 0-based index of the token after the span
        if (i + 1 >= ts.size() || !ts.get(i).word().equals("of")) return null;
        int k = i + 1;
        if (ts.get(k).word().equalsIgnoreCase("the") && k + 1 < ts.size()) k++;
        for (int n = Math.min(3, ts.size() - k); n >= 1; n--) { // "of Papua New Guinea", "of South Africa", "of Brazil"
            StringBuilder name = new StringBuilder(ts.get(k).word());
            for (int j = 1; j < n; j++) name.append(' ').append(ts.get(k + j).word());
            Optional<String> c = gazetteer.countryByName(name.toString());
            if (c.isPresent()) return c.get();
        }
        return null;
    }

    /** "Beijing sent Vice-President X", "Moscow dispatched X": the state that sends a person is theirs. */
    private String sentBy(Sentence s, EntitySpan span) {
        Token last = s.token(span.last());
        if (!last.rel().equals("obj") || last.head() <= 0) return null;
        Token verb = s.token(last.head());
        String l = verb.lemma().toLowerCase(Locale.ROOT);
        if (!SENDING.contains(l)) return null;
        for (Token t : s.tokens()) {
            if (t.head() == verb.index() && t.rel().startsWith("nsubj")) {
                Optional<String> c = gazetteer.countryByName(t.word()).or(() -> gazetteer.countryByCapital(t.word()));
                if (c.isPresent()) return c.get();
            }
        }
        return null;
    }

    /** A word of a style of address before a name: "Sheikh", "HE", "His Highness", "Her Majesty". */
    private static boolean isStyle(List<Token> ts, int k) {
        String w = ts.get(k).word();
        String lw = w.toLowerCase(Locale.ROOT);
        if (Titles.honorific(w) || STYLES.contains(lw) || ADDRESS.contains(lw)) return true;
        return (lw.equals("his") || lw.equals("her") || lw.equals("their")) && k + 1 < ts.size()
                && ADDRESS.contains(ts.get(k + 1).word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "at");

    /** Nouns of a style of address ("His Highness", "Her Majesty", "His Excellency"), lower case. */
    private static final Set<String> ADDRESS = Set.of("highness", "majesty", "excellency", "holiness");

    /**
     * The royal titles and styles {@link #cleanName} takes off the front of a name ("Amir" and "Sheikh" of "Amir Sheikh
     * Mishal Al-Ahmad Al-Sabah"), which are the person's titles.
     */
    private static List<String> royalTitles(String text) {
        String name = cleanName(text);
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (name.startsWith(w)) break;
            if (isStyleOrRoyal(w)) out.add(w);
        }
        return out;
    }

    private static boolean isStyleOrRoyal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ROYAL.contains(w) || STYLES.contains(w);
    }

    /** Titles of royalty that the tagger takes into names (lower case). */
    private static final Set<String> ROYAL = Set.of("prince", "princess", "king", "queen", "emir", "amir", "sultan");

    /** Styles written before a name that are neither part of it nor an office (lower case), as honorifics are. */
    private static final Set<String> STYLES = Set.of("sheikh", "sheikha");

    record TitlePhrase(String country, String title) {
    }

    /** The title phrase right before a name: "Russian Foreign Minister", "China's top diplomat", "his Chinese counterpart". */
    TitlePhrase titleBefore(Sentence s, EntitySpan span) {
        List<Token> ts = s.tokens();
        int i = span.first() - 2; // 0-based index of the token before the span
        // "Mongolian president, Trump discuss rare earths": a headline's comma joins two subjects of a plural verb
        boolean twoSubjects = span.last() < ts.size() && ts.get(span.last()).pos().equals("VBP");
        // ("the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani", "the Emir of Kuwait, His Highness Sheikh Mishal": a
        // style before the name leaves the comma before it)
        int styled = i;
        while (styled >= 1 && isStyle(ts, styled)) styled--;
        if (styled < i && styled >= 0 && ts.get(styled).word().equals(",")) i = styled;
        if (i >= 0 && ts.get(i).word().equals(",") && !twoSubjects) {
            // "Russia's top diplomat, Sergey Lavrov", "Chinese ambassador to Moscow, Zhang Hanhui"
            boolean title = false;
            boolean named = false;
            // ("the Indian ambassador to the United States, X": a posting may take five words after its head)
            for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
                if (Titles.isHead(ts.get(k).lemma().toLowerCase(Locale.ROOT))) title = true;
                if (ts.get(k).word().equals(",") || ts.get(k).ner().equals("PERSON")) break;
                // ("At the invitation of His Majesty King Olav of Norway, His Excellency Kofi Asante": a name the tagger
                // missed after a title makes the phrase before the comma another person's)
                if (k >= 1 && nameAfterTitle(ts, k)) named = true;
            }
            if (title && !named) i--;
        }
        int end = i;
        int start = i + 1;
        int steps = 0;
        while (i >= 0 && steps < 9) {
            Token t = ts.get(i);
            String w = t.word();
            String lw = w.toLowerCase(Locale.ROOT);
            // "the Philippine ambassador in Beijing": a posting's "in" after a title's head belongs to the title
            boolean postedIn = lw.equals("in") && i > 0 && Titles.POSTINGS.contains(ts.get(i - 1).lemma().toLowerCase(Locale.ROOT));
            boolean ok = Titles.WORDS.contains(lw) || postedIn || Titles.isHead(t.lemma().toLowerCase(Locale.ROOT))
                    || t.pos().equals("POS") || (t.pos().startsWith("NNP") && !t.ner().equals("PERSON"))
                    || countriesTaggedAsNames.contains(((long) s.index() << 16) | t.index())
                    || t.ner().equals("MISC") || t.ner().equals("LOCATION") || t.ner().equals("ORGANIZATION")
                    || lw.equals("-") || w.equals("–") || Titles.honorific(w)
                    // a nationality adjective the tagger left untagged ("Philippine Secretary of Foreign Affairs X")
                    || t.pos().equals("JJ") && Character.isUpperCase(w.codePointAt(0)) && gazetteer.countryByDemonym(w).isPresent();
            if (!ok || namesTaggedAsPlaces.contains(((long) s.index() << 16) | t.index())) break;
            start = i;
            i--;
            steps++;
            // ("received at the palace in Rabat the Emir of Kuwait, X": a determiner not after a preposition opens the
            // title's noun phrase, and the words before it are another phrase's)
            boolean determiner = lw.equals("the") || lw.equals("a") || lw.equals("an");
            if (determiner && !(i >= 0 && PREPOSITIONS.contains(ts.get(i).word().toLowerCase(Locale.ROOT)))) break;
        }
        TitlePhrase tp = phrase(ts, start, end);
        if (tp.country == null && start >= 1 && start <= end && ts.get(start).word().equalsIgnoreCase("and")
                && ts.get(start - 1).ner().equals("PERSON") && !unknownAdjective(ts, start + 1, end)) {
            // "Foreign Minister A and Defence Minister B", "President A and Vice-President B": B shares A's country
            int last = start - 1;
            int first = last;
            while (first - 1 >= 0 && ts.get(first - 1).ner().equals("PERSON")) first--;
            Token a = ts.get(first);
            Token b = ts.get(last);
            EntitySpan prev = new EntitySpan(s.index(), a.index(), b.index(), a.begin(), b.end(), a.word(), EntityKind.PERSON);
            TitlePhrase before = titleBefore(s, prev);
            // ("German Chancellor A and President B": two heads of state or government named together are two
            // countries' leaders, B's left unsaid where the article is written)
            boolean twoLeaders = Titles.isLeaderTitle(before.title) && Titles.isLeaderTitle(tp.title);
            if (before.country != null && !twoLeaders) return new TitlePhrase(before.country, tp.title);
        }
        return tp;
    }

    /** Whether {@code k} is a capitalised word of no place, title or organisation right after a title's head or a royal title. */
    private boolean nameAfterTitle(List<Token> ts, int k) {
        Token t = ts.get(k);
        String before = ts.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        if (!Titles.isHead(before) && !ROYAL.contains(before)) return false;
        String lw = t.word().toLowerCase(Locale.ROOT);
        return t.pos().equals("NNP") && t.ner().equals("O") && !Titles.WORDS.contains(lw) && !Titles.isHead(lw)
                && !ROYAL.contains(lw) && gazetteer.countryByName(t.word()).isEmpty() && gazetteer.countryByDemonym(t.word()).isEmpty();
    }

    /**
     * Whether a title window holds a capitalised word that is neither a title word nor a known country: "Philippine
     * President B" after "Japanese Prime Minister A and" names B's own country, one the gazetteer does not know.
     */
    private static boolean unknownAdjective(List<Token> ts, int from, int to) {
        for (int k = from; k <= to && k < ts.size(); k++) {
            Token t = ts.get(k);
            String lw = t.word().toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(t.word().codePointAt(0)) || Titles.WORDS.contains(lw)
                    || Titles.isHead(t.lemma().toLowerCase(Locale.ROOT)) || Titles.isTitle(lw)) {
                continue;
            }
            if (t.pos().equals("JJ") || t.pos().startsWith("NNP")) return true;
        }
        return false;
    }

    /** An appositive after a name: ", the head of Russia's Security Council," or ", an associate research fellow at ...". */
    TitlePhrase appositiveAfter(Sentence s, EntitySpan span) {
        List<Token> ts = s.tokens();
        int i = span.last(); // 0-based index of the token after the span
        if (i >= ts.size() || !ts.get(i).word().equals(",")) return new TitlePhrase(null, "");
        int start = i + 1;
        if (start >= ts.size()) return new TitlePhrase(null, "");
        String det = ts.get(start).word().toLowerCase(Locale.ROOT);
        // (", chairwoman of Bosnia and Herzegovina's Council of Ministers,": a bare title noun opens one too)
        if (!(det.equals("the") || det.equals("a") || det.equals("an") || ts.get(start).pos().startsWith("NNP")
                || ts.get(start).pos().equals("JJ") || ts.get(start).pos().equals("NN")
                && Titles.isHead(ts.get(start).lemma().toLowerCase(Locale.ROOT)))) {
            return new TitlePhrase(null, "");
        }
        int end = start;
        boolean sawHead = false;
        while (end < ts.size() && end - start < 14) {
            Token t = ts.get(end);
            if (t.word().equals(",") || t.word().equals(".") || t.word().equals(";") || t.pos().startsWith("VB")
                    || t.ner().equals("PERSON")) {
                break;
            }
            if (Titles.isHead(t.lemma().toLowerCase(Locale.ROOT))) sawHead = true;
            end++;
        }
        if (!sawHead || twoSubjects(ts, start, end)) return new TitlePhrase(null, "");
        return phrase(ts, start, end - 1);
    }

    /**
     * "Ngiraklang, Costa Rica president talk seabed mining": a headline's comma joins two subjects of a plural verb, so
     * a phrase after the comma that runs straight into a plural or bare verb (tokens start..end-1, the verb at end,
     * no closing comma) is no appositive. Read from the tags alone, as every sentence has them, parsed or not.
     */
    private static boolean twoSubjects(List<Token> ts, int start, int end) {
        if (end >= ts.size() || end == start) return false;
        String pos = ts.get(end).pos();
        return pos.equals("VB") || pos.equals("VBP");
    }

    /** The number of tokens from {@code k} (at most to {@code end}) that name a country with an "and" in it, or 0. */
    private int countryWithAnd(List<Token> ts, int k, int end) {
        for (int n = Math.min(5, end - k + 1); n >= 3; n--) {
            boolean and = false;
            for (int j = k + 1; j < k + n - 1; j++) and |= ts.get(j).word().equals("and") || ts.get(j).word().equals("&");
            if (and && gazetteer.countryByName(words(ts, k, k + n - 1)).isPresent()) return n;
        }
        return 0;
    }

    /** Whether tokens k, k+1 and k+2 are one hyphenated word the tokenizer split: "Guinea", "-", "Bissau". */
    private static boolean hyphenated(List<Token> ts, int k) {
        return k + 2 < ts.size() && ts.get(k + 1).word().equals("-") && ts.get(k).end() == ts.get(k + 1).begin()
                && ts.get(k + 1).end() == ts.get(k + 2).begin();
    }

    private static String words(List<Token> ts, int from, int to) {
        StringBuilder b = new StringBuilder(ts.get(from).word());
        for (int j = from + 1; j <= to; j++) b.append(' ').append(ts.get(j).word());
        return b.toString();
    }

    private TitlePhrase phrase(List<Token> ts, int start, int end) {
        Set<Integer> inCountryName = new java.util.HashSet<>();
        String country = null;
        StringBuilder title = new StringBuilder();
        for (int k = start; k <= end; k++) {
            Token t = ts.get(k);
            String w = t.word();
            // "ambassador to Moscow", "envoy to the UN": a place after a title's "to" is the posting, not the country; a
            // "to" that only opens the window ("an invitation to Canadian Prime Minister X") is not a title's
            boolean destination = k > start + 1 && (ts.get(k - 1).word().equalsIgnoreCase("to")
                            || ts.get(k - 1).word().equalsIgnoreCase("in") && Titles.POSTINGS.contains(ts.get(k - 2).lemma().toLowerCase(Locale.ROOT)))
                    || k > start + 2 && ts.get(k - 2).word().equalsIgnoreCase("to") && ts.get(k - 1).word().equalsIgnoreCase("the");
            if (country == null && !destination && Character.isUpperCase(w.codePointAt(0))) {
                // A country's name joined by "and" first ("Trinidad and Tobago Prime Minister", "prime minister of
                // Antigua and Barbuda", "Saint Vincent and the Grenadines"), then two-word names ("White House",
                // "North Korean"), then single words.
                int joined = countryWithAnd(ts, k, end);
                if (joined > 0) {
                    country = gazetteer.countryByName(words(ts, k, k + joined - 1)).orElseThrow();
                    for (int j = k; j < k + joined; j++) inCountryName.add(j);
                    k += joined - 1;
                    continue;
                }
                if (k + 2 <= end && hyphenated(ts, k)) {
                    // ("Guinea-Bissau's President", "his Bissau-Guinean counterpart": the tokenizer splits the hyphen,
                    // and "Guinea" or "Guinean" alone is another country)
                    Optional<String> joinedName = lookupAffiliation(w + "-" + ts.get(k + 2).word());
                    if (joinedName.isPresent()) {
                        country = joinedName.get();
                        k += 2;
                        continue;
                    }
                }
                if (k + 1 <= end) {
                    String two = w + " " + ts.get(k + 1).word();
                    Optional<String> c2 = lookupAffiliation(two);
                    if (c2.isPresent()) {
                        country = c2.get();
                        k++;
                        continue;
                    }
                }
                Optional<String> c = lookupAffiliation(w);
                if (c.isPresent()) {
                    country = c.get();
                    continue;
                }
            }
            String lw = w.toLowerCase(Locale.ROOT);
            if ((lw.equals("his") || lw.equals("her") || lw.equals("their")) && t.pos().equals("PRP$") && title.length() > 0
                    && !(k + 1 <= end && ADDRESS.contains(ts.get(k + 1).word().toLowerCase(Locale.ROOT)))) {
                // "received at the Palácio do Governo his Danish counterpart": a possessive opens the name's own phrase;
                // the words before it are another's
                title.setLength(0);
                country = null;
                continue;
            }
            if (t.pos().equals("POS") || Titles.honorific(w) || lw.equals("the") || lw.equals("his") || lw.equals("her") || lw.equals("a")
                    || lw.equals("an") || lw.equals("their") || lw.equals("its") || lw.equals(",")) {
                continue;
            }
            if (title.length() > 0) title.append(' ');
            title.append(w);
        }
        String tt = cleanTitle(title.toString().strip());
        // "Russian and US Presidents Putin and Biden": two countries in one window say nothing about either person
        int countries = 0;
        for (int k = start; k <= end; k++) {
            String w = ts.get(k).word();
            if (inCountryName.contains(k)) {
                if (!inCountryName.contains(k - 1)) countries++; // "Trinidad and Tobago" is one country
                continue;
            }
            if (Character.isUpperCase(w.codePointAt(0)) && lookupAffiliation(w).isPresent()) countries++;
        }
        if (countries > 1 && ts.subList(start, end + 1).stream().anyMatch(t -> t.word().equalsIgnoreCase("and"))) country = null;
        boolean hasHead = false;
        for (String w : tt.split(" ")) if (Titles.isHead(w.toLowerCase(Locale.ROOT).replaceAll("s$", ""))
                || Titles.isHead(w.toLowerCase(Locale.ROOT))) hasHead = true;
        // "his Chinese counterpart" is a relation to someone else, not an office
        boolean relation = tt.equalsIgnoreCase("counterpart") || tt.equalsIgnoreCase("counterparts");
        return new TitlePhrase(country, hasHead && !relation ? tt : "");
    }

    private static final java.util.Set<String> EDGE_WORDS = java.util.Set.of("of", "and", "the", "a", "an", "who", "for",
            "to", "at", "in", "which", "that", "-", "–");

    /** "and National Security Adviser" → "National Security Adviser"; a relative clause is not a title. */
    static String cleanTitle(String t) {
        List<String> words = new ArrayList<>(List.of(t.split(" ")));
        int who = words.indexOf("who");
        if (who >= 0) words = new ArrayList<>(words.subList(0, who));
        while (!words.isEmpty() && EDGE_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
        while (!words.isEmpty() && EDGE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        // "President of the Republic of Maldives", "Prime Minister of the Democratic Republic of Timor-Leste": the
        // state's formal name after "of" (its country taken out as the affiliation) is no part of the office
        int of = words.indexOf("of");
        if (of > 0 && of + 1 < words.size() && STATE_FORMS.contains(words.get(of + 1).toLowerCase(Locale.ROOT))
                && words.subList(of + 1, words.size()).stream().anyMatch(w -> STATE_NOUNS.contains(w.toLowerCase(Locale.ROOT)))) {
            words = new ArrayList<>(words.subList(0, of));
        }
        return String.join(" ", words);
    }

    /** The nouns of a state's formal name: "of the Islamic Development Bank", "of the Federal Reserve" name none. */
    private static final Set<String> STATE_NOUNS = Set.of("republic", "kingdom", "sultanate", "emirate", "emirates",
            "principality", "federation", "commonwealth", "confederation", "jamahiriya");

    /** Words that open a state's formal name ("the Republic of", "the United Kingdom of", "the Sultanate of"). */
    private static final Set<String> STATE_FORMS = Set.of("republic", "kingdom", "democratic", "united", "islamic",
            "federal", "federative", "socialist", "federation", "commonwealth", "sultanate", "emirate", "emirates",
            "principality", "grand", "plurinational", "bolivarian", "hashemite", "co-operative", "cooperative", "oriental",
            "independent");

    private Optional<String> lookupAffiliation(String w) {
        return gazetteer.countryByDemonym(w).or(() -> gazetteer.countryByName(w))
                .or(() -> gazetteer.countryByInstitution(w)).or(() -> gazetteer.countryByCapital(w));
    }

    /**
     * The tagger sometimes misses a short name it found elsewhere in the same article ("Xi" after "Xi Jinping"):
     * a capitalised proper noun equal to the surname (or, for family-name-first names, the family name) of a
     * person named in full in the document is a mention of that person when only one person bears it.
     */
    /**
     * Names of the shape "Park Min-jae" (a family name and a given name joined by a hyphen, as Korean names are
     * romanised) right after a title's head, which the tagger, splitting the hyphen, left untagged: "South Korean
     * President Park Min-jae". Each is a person mention unless a span already covers it.
     */
    static List<EntitySpan> hyphenatedNamesAfterTitles(AnnotatedDoc doc, DocMentions mentions) {
        List<EntitySpan> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 1; i + 3 < ts.size(); i++) {
                if (!Titles.isHead(ts.get(i - 1).lemma().toLowerCase(Locale.ROOT))) continue;
                Token family = ts.get(i);
                Token given = ts.get(i + 1);
                Token hyphen = ts.get(i + 2);
                Token rest = ts.get(i + 3);
                boolean shape = capitalised(family) && capitalised(given) && family.pos().startsWith("NNP") && given.pos().startsWith("NNP")
                        && hyphen.word().equals("-") && rest.word().matches("\\p{Ll}+");
                if (!shape) continue;
                int first = family.index();
                int last = rest.index();
                boolean covered = mentions.spans().stream().anyMatch(sp -> sp.sentence() == s.index()
                        && sp.first() <= last && sp.last() >= first);
                if (covered) continue;
                out.add(new EntitySpan(s.index(), first, last, family.begin(), rest.end(),
                        family.word() + " " + given.word() + "-" + rest.word(), EntityKind.PERSON));
            }
        }
        return out;
    }

    private static boolean capitalised(Token t) {
        return t.word().length() > 1 && Character.isUpperCase(t.word().codePointAt(0));
    }

    private void addMissedNames(AnnotatedDoc doc, List<Builder> people, DocMentions mentions, List<PlaceRef> places) {
        Map<String, Builder> byPart = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Builder b : people) {
            String[] parts = b.parts();
            if (parts.length < 2) continue;
            List<String> keys = new ArrayList<>();
            keys.add(parts[parts.length - 1]);
            if (calledByFamilyName(b)) keys.add(parts[0]);
            for (String k : keys) {
                Builder old = byPart.putIfAbsent(k, b);
                if (old != null && old != b) ambiguous.add(k);
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                // ("Stubb leaves Helsinki on Sunday" tags Stubb alone an organisation: the surname of the article's
                // Alexander Stubb all the same)
                boolean loneOrganisation = t.ner().equals("ORGANIZATION") && mentions.spans().stream().anyMatch(sp ->
                        sp.sentence() == s.index() && sp.first() == t.index() && sp.last() == t.index() && sp.kind() == EntityKind.ORGANIZATION);
                if (!t.pos().startsWith("NNP") || !(t.ner().equals("O") || t.ner().equals("MISC") || loneOrganisation)) continue;
                Builder b = byPart.get(t.word());
                if (b == null || ambiguous.contains(t.word())) continue;
                boolean covered = false;
                for (EntitySpan sp : mentions.spans()) {
                    if (sp.sentence() == s.index() && sp.covers(t.index()) && !(loneOrganisation && sp.kind() == EntityKind.ORGANIZATION)) covered = true;
                }
                if (covered) continue;
                EntitySpan span = new EntitySpan(s.index(), t.index(), t.index(), t.begin(), t.end(), t.word(), EntityKind.PERSON);
                b.mentions.add(span);
                String[] parts = b.parts();
                if (t.word().equals(parts[0]) && !t.word().equals(parts[parts.length - 1])) b.familyFirst = true;
            }
        }
    }

    /** Words that make an office a lower one of the same name: "Deputy Prime Minister" is not "the Prime Minister". */
    private static final Set<String> SUBORDINATE_RANKS = Set.of("deputy", "vice", "assistant", "under", "junior", "associate", "former", "ex");

    /**
     * Title references without a name ("the Russian diplomat", "Russia's top diplomat", "the Russian foreign
     * minister") are resolved to the one person of that country in the document whose titles fit.
     */
    private void addTitleReferences(AnnotatedDoc doc, List<Builder> people, List<PlaceRef> places) {
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token head = ts.get(i);
                String lemma = head.lemma().toLowerCase(Locale.ROOT);
                // ("The Singaporean head of government, who arrived in Bucharest on Sunday evening": the country's leader)
                if (lemma.equals("head") && headOfStateOrGovernment(ts, i)) lemma = "leader";
                if (!Titles.DIPLOMATIC.contains(lemma) && !lemma.equals("president") && !lemma.equals("leader")
                        && !Titles.isTitle(lemma)) {
                    continue;
                }
                if (i + 1 < ts.size() && ts.get(i + 1).ner().equals("PERSON")) continue; // a title before a name
                // ("the Kenyan and Swedish presidents": a plural office is several people, none of them alone)
                if (head.pos().equals("NNS") || head.pos().equals("NNPS")) continue;
                if (i + 2 < ts.size() && ts.get(i + 1).word().equals(",") && ts.get(i + 2).ner().equals("PERSON")) continue;
                if (lemma.equals("counterpart")) continue; // "his counterpart" needs the event context
                // Look back for the country: "Russian", "Russia's", "South Korean", or "Korean" once the article has
                // named a person of only one of the countries it can stand for.
                Set<String> countries = Set.of();
                int first = i;
                for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                    Token t = ts.get(k);
                    String lw = t.word().toLowerCase(Locale.ROOT);
                    // ("the President of the Congo and the President of its Senate": an "and" after anything but a
                    // title's words ends the phrase; "Foreign and Trade Minister" goes on)
                    if ((lw.equals("and") || lw.equals("or")) && k > 0
                            && !Titles.WORDS.contains(ts.get(k - 1).word().toLowerCase(Locale.ROOT))
                            && !Titles.isHead(ts.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    if (t.pos().equals("POS") || Titles.WORDS.contains(lw)) {
                        first = k;
                        continue;
                    }
                    Optional<String> c = gazetteer.countryByDemonym(t.word()).or(() -> gazetteer.countryByName(t.word()))
                            .or(() -> gazetteer.countryByCapital(t.word()));
                    Optional<String> two = c.isEmpty() && k > 0 && !ts.get(k - 1).pos().equals("DT")
                            ? gazetteer.countryByDemonym(ts.get(k - 1).word() + " " + t.word()) : Optional.empty();
                    if (two.isPresent()) c = two;
                    if (two.isPresent()) first = k - 1;
                    else if (c.isPresent() || !gazetteer.countriesByDemonymWord(t.word()).isEmpty()) first = k;
                    countries = c.map(Set::of).orElseGet(() -> gazetteer.countriesByDemonymWord(t.word()));
                    break;
                }
                if (countries.isEmpty() && !head.pos().endsWith("S")) {
                    // "the Prime Minister of Georgia", "the President of the Republic of Uzbekistan" (not before the
                    // name it introduces, "Prime Minister of Georgia Davit Kandelaki"; "the presidents of Guatemala,
                    // El Salvador and Honduras" are several)
                    int[] after = countryAfterOf(doc, ts, i);
                    if (after != null && after[1] + 1 < ts.size() && ts.get(after[1] + 1).ner().equals("PERSON")
                            && !countriesTaggedAsNames.contains(((long) s.index() << 16) | ts.get(after[1] + 1).index())) {
                        continue;
                    }
                    if (after != null) countries = Set.of(gazetteer.countryByName(doc.text().substring(ts.get(after[0]).begin(),
                            ts.get(after[1]).end())).orElseThrow());
                }
                // ("the first visit by a German chancellor since Helmut Kohl", "no Japanese prime minister has"): an
                // indefinite or quantified title names no one in particular
                if (first >= 1 && INDEFINITE.contains(ts.get(first - 1).word().toLowerCase(Locale.ROOT))) continue;
                // ("the President of Congo's Senate", "the President of the Court": an office of something else; not
                // "the Head of State", "the Minister of Foreign Affairs", "the President of the Republic")
                if (countries.isEmpty() && ofSomethingElse(ts, i)) continue;
                if (countries.isEmpty()) {
                    // "the crown prince", "the prime minister", "the premier": a title held by exactly one named person
                    boolean two = i >= 2 && ts.get(i - 2).word().equalsIgnoreCase("the");
                    boolean one = !two && i >= 1 && ts.get(i - 1).word().equalsIgnoreCase("the") && Titles.isLeaderTitle(head.word());
                    if (!two && !one) continue;
                    String phrase = two ? (ts.get(i - 1).word() + " " + head.word()).toLowerCase(Locale.ROOT)
                            : head.word().toLowerCase(Locale.ROOT);
                    // the one holder of the office itself: "the Prime Minister" beside a "Deputy Prime Minister" is
                    // not the deputy, nor is a deputy alone the office's holder
                    Builder only = null;
                    int owners = 0;
                    for (Builder b : people) {
                        boolean itself = false;
                        for (String t : b.titles) {
                            String lt = t.toLowerCase(Locale.ROOT);
                            if (!lt.endsWith(phrase)) continue;
                            String[] before = lt.substring(0, lt.length() - phrase.length()).strip().split("[\\s-]+");
                            if (!SUBORDINATE_RANKS.contains(before[before.length - 1])) itself = true;
                        }
                        if (itself) {
                            only = b;
                            owners++;
                        }
                    }
                    if (owners != 1) continue;
                    Token a = two ? ts.get(i - 1) : head;
                    EntitySpan span = new EntitySpan(s.index(), a.index(), head.index(), a.begin(), head.end(),
                            doc.text().substring(a.begin(), head.end()), EntityKind.PERSON);
                    only.mentions.add(span);
                    continue;
                }
                boolean diplomatic = Titles.DIPLOMATIC.contains(lemma) && !lemma.equals("minister")
                        || (lemma.equals("minister") && i > 0 && ts.get(i - 1).word().equalsIgnoreCase("foreign"));
                Builder match = null;
                int count = 0;
                for (Builder b : people) {
                    if (b.country() == null || !countries.contains(b.country()) || b.mentions.isEmpty()) continue;
                    if (!titleFits(b, lemma, diplomatic)) continue;
                    match = b;
                    count++;
                }
                if (count != 1) continue;
                Token a = ts.get(first);
                EntitySpan span = new EntitySpan(s.index(), a.index(), head.index(), a.begin(), head.end(),
                        doc.text().substring(a.begin(), head.end()), EntityKind.PERSON);
                final int sentIdx = s.index();
                final int tokIdx = head.index();
                boolean clash = places.stream().anyMatch(p -> p.span().sentence() == sentIdx && p.span().covers(tokIdx));
                if (!clash) match.mentions.add(span);
            }
        }
    }

    /** Whether "head" at {@code i} is the office "head of state" or "head of government". */
    private static boolean headOfStateOrGovernment(List<Token> ts, int i) {
        if (i + 2 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("of")) return false;
        String w = ts.get(i + 2).word().toLowerCase(Locale.ROOT);
        return w.equals("state") || w.equals("government");
    }

    /** Whether the title at {@code head} goes on with "of" and a word that is neither a title's nor a state's. */
    private static boolean ofSomethingElse(List<Token> ts, int head) {
        int k = head + 1;
        if (k >= ts.size() || !ts.get(k).word().equals("of")) return false;
        k++;
        if (k < ts.size() && ts.get(k).word().equalsIgnoreCase("the")) k++;
        if (k >= ts.size()) return false;
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        return !Titles.WORDS.contains(w) && !Titles.isHead(ts.get(k).lemma().toLowerCase(Locale.ROOT)) && !STATE_STYLE.contains(w);
    }

    /** Words of a state's formal name between "of" and its name: "of the Republic of Uzbekistan". */
    private static final Set<String> STATE_STYLE = Set.of("the", "republic", "kingdom", "state", "of", "federal",
            "democratic", "people's", "islamic", "united", "sultanate", "principality", "commonwealth", "grand", "duchy");

    /**
     * The 0-based token range of a country's name after a title's "of" ("Prime Minister of Georgia", "President of the
     * Republic of Uzbekistan"), or null.
     */
    private int[] countryAfterOf(AnnotatedDoc doc, List<Token> ts, int head) {
        if (head + 2 >= ts.size() || !ts.get(head + 1).word().equals("of")) return null;
        int k = head + 2;
        while (k < ts.size() && k <= head + 6 && STATE_STYLE.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) k++;
        // the whole formal name first ("the Democratic Republic of the Congo" is not "the Congo"), then the name after
        // its style words ("the Republic of Uzbekistan")
        for (int start : k > head + 2 ? new int[] {head + 2, k} : new int[] {k}) {
            for (int end = Math.min(ts.size() - 1, k + 2); end >= start; end--) {
                if (ts.get(end).pos().equals("POS")) continue; // (the lookup would read "Uzbekistan's" as Uzbekistan)
                String words = doc.text().substring(ts.get(start).begin(), ts.get(end).end());
                if (!gazetteer.countryByName(words).isPresent()) continue;
                // ("the President of Uzbekistan's Constitutional Court" is the court's)
                if (end + 1 < ts.size() && ts.get(end + 1).pos().equals("POS")) return null;
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** Determiners before a title that make it no one in particular ("a German chancellor", "any French minister"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "any", "no", "every", "each");

    private static boolean titleFits(Builder b, String lemma, boolean diplomatic) {
        for (String t : b.titles) {
            String lt = t.toLowerCase(Locale.ROOT);
            if (diplomatic && (lt.contains("foreign minister") || lt.contains("diplomat") || lt.contains("secretary of state")
                    || lt.equals("fm") || lt.contains(" fm"))) {
                return true;
            }
            if (!diplomatic && lt.contains(lemma)) return true;
            if (lemma.equals("leader") && Titles.isLeaderTitle(t)) return true;
        }
        return false;
    }
}
