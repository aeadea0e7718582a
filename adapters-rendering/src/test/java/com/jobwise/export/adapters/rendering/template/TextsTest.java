package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.adapters.rendering.text.Texts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void cleanKeepsTextAndDropsWhatXmlForbids() {
        assertThat(Texts.clean("  a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\u00ADg\th  ")).isEqualTo("abcdefg h");
        assertThat(Texts.clean("e\u0301")).isEqualTo("é");
        assertThat(Texts.clean(" \u0001 ")).isNull();
        assertThat(Texts.line("one\r\ntwo\nthree")).isEqualTo("one two three");
        assertThat(Texts.clean("Zoë 😀 Ελληνικά")).isEqualTo("Zoë 😀 Ελληνικά");
    }
}
