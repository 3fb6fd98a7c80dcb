package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.resolve.FamilyNames.Tradition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Family-name-first names recognised by their shape, from family-first-surnames.tsv and pinyin-syllables.tsv. */
class FamilyNamesTest {
    @ParameterizedTest
    @CsvSource({
        "Wang Yi, ZH", "Xi Jinping, ZH", "Li Qiang, ZH", "Gao Jianping, ZH", "Wang Wenbin, ZH", "Zhou Lan, ZH",
        "Ouyang Yujing, ZH", "Gao Jian Ping, ZH", "Chen Jining, ZH", "Wang Xi'an, ZH",
        "Kim Jong-un, KO", "Kim Jong Un, KO", "Kim Jong Il, KO", "Kim Yo Jong, KO", "Yoon Suk Yeol, KO",
        "Kim Min-seo, KO", "Park Chan-wook, KO", "Choe Son Hui, KO", "Ri Yong Ho, KO", "Moon Jae-in, KO",
        "Lee Jae Myung, KO", "Han Duck-soo, KO", "Jang Song Thaek, KO",
        "Nguyen Phu Trong, VI", "Tran Van Hieu, VI", "Pham Minh Chinh, VI", "Le Van Hieu, VI", "Ho Chi Minh, VI",
        "Nguyễn Xuân Phúc, VI", "Đặng Thị Ngọc Thịnh, VI", "Bui Thanh Son, VI"})
    void recognisedByShape(String name, Tradition tradition) {
        assertEquals(Optional.of(tradition), FamilyNames.tradition(name), name);
        assertTrue(FamilyNames.familyFirst(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Western names whose first word is such a family name: the rest is no given name of that tradition
        "Lee Anderson", "Kim Darroch", "Kim Jones", "Lee Harvey Oswald", "Park Avenue",
        // given name first: one word is no Korean given name, and Young, Ben, Dan are no family names here
        "Young Kim", "Sung Kim", "Ben Wang", "Dan Zhou", "Kim Ng",
        // a name particle first: French, Italian, Dutch, Afrikaans surnames
        "Le Pen", "Di Maio", "Du Plessis", "Van Dam",
        // common English words left out of the family names (He, Long, Man, Sun)
        "Long Island", "Man Utd",
        // too short or too long, or not capitalised
        "Kim", "Wang", "Nguyen Trong", "Wang yi", "Kim Jong Un Jr Second Third",
        // Wade-Giles and Singaporean spellings are not pinyin (a hyphen or the article says so instead)
        "Lee Hsien Loong", "Ong Ye Kung"})
    void notFamilyFirstByShape(String name) {
        assertEquals(Optional.empty(), FamilyNames.tradition(name), name);
    }

    @Test
    void chineseAndKoreanBearersAreCalledByTheFamilyNameVietnameseByTheGivenName() {
        assertTrue(FamilyNames.calledByFamilyName("Wang Yi"));
        assertTrue(FamilyNames.calledByFamilyName("Kim Jong Un"));
        assertFalse(FamilyNames.calledByFamilyName("Nguyen Phu Trong"), "Mr Trong");
        assertFalse(FamilyNames.calledByFamilyName("Lee Anderson"));
    }

    @Test
    void vanAndThiAreVietnameseMiddleNamesNotParticles() {
        LocalPerson hieu = new LocalPerson(0, "Le Van Hieu", false, null, List.of(), List.of());
        assertTrue(hieu.fullName(), "a full name, not the surname 'Le Van Hieu' with its particles");
        assertFalse(EntityResolver.surnameOnly("Le Van Hieu"));
        assertFalse(EntityResolver.surnameOnly("Tran Van Hieu"));
        assertTrue(EntityResolver.surnameOnly("van der Leyen"), "Dutch particles stay particles");
        assertTrue(EntityResolver.surnameOnly("Van Dam"));
    }

    @Test
    void commonEnglishWordsAreLeftOutOfTheFamilyNames() {
        // family-first-surnames.tsv leaves out He, Sun, Long, Man: "He Lifeng" needs its article to say he is Chinese
        assertEquals(Optional.empty(), FamilyNames.tradition("He Lifeng"));
        assertEquals(Optional.empty(), FamilyNames.tradition("Sun Weidong"));
        // the hand-kept spellings that news prints stay, English words or not
        assertEquals(Optional.of(Tradition.KO), FamilyNames.tradition("Park Geun-hye"));
        assertEquals(Optional.of(Tradition.KO), FamilyNames.tradition("Son Heung-min"));
    }
}
