package io.escapement.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a Chinese name is typed in pinyin: its initials ({@code lsg} for 绿水鬼) and its full
 * spelling without tones ({@code lvshuigui}, and {@code lushuigui} for those who type ü as u). A
 * character with several readings gives every one, up to {@value #MAX_SPELLINGS} spellings per
 * name.
 */
final class Pinyin {

    static final int MAX_SPELLINGS = 8;

    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Readings of one name: the initials and the full spellings. */
    record Spellings(Set<String> initials, Set<String> full) {

        static final Spellings NONE = new Spellings(Set.of(), Set.of());
    }

    private Pinyin() {}

    /** The spellings of a name written in Chinese characters only; none for anything else. */
    static Spellings of(String han) {
        if (han.isEmpty() || !han.codePoints().allMatch(WatchVocabulary::han)) {
            return Spellings.NONE;
        }
        List<List<String>> spellings = List.of(List.of());
        for (int i = 0; i < han.length(); i++) {
            var readings = readings(han.charAt(i));
            if (readings.isEmpty()) {
                return Spellings.NONE;
            }
            var longer = new ArrayList<List<String>>();
            for (var spelling : spellings) {
                for (var reading : readings) {
                    if (longer.size() < MAX_SPELLINGS) {
                        var next = new ArrayList<>(spelling);
                        next.add(reading);
                        longer.add(next);
                    }
                }
            }
            spellings = longer;
        }
        var initials = new LinkedHashSet<String>();
        var full = new LinkedHashSet<String>();
        for (var spelling : spellings) {
            var joined = String.join("", spelling);
            full.add(joined);
            full.add(joined.replace('v', 'u'));
            initials.add(spelling.stream().map(s -> s.substring(0, 1)).reduce("", String::concat));
        }
        return new Spellings(initials, full);
    }

    private static Set<String> readings(char c) {
        try {
            var readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            var letters = new LinkedHashSet<String>();
            for (var reading : readings == null ? new String[0] : readings) {
                if (LETTERS.matcher(reading).matches()) {
                    letters.add(reading);
                }
            }
            return letters;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
