package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Analysis and synonyms: what the engine understands in a query. */
@SpringBootTest
class WatchVocabularyTests {

    @Autowired
    Catalog catalog;

    WatchVocabulary vocabulary() {
        return new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty()));
    }

    long id(String number) {
        return catalog.referenceByNumber(number).orElseThrow().id().value();
    }

    @Test
    void brandAliasesInChineseAndEnglishMeanTheBrand() {
        var vocabulary = vocabulary();
        for (var alias : new String[] {"劳力士", "Rolex", "rolex", "劳", "ＲＯＬＥＸ"}) {
            assertThat(vocabulary.understand(alias).concepts())
                    .as(alias)
                    .singleElement()
                    .satisfies(concept -> assertThat(concept.brands()).containsExactly("rolex"));
        }
        for (var alias : new String[] {"百达翡丽", "Patek Philippe", "PP", "pp"}) {
            assertThat(vocabulary.understand(alias).concepts().get(0).brands()).containsExactly("patek-philippe");
        }
        assertThat(vocabulary.understand("欧米茄").concepts().get(0).brands()).containsExactly("omega");
    }

    @Test
    void latinAliasesMatchWholeWordsOnly() {
        assertThat(vocabulary().understand("apple").concepts()).isEmpty();
    }

    @Test
    void nicknamesMeanTheirReferences() {
        var understood = vocabulary().understand("劳力士绿水鬼");
        assertThat(understood.concepts()).hasSize(2);
        assertThat(understood.concepts().get(1).references()).containsExactlyInAnyOrder(id("126610LV"), id("116610LV"));
        assertThat(understood.remainder()).isBlank();
    }

    @Test
    void referenceNumbersInEveryForm() {
        var vocabulary = vocabulary();
        for (var form : new String[] {"126610LN", "126610 LN", "126610-ln", "126610ln"}) {
            assertThat(vocabulary.understand(form).concepts().get(0).references())
                    .as(form)
                    .containsExactly(id("126610LN"));
        }
        assertThat(vocabulary.understand("126610").concepts().get(0).references())
                .containsExactlyInAnyOrder(id("126610LN"), id("126610LV"));
        assertThat(vocabulary.understand("5711/1A-010").concepts().get(0).references())
                .containsExactly(id("5711/1A-010"));
    }

    @Test
    void namesTheCatalogueTermsOfAQueryMadeOnlyOfThem() {
        var vocabulary = vocabulary();
        assertThat(vocabulary.terms("劳 lsg 126610-ln")).contains(List.of("劳力士", "绿水鬼", "126610LN"));
        assertThat(vocabulary.terms("PP 鹦鹉螺 pp")).contains(List.of("Patek Philippe", "鹦鹉螺"));
        assertThat(vocabulary.terms("126610")).contains(List.of("126610"));
        assertThat(vocabulary.terms("王小明")).isEmpty();
        assertThat(vocabulary.terms("劳力士王小明")).isEmpty();
        assertThat(vocabulary.terms("rolex apple")).isEmpty();
        assertThat(vocabulary.terms(" ，！")).isEmpty();
    }

    @Test
    void familyNamesMatchWithoutTheirSuffix() {
        var vocabulary = vocabulary();
        assertThat(vocabulary.understand("潜航者").concepts())
                .isEqualTo(vocabulary.understand("潜航者型").concepts());
        assertThat(vocabulary.understand("游艇名仕").concepts())
                .isEqualTo(vocabulary.understand("游艇名仕型").concepts());
        assertThat(vocabulary.understand("游艇名仕").remainder()).isBlank();
        assertThat(vocabulary.terms("劳力士 潜航者")).contains(List.of("劳力士", "潜航者型"));
        assertThat(vocabulary.suggest("潜航者", 10))
                .extracting(Suggestion::text)
                .contains("潜航者型")
                .doesNotContain("潜航者");
        for (var reference : catalog.references(Optional.empty())) {
            var family = WatchVocabulary.withoutSuffix(reference.familyNameZh());
            if (family.codePoints().allMatch(WatchVocabulary::han)) {
                assertThat(vocabulary.understand(family).concepts())
                        .as(reference.familyNameZh())
                        .singleElement()
                        .satisfies(concept -> assertThat(concept.references())
                                .contains(reference.id().value()));
            }
        }
        assertThat(WatchVocabulary.withoutSuffix("皇家橡树离岸型系列")).isEqualTo("皇家橡树离岸");
        assertThat(WatchVocabulary.withoutSuffix("探险家型II")).isEqualTo("探险家II");
    }

    @Test
    void queryLanguageIsOnlyText() {
        var understood = vocabulary().understand("*:* brand:rolex \"unbalanced");
        assertThat(understood.remainder()).doesNotContain("*", ":", "\"");
    }

    @Test
    void analyzerSegmentsChineseAndKeepsLatinWordsAndNumbersApart() throws IOException {
        var tokens = new ArrayList<String>();
        try (var analyzer = new WatchAnalyzer();
                var stream = analyzer.tokenStream("text", "潜航者型日历 Glashütte 126610LV，！")) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        assertThat(tokens).contains("glashutte", "126610", "lv").doesNotContain("，", "！");
        assertThat(tokens.stream().filter(t -> t.codePoints().anyMatch(Character::isIdeographic)))
                .hasSizeGreaterThan(1);
    }

    @Test
    void suggestsBrandsFirstThenNicknamesModelsAndReferences() {
        var vocabulary = vocabulary();
        assertThat(vocabulary.suggest("劳", 5)).first().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Suggestion.Kind.BRAND);
            assertThat(s.brand()).isEqualTo("rolex");
        });
        assertThat(vocabulary.suggest("绿水", 5)).extracting(Suggestion::text).contains("绿水鬼");
        assertThat(vocabulary.suggest("1266", 10)).extracting(Suggestion::text).contains("126610LN", "126610LV");
        assertThat(vocabulary.suggest("sub", 5)).extracting(Suggestion::text).contains("Submariner");
        assertThat(vocabulary.suggest("", 5)).isEmpty();
        assertThat(vocabulary.suggest("\u0000😀", 5)).isEmpty();
    }

    @Test
    void pinyinInitialsAndFullSpellingNameChineseWatchWords() {
        var vocabulary = vocabulary();
        for (var typed : new String[] {"lsg", "LSG", "lvshuigui", "lushuigui"}) {
            assertThat(vocabulary.understand(typed).concepts())
                    .as(typed)
                    .singleElement()
                    .satisfies(concept ->
                            assertThat(concept.references()).containsExactlyInAnyOrder(id("126610LV"), id("116610LV")));
        }
        assertThat(vocabulary.understand("lls").concepts().get(0).brands()).containsExactly("rolex");
        assertThat(vocabulary.understand("laolishi").concepts().get(0).brands()).containsExactly("rolex");
        assertThat(vocabulary.understand("pp").concepts().get(0).brands())
                .as("a Latin alias wins over pinyin")
                .containsExactly("patek-philippe");
        assertThat(vocabulary.understand("hm").concepts())
                .as("two initials alone are too ambiguous")
                .isEmpty();
        assertThat(vocabulary.understand("lao").concepts())
                .as("one character is not spelled")
                .isEmpty();
    }

    @Test
    void suggestsChineseNamesForTheirPinyinAfterDirectMatches() {
        var vocabulary = vocabulary();
        assertThat(vocabulary.suggest("lsg", 5)).first().satisfies(s -> {
            assertThat(s.text()).isEqualTo("绿水鬼");
            assertThat(s.kind()).isEqualTo(Suggestion.Kind.NICKNAME);
        });
        assertThat(vocabulary.suggest("ll", 10)).extracting(Suggestion::text).contains("劳力士");
        assertThat(vocabulary.suggest("lvshui", 5)).extracting(Suggestion::text).contains("绿水鬼");
        assertThat(vocabulary.suggest("haima", 5)).extracting(Suggestion::text).contains("海马系列");
        assertThat(vocabulary.suggest("rol", 10))
                .as("names typed directly come before pinyin readings")
                .first()
                .extracting(Suggestion::text)
                .isEqualTo("Rolex");
        assertThat(vocabulary.suggest("xyzq", 5)).isEmpty();
    }
}
