package io.escapement.searchhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTests {

    @Test
    void removesControlCharactersAndCollapsesWhiteSpace() {
        assertThat(SearchQuery.of("  劳力士\u0000\u200B\t\n 绿水鬼\u0007  ")
                        .orElseThrow()
                        .text())
                .isEqualTo("劳力士 绿水鬼");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\t\u200B", "\n\r"})
    void leavesNothingOfABlankQuery(String raw) {
        assertThat(SearchQuery.of(raw)).isEmpty();
        assertThat(SearchQuery.of(null)).isEmpty();
    }

    @Test
    void cutsALongQueryWithoutSplittingACharacter() {
        var query = SearchQuery.of("⌚".repeat(SearchQuery.MAX_LENGTH + 20))
                .orElseThrow()
                .text();
        assertThat(query.codePointCount(0, query.length())).isEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(query).isEqualTo("⌚".repeat(SearchQuery.MAX_LENGTH));
    }

    @Test
    void refusesAnUnnormalisedQuery() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery(" 绿水鬼"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("a\tb"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "138 1234 5678",
                "+86 138-1234-5678",
                "li.lei@example.com",
                "卖家 li.lei@example.com",
                "11010519491231002X",
                "6222 0212 3456 7890 128",
                "座机 021-62345678",
                "1234567",
                "139.1312.5711",
                "139/1312/5711",
                "110105.19491231.002X"
            })
    void countsNoKeywordThatLooksLikePersonalInformation(String raw) {
        assertThat(SearchQuery.of(raw).orElseThrow().keyword()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"绿水鬼", "Rolex 126610LN", "126610-ln", "5711/1A", "omega 310.30.42.50.01.002", "熊猫迪 2023"})
    void countsWatchKeywordsInLowerCase(String raw) {
        assertThat(SearchQuery.of(raw).orElseThrow().keyword()).contains(raw.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void countsNoLongQuery() {
        assertThat(SearchQuery.of("劳".repeat(SearchQuery.MAX_KEYWORD_LENGTH + 1))
                        .orElseThrow()
                        .keyword())
                .isEmpty();
        assertThat(SearchQuery.of("劳".repeat(SearchQuery.MAX_KEYWORD_LENGTH))
                        .orElseThrow()
                        .keyword())
                .isPresent();
    }
}
