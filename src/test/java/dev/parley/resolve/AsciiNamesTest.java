package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass normalisation of ASCII names gives what the regular expressions give, character for character. */
class AsciiNamesTest {
    private static final String ALPHABET = "aeElL-' .,0Zz9\t\nx()\"_";

    private static List<String> names() {
        List<String> out = new ArrayList<>(List.of("", " ", "Abdel Fattah El-Sisi", "el-Sisi", "El-", "el-1", "Del-Rio",
                "Hotel-Ritz", "Mel-el-Sisi", "el-el-x", " el-x ", "O'Brien", "D'Arcy  Smith", "J. K. Rowling",
                "Jean-Yves Le Drian", "Xi Jinping", "KIM Jong-un", "  Tabs\tand spaces  ", "AL-Sabah", "5 Star"));
        Random r = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void normOfAsciiNamesIsTheRegularExpressions() {
        for (String s : names()) assertEquals(DocResolver.normAny(s), DocResolver.normAscii(s), "'" + s + "'");
    }

    @Test
    void foldOfAsciiNamesIsTheRegularExpressions() {
        for (String s : names()) assertEquals(FamilyNames.foldAny(s), FamilyNames.fold(s), "'" + s + "'");
    }

    @Test
    void otherNamesTakeTheRegularExpressions() {
        assertEquals("nguyen phu trong", DocResolver.norm("Nguyễn Phú Trọng"));
        assertEquals("alsisi", DocResolver.norm("Abdel Fattah El-Sisi").substring(13));
        assertEquals("dang", FamilyNames.fold("Đặng"));
        assertEquals("obrien", FamilyNames.fold("O’Brien"));
    }
}
