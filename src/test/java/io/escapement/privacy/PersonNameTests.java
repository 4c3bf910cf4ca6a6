package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.escapement.testing.Bundles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTests {

    private static final String INVALID_CHARACTERS =
            "A name can contain only letters, spaces, middle dots (·), apostrophes and hyphens.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "张三",
                "欧阳娜娜",
                "迪丽热巴·迪力木拉提",
                "John Smith",
                "Mary-Jane O'Neil",
                "D’Angelo",
                "José Ñúñez",
                "Анна Каренина",
                "山田 太郎",
                "김민준",
                "अनुष्का",
                "𠮷田"
            })
    void acceptsNamesInAnyScript(String input) {
        assertThat(PersonName.parse(input).value()).isEqualTo(input);
    }

    @Test
    void trimsAndCollapsesSpaces() {
        assertThat(PersonName.parse("  John \t  Smith ").value()).isEqualTo("John Smith");
        assertThat(PersonName.parse("张\u3000三").value()).isEqualTo("张 三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"迪丽热巴•迪力木拉提", "迪丽热巴・迪力木拉提", "迪丽热巴 · 迪力木拉提", "迪丽热巴 • 迪力木拉提"})
    void writesTheMiddleDotAloneBetweenNames(String input) {
        assertThat(PersonName.parse(input).value()).isEqualTo("迪丽热巴·迪力木拉提");
    }

    @Test
    void limitsTheNameTo50Characters() {
        assertThat(PersonName.parse("张".repeat(50)).value()).hasSize(50);
        assertThat(PersonName.parse("𠮷".repeat(50)).value()).hasSize(100);
        assertRejected("张".repeat(51), "A name can have at most 50 characters.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Agent 007",
                "R2-D2",
                "john@escapement",
                "王五!",
                "Smith, John",
                "张三（先生）",
                "---",
                "· ·",
                "Zhang_San"
            })
    void rejectsAnythingButLettersAndNamePunctuation(String input) {
        assertRejected(input, INVALID_CHARACTERS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \u3000 "})
    void asksForANameWhenThereIsNone(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> PersonName.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo("Enter a name."));
    }

    @Test
    void constructsOnlyWithSingleSpacesBetweenWords() {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new PersonName(" John  Smith"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(INVALID_CHARACTERS));
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "张, *",
                "张三, 张*",
                "张三丰, 张**",
                "欧阳娜娜, 欧阳**",
                "司马光, 司马*",
                "东郭先生, 东郭**",
                "欧阳, 欧*",
                "𠮷田, 𠮷*",
                "迪丽热巴·迪力木拉提, 迪*********",
                "John Smith, J*** S****",
                "Mary-Jane O'Neil, M******** O*****",
                "José Ñúñez, J*** Ñ****",
                "Анна Каренина, А*** К*******",
                "山田 太郎, 山* 太*",
                "A, *"
            })
    void keepsOnlyTheSurnameOrInitials(String name, String masked) {
        assertThat(PersonName.parse(name).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "李娜", "欧阳娜娜", "司马光"})
    void recognisesWhatLooksLikeAChineseName(String text) {
        assertThat(PersonName.looksLikeChineseName(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"王", "绿水鬼", "劳力士", "王小明先生", "Wang", "王 小明", "欧阳"})
    void tellsOtherTextFromAChineseName(String text) {
        assertThat(PersonName.looksLikeChineseName(text)).isFalse();
    }

    @Test
    void printsOnlyTheMask() {
        var name = PersonName.parse("欧阳娜娜");

        assertThat(name.toString()).isEqualTo("欧阳**");
        assertThat(List.of(name).toString()).doesNotContain("娜");
    }

    private static void assertRejected(String input, String message) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> PersonName.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(message))
                .withMessageNotContaining(input);
    }
}
