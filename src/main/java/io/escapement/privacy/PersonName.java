package io.escapement.privacy;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A person's name in any script, as the person writes it: 1 to 50 characters of letters, middle
 * dots ({@code ·}, as in 迪丽热巴·迪力木拉提), apostrophes, hyphens and single spaces between words.
 *
 * @param value the name, without leading, trailing or repeated spaces
 */
public record PersonName(String value) implements Masked {

    private static final String INVALID_CHARACTERS = "personalData.name.characters";

    /** Words of letters, marks, middle dots, apostrophes (' and ’) and hyphens; at least one letter. */
    private static final Pattern NAME = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{M}·'’-]+(?: [\\p{L}\\p{M}·'’-]+)*");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** The middle dot with any space around it, or a dot that input methods produce in its place. */
    private static final Pattern MIDDLE_DOT_VARIANTS = Pattern.compile(" ?[·•・] ?");

    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "钟离", "端木", "南宫",
            "西门", "独孤", "呼延", "赫连", "澹台", "公羊", "闻人", "万俟", "申屠", "太叔", "濮阳", "淳于", "单于", "百里", "东郭");

    /** The hundred or so commonest single-character surnames, which most people in China bear. */
    private static final String COMMON_SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    public PersonName {
        if (value == null || value.isEmpty()) {
            throw new InvalidPersonalData("personalData.name.blank");
        }
        if (value.codePointCount(0, value.length()) > 50) {
            throw new InvalidPersonalData("personalData.name.tooLong");
        }
        if (!NAME.matcher(value).matches()) {
            throw new InvalidPersonalData(INVALID_CHARACTERS);
        }
    }

    /**
     * Reads a name, trimming it, turning each run of spaces (including full-width ones) into one
     * space, and the dots {@code •} and {@code ・}, or a middle dot with spaces around it, into the
     * middle dot alone.
     *
     * @throws InvalidPersonalData when {@code input} is {@code null}, blank, longer than 50 characters
     *     or contains anything but letters, spaces, middle dots, apostrophes and hyphens
     */
    public static PersonName parse(@Nullable String input) {
        if (input == null) {
            throw new InvalidPersonalData("personalData.name.blank");
        }
        String spaced = WHITESPACE.matcher(input).replaceAll(" ").strip();
        return new PersonName(MIDDLE_DOT_VARIANTS.matcher(spaced).replaceAll("·"));
    }

    /**
     * Whether {@code text} looks like a Chinese person's name: two or three Chinese characters starting
     * with a common surname ({@code 王小明}, {@code 李娜}), or three or four starting with a compound
     * surname ({@code 欧阳娜娜}). A heuristic for text that must never be published, not a validation:
     * many words look like names.
     */
    public static boolean looksLikeChineseName(String text) {
        int length = text.codePointCount(0, text.length());
        if (length < 2 || length > 4 || !text.codePoints().allMatch(PersonName::han)) {
            return false;
        }
        if (COMPOUND_SURNAMES.contains(text.substring(0, 2)) && length >= 3) {
            return true;
        }
        return length <= 3 && COMMON_SURNAMES.indexOf(text.codePointAt(0)) >= 0;
    }

    private static boolean han(int codePoint) {
        return UnicodeScript.of(codePoint) == UnicodeScript.HAN;
    }

    /**
     * The name with only its first part shown: a Chinese name keeps its surname, compound surnames
     * such as 欧阳 included ({@code 张**}, {@code 欧阳**}); other names keep the first letter of each
     * word ({@code J*** S****}), and a name joined by middle dots is one word
     * ({@code 迪*********}). A name of one character is shown as a single {@code *}.
     */
    @Override
    public String masked() {
        if (value.codePointCount(0, value.length()) == 1) {
            return "*";
        }
        if (value.codePoints().allMatch(PersonName::han)) {
            return Masking.keepLeading(value, surnameLength());
        }
        return Arrays.stream(value.split(" "))
                .map(word -> Masking.keepLeading(word, 1))
                .collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Two characters for a compound surname followed by a given name, otherwise one. */
    private int surnameLength() {
        return value.length() > 2 && COMPOUND_SURNAMES.contains(value.substring(0, 2)) ? 2 : 1;
    }
}
