package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.testing.Bundles;
import org.junit.jupiter.api.Test;

/**
 * The policy's prose files, as a translator leaves them. A wording may leave out a value the other
 * language names (Chinese need not repeat the region); one that names a value the code does not
 * give fails {@link PolicyDriftTests}, which renders the whole policy in both languages.
 */
class PolicyTextTests {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Bundles.file("policy/policy-text_zh.properties").stringPropertyNames())
                .isEqualTo(Bundles.file("policy/policy-text_en.properties").stringPropertyNames());
    }

    @Test
    void fillsNamedValuesAsPlainTextWithoutEscaping() {
        var text = PolicyText.in(PolicyLanguage.EN);

        assertThat(text.get("storage.where", "region", "O'Hara's $1 \\ land"))
                .isEqualTo("We store your personal information on servers in O'Hara's $1 \\ land.");
        assertThat(text.get("storage.where", "region", "{days}")).endsWith("in {days}.");
    }

    @Test
    void refusesAWordingThatNamesAValueTheCodeDoesNotGive() {
        var text = PolicyText.in(PolicyLanguage.ZH_CN);

        assertThatThrownBy(() -> text.get("storage.where"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{region}");
        assertThatThrownBy(() -> text.get("no.such.key")).hasMessageContaining("zh-CN has no no.such.key");
    }

    @Test
    void readsAListUpToItsFirstMissingNumber() {
        assertThat(PolicyText.in(PolicyLanguage.ZH_CN).list("rights.items")).hasSize(7);
        assertThat(PolicyText.in(PolicyLanguage.EN).list("data.columns"))
                .containsExactly("Personal information", "Category", "Sensitivity and grade", "Used for", "Kept for");
    }
}
