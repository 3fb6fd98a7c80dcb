package dev.parley.mentions;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.time.MonthNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns token-level NER tags into entity spans, cleaning the usual tagger slips. */
public final class MentionExtractor {
    /** Honorifics are not part of a name: "Mr Lavrov" is "Lavrov". */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam");


    public DocMentions extract(AnnotatedDoc doc) {
        List<EntitySpan> spans = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                Token t = toks.get(i);
                EntityKind kind = kind(t.ner());
                if (kind == null) {
                    i++;
                    continue;
                }
                int j = i;
                // a name never runs across a line break (a headline above the lead, a caption above the text)
                while (j + 1 < toks.size() && kind.equals(kind(toks.get(j + 1).ner()))
                        && !doc.text().substring(toks.get(j).end(), toks.get(j + 1).begin()).contains("\n")) {
                    j++;
                }
                // Luis Inácio "Lula" Da Silva: a nickname in quotation marks inside a name is part of it
                int nick = kind == EntityKind.PERSON ? nicknameThrough(toks, j) : -1;
                if (nick > j) {
                    j = nick;
                    while (j + 1 < toks.size() && kind.equals(kind(toks.get(j + 1).ner()))) j++;
                }
                addSpan(doc, s, i, j, kind, spans);
                i = j + 1;
            }
        }
        return new DocMentions(doc.id(), spans);
    }

    private static final Set<String> QUOTES = Set.of("\"", "''", "``", "“", "”", "'", "‘", "’");

    /**
     * After a name's token {@code j}: a quotation mark, one or two capitalised words, a quotation mark and a person's
     * name again (Luis Inácio "Lula" Da Silva, Rodrigo "Rody" Duterte): the index of that closing mark, else -1.
     */
    static int nicknameThrough(List<Token> toks, int j) {
        if (j + 1 >= toks.size() || !QUOTES.contains(toks.get(j + 1).word())) return -1;
        for (int k = j + 2; k <= j + 4 && k + 1 < toks.size(); k++) {
            String w = toks.get(k).word();
            if (QUOTES.contains(w)) {
                return k > j + 2 && EntityKind.PERSON.equals(kind(toks.get(k + 1).ner())) ? k : -1;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) return -1;
        }
        return -1;
    }

    private static void addSpan(AnnotatedDoc doc, Sentence s, int i, int j, EntityKind kind, List<EntitySpan> out) {
        List<Token> toks = s.tokens();
        while (i <= j && HONORIFICS.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) i++;
        while (j >= i && (toks.get(j).word().equals("'s") || toks.get(j).word().equals("’s")
                || toks.get(j).pos().equals("POS"))) j--;
        if (i > j) return;
        if (kind == EntityKind.PERSON && inCredit(doc.text(), toks.get(i).begin(), toks.get(j).end())) return;
        if (kind == EntityKind.PERSON && i == j) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            boolean afterNumber = i > 0 && toks.get(i - 1).pos().equals("CD");
            // "beginning 22 Marc": a month's name, however truncated, after a number is a date, not a person
            if (afterNumber && MonthNames.parse(w).isPresent()) return;
        }
        Token a = toks.get(i);
        Token b = toks.get(j);
        String text = doc.text().substring(a.begin(), b.end());
        out.add(new EntitySpan(s.index(), a.index(), b.index(), a.begin(), b.end(), text, kind));
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)\\b(photo|photograph|picture|image|credit|file)s?\\b|/");

    /**
     * Whether a name is a photo credit: inside parentheses (on one line) that say photo, picture, credit or name an
     * agency with a slash ("(AP Photo/Susan Walsh)", "(Photo: Jane Roe)", "(Reuters/John Doe)").
     */
    static boolean inCredit(String text, int begin, int end) {
        int open = text.lastIndexOf('(', begin);
        int close = text.indexOf(')', end);
        if (open < 0 || close < 0) return false;
        if (text.lastIndexOf(')', begin) > open || text.substring(open, close).contains("\n")) return false;
        return CREDIT.matcher(text.substring(open + 1, close)).find();
    }

    private static EntityKind kind(String ner) {
        switch (ner) {
            case "PERSON": return EntityKind.PERSON;
            case "LOCATION": case "COUNTRY": case "CITY": case "STATE_OR_PROVINCE": return EntityKind.LOCATION;
            case "ORGANIZATION": return EntityKind.ORGANIZATION;
            case "MISC": case "NATIONALITY": return EntityKind.MISC;
            default: return null;
        }
    }
}
