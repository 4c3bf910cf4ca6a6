package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.testing.Bundles;
import org.junit.jupiter.api.Test;

/** Every message a page or the API can show exists in both languages. */
class MessageBundlesTests {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        var english = Bundles.file("messages.properties").stringPropertyNames();
        var chinese = Bundles.file("messages_zh_CN.properties").stringPropertyNames();

        assertThat(chinese).as("keys worded in English only").containsAll(english);
        assertThat(english).as("keys worded in Chinese only").containsAll(chinese);
    }
}
