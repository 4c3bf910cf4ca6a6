package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pinyin spellings of Chinese watch names, computed when the vocabulary is built. */
class PinyinTests {

    @Test
    void spellsInitialsAndFullPinyinWithEveryReading() {
        var greenSubmariner = Pinyin.of("绿水鬼");
        assertThat(greenSubmariner.initials()).contains("lsg");
        assertThat(greenSubmariner.full()).contains("lvshuigui", "lushuigui");
        assertThat(Pinyin.of("劳力士").initials()).containsExactly("lls");
        assertThat(Pinyin.of("百达翡丽").full()).contains("baidafeili");
    }

    @Test
    void boundsTheSpellingsOfManyPolyphonicCharacters() {
        var spellings = Pinyin.of("长长长长长长");
        assertThat(spellings.full()).isNotEmpty();
        assertThat(spellings.initials()).hasSizeLessThanOrEqualTo(Pinyin.MAX_SPELLINGS);
        assertThat(spellings.full()).hasSizeLessThanOrEqualTo(2 * Pinyin.MAX_SPELLINGS);
    }

    @Test
    void spellsNothingButChineseCharacters() {
        for (var name : new String[] {"", "Rolex", "绿水鬼 LV", "126610LV", "😀"}) {
            assertThat(Pinyin.of(name)).as(name).isEqualTo(Pinyin.Spellings.NONE);
        }
    }
}
