package dev.parley.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the lines a scraped page puts before its headline (section names, navigation, site banners, bylines, photo
 * captions and credits, datelines of publication) from a headline, by their shape, so that a document without a
 * title in its metadata is titled by its first line that is not debris. No site's wording is listed: the cues are
 * shapes (one or two capitalised words and nothing else, "By Name", a credit after a slash) and the words every
 * site's chrome uses ("skip to", "sign in", "photo:").
 */
final class PageDebris {
    /** How many non-blank lines are looked at for a headline before the first line is taken after all. */
    static final int LINES_LOOKED_AT = 12;

    // Compiled once: a title is looked for in every document read, and String.matches compiles its pattern each call.
    private static final Pattern LINE_BREAK = Pattern.compile("\n");
    private static final Pattern HEADING_MARK = Pattern.compile("^#+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern SENTENCE_MARK = Pattern.compile(".*[.!?:;,\"“”()\\d].*");
    private static final Pattern EXPLICIT_NAVIGATION = Pattern.compile(
            "(?i)^(?:(?:skip|jump|go|back|return) to|(?:sign|log) (?:in|up)|click here|accept (?:all|cookies)|we use cookies)\\b.*");
    private static final Pattern WELCOME = Pattern.compile("(?i)^welcome to\\b.*");
    private static final Pattern BETA = Pattern.compile(".*\\bBETA\\b.*");
    private static final Pattern NEWS_OUTLET = Pattern.compile(
            ".*\\b(?:news|tv|television|satellite) (?:channel|portal|website|network)\\b.*");
    private static final Pattern NEWS_VERB = Pattern.compile(".*\\b(?:says|said|meets?|visits?|talks?|calls?)\\b.*");
    private static final Pattern ICON = Pattern.compile("icon");
    private static final Pattern CREDITED_BY = Pattern.compile("(?i)^(?:(?:additional )?reporting|writing|written|edited"
            + "|editing|compiled|posted|words|text|photos?|video|story) by\\b.*");
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:writer|author|reporter|editor|correspondent|byline|by)s?\\s*[:|].*");
    private static final Pattern TIMESTAMP_LABEL = Pattern.compile(
            "(?i)^(?:published|updated|posted|last updated|first published|modified|date)\\b.*");
    private static final Pattern READING_TIME = Pattern.compile("(?i).*\\b\\d+\\s*(?:min|mins|minutes?)\\s+read\\b.*");
    private static final Pattern TIMESTAMP_SEPARATOR = Pattern.compile("([,|•·])");
    private static final Pattern TRAILING_POINTS = Pattern.compile("[,.]+$");

    private PageDebris() {
    }

    /**
     * The first non-blank line of {@code text} among the first {@link #LINES_LOOKED_AT} that is not page debris, with
     * Markdown heading marks removed; the first non-blank line when all of those are debris; "" for blank text.
     */
    static String title(String text) {
        String first = null;
        int seen = 0;
        for (String raw : LINE_BREAK.split(text)) {
            if (raw.isBlank()) continue;
            String line = HEADING_MARK.matcher(raw.strip()).replaceFirst("");
            if (first == null) first = line;
            if (!isDebris(line)) return line;
            if (++seen >= LINES_LOOKED_AT) break;
        }
        return first == null ? "" : first;
    }

    /** Whether a line is page debris rather than a headline or text. */
    static boolean isDebris(String line) {
        String s = line.strip();
        if (s.isEmpty() || !HAS_LETTER_OR_DIGIT.matcher(s).matches()) return true; // rules, separators, stray marks: "---", "* * *"
        return sectionName(s) || breadcrumb(s) || navigation(s) || banner(s) || byline(s) || credit(s) || timestamp(s);
    }

    private static final Pattern CAPITALISED = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final Pattern CONNECTOR = Pattern.compile("&|and|\\+");

    /**
     * "Politics", "World", "Middle East", "ALL SECTIONS", "Business &amp; Economy": one or two capitalised words
     * (three or four when joined by "&amp;" or "and"), nothing after them that a sentence or a headline would have.
     * A headline of two capitalised words is rare in news: headlines have a verb, a section name has none.
     */
    static boolean sectionName(String s) {
        if (SENTENCE_MARK.matcher(s).matches()) return false;
        String[] words = SPACES.split(s);
        int content = 0;
        for (String w : words) {
            if (CONNECTOR.matcher(w).matches()) continue;
            if (!CAPITALISED.matcher(w).matches()) return false;
            content++;
        }
        return content >= 1 && content <= (words.length > content ? 3 : 2);
    }

    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+(?:[|/>›»·•]|&gt;)\\s+");

    /** "Home › News › Asia", "News | World": short items between separators, none of them a phrase. */
    static boolean breadcrumb(String s) {
        String[] parts = CRUMB_SEPARATOR.split(s);
        if (parts.length < 2) return false;
        for (String p : parts) {
            if (p.isBlank() || SPACES.split(p.strip()).length > 3 || !sectionName(p.strip())) return false;
        }
        return true;
    }

    /** Page chrome: what a reader clicks, not reads. Only at the start of a line, or as the whole of a short one. */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)^(?:"
            + "(?:skip|jump|go|back|return) to\\b|(?:sign|log) (?:in|up|out)\\b|subscribe\\b|register\\b|click here\\b"
            + "|read (?:more|next|also)\\b|(?:also|more) (?:on|from|in)\\b|related\\b|most (?:read|popular|viewed)\\b"
            + "|share (?:this|on|via|the)\\b|follow us\\b|download (?:the|our) app\\b|open in app\\b|listen to (?:this|the) article\\b"
            + "|accept (?:all|cookies)\\b|(?:we use )?cookies\\b|advertisement\\b|sponsored\\b|trending\\b|latest news\\b"
            + "|(?:main )?menu\\b|search\\b|home ?page\\b|home\\b(?=\\s*(?:$|[|/>›»]))"
            + ")");

    static boolean navigation(String s) {
        if (!NAVIGATION.matcher(s).find()) return false;
        // "Search for survivors goes on as leaders meet" is a headline: past a few words, only the explicit forms count.
        return SPACES.split(s).length <= 6 || EXPLICIT_NAVIGATION.matcher(s).matches();
    }

    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+\\.(?:com|org|net|info|co\\.uk|co|io|news|tv|in|ru|cn)\\b");

    /**
     * Site banners and taglines: a greeting ("Welcome to ..."), a beta notice, a site's own web address, a site
     * describing itself as a news channel or portal, rows of icon names a page's markup left in its text.
     */
    static boolean banner(String s) {
        if (WELCOME.matcher(s).matches()) return true;
        if (BETA.matcher(s).matches()) return true;
        if (DOMAIN.matcher(s).find() && SPACES.split(s).length <= 12) return true;
        String lower = s.toLowerCase(Locale.ROOT);
        if (NEWS_OUTLET.matcher(lower).matches() && !NEWS_VERB.matcher(lower).matches()) return true;
        return ICON.split(lower, -1).length > 3; // "icon bookmark icon camera icon check ..."
    }

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|al|bin|el|la|le))*";
    private static final Pattern BY_NAME = Pattern.compile("^(?:By|BY|by)\\s+" + NAME + ".*");

    /** "By Jane Doe", "By JANE DOE and John Roe, Agency", "Reporting by ...", "Writer: ...", "Edited by ...". */
    static boolean byline(String s) {
        if (CREDITED_BY.matcher(s).matches()) return true;
        if (BYLINE_LABEL.matcher(s).matches()) return true;
        if (!BY_NAME.matcher(s).matches()) return false;
        // Past the name(s), a byline has an agency, a role or a date; a headline "By Air, Leaders Reach ..." has a verb
        // phrase, which a byline of eight words or fewer seldom has room for.
        return SPACES.split(s).length <= 10;
    }

    /** Photo captions and credits in any case: "(Photo: ...)", "Photo: ...", "Getty Images", "Photo credit". */
    private static final Pattern CREDIT_WORDS = Pattern.compile("(?i)(?:"
            + "\\((?:photo|photograph|image|picture|file photo|credit|source)s?\\b"
            + "|^(?:photo|photograph|image|picture|caption|credit|file photo|file image|file picture|representational image)s?"
            + "(?:\\s*[:|–—-]|\\s+(?:of|by|shows?|courtesy)\\b|\\s*$)"
            + "|\\b(?:getty|shutterstock|alamy|istock) images\\b|\\bphoto credit\\b|©|\\(c\\) \\d{4}"
            + ")");

    /**
     * Credits as agencies write them, case kept: "REUTERS/Jane Doe", "Xinhua/Li Lei", "AP Photo", and a caption's
     * closing credit after its last sentence ("... Sergey Lavrov. AP", "... in Beijing. REUTERS").
     */
    private static final Pattern CREDIT_AGENCY = Pattern.compile(
            "\\b(?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|ANI|PTI|TASS|Sputnik|Yonhap|Kyodo|Bloomberg|Anadolu)\\s*/\\s*\\p{Lu}"
            + "|\\bAP Photo\\b|\\bGetty\\b"
            + "|[.)]\\s+(?:\\p{Lu}{2,8}|Reuters)(?:\\s*/\\s*[\\p{L} .]+)?\\s*$");

    static boolean credit(String s) {
        return CREDIT_WORDS.matcher(s).find() || CREDIT_AGENCY.matcher(s).find();
    }

    private static final Pattern TIMESTAMP_WORD = Pattern.compile("(?i)\\d{1,4}(?:st|nd|rd|th)?[,.:]?|\\d{1,2}:\\d{2}(?:[ap]m)?|[ap]\\.?m\\.?|"
            + "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
            + "nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
            + "sat(?:urday)?|sun(?:day)?|gmt|utc|ist|est|edt|pst|pdt|cet|cest|bst|jst|kst|et|pt|[-–|,/•·]");

    /** "Updated 12:30 GMT", "Published on March 18, 2021", "18 Mar 2021, 10:04 am IST", "5 min read". */
    static boolean timestamp(String s) {
        if (TIMESTAMP_LABEL.matcher(s).matches() && SPACES.split(s).length <= 12) return true;
        if (READING_TIME.matcher(s).matches() && SPACES.split(s).length <= 12) return true;
        String[] words = SPACES.split(TIMESTAMP_SEPARATOR.matcher(s).replaceAll(" $1 ").strip());
        boolean digit = false;
        for (String w : words) {
            String t = TRAILING_POINTS.matcher(w).replaceAll("");
            if (t.isEmpty()) continue;
            if (!TIMESTAMP_WORD.matcher(t).matches()) return false;
            digit |= HAS_DIGIT.matcher(t).matches();
        }
        return digit;
    }
}
