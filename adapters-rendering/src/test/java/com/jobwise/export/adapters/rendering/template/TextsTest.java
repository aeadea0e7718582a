package com.jobwise.export.adapters.rendering.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x",
            "ftp://example.com/x", "vbscript:x", "jar:file:/x.jar!/", "//evil.example.com/x", "https://user:pw@example.com/",
            "https://exa mple.com", "not a url", "mailto:x@example.com", "http:///nohost"})
    void onlyHttpAndHttpsWithAHostBecomeWebLinks(String url) {
        assertThat(Texts.webHref(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/x, https://github.com/x", "http://example.com/a?b=c, http://example.com/a?b=c",
            "linkedin.com/in/ana, https://linkedin.com/in/ana", "www.ana.dev, https://www.ana.dev",
            "https://example.com/パス, https://example.com/%E3%83%91%E3%82%B9"})
    void safeUrlsAreNormalised(String url, String href) {
        assertThat(Texts.webHref(url)).isEqualTo(href);
    }

    @Test
    void mailtoOnlyForPlainAddresses() {
        assertThat(Texts.mailtoHref("ana@example.com")).isEqualTo("mailto:ana@example.com");
        assertThat(Texts.mailtoHref("ana@example.com?bcc=all@example.com")).isNull();
        assertThat(Texts.mailtoHref("ana@example.com&body=x")).isNull();
        assertThat(Texts.mailtoHref("not an email")).isNull();
        assertThat(Texts.mailtoHref("a b@example.com")).isNull();
    }

    @Test
    void displayUrlDropsSchemeWwwAndTrailingSlash() {
        assertThat(Texts.displayUrl("https://www.linkedin.com/in/ana/")).isEqualTo("linkedin.com/in/ana");
        assertThat(Texts.displayUrl("http://ana.dev")).isEqualTo("ana.dev");
    }

    @Test
    void cleanKeepsTextAndDropsWhatXmlForbids() {
        assertThat(Texts.clean("  a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\u00ADg\th  ")).isEqualTo("abcdefg h");
        assertThat(Texts.clean("e\u0301")).isEqualTo("é");
        assertThat(Texts.clean(" \u0001 ")).isNull();
        assertThat(Texts.line("one\r\ntwo\nthree")).isEqualTo("one two three");
        assertThat(Texts.clean("Zoë 😀 Ελληνικά")).isEqualTo("Zoë 😀 Ελληνικά");
    }

    @Test
    void datesAreWorded() {
        assertThat(Texts.range("2021-03", null, true)).isEqualTo("Mar 2021 – Present");
        assertThat(Texts.range("2015-07", "2017-12", false)).isEqualTo("Jul 2015 – Dec 2017");
        assertThat(Texts.range("2019", "2020", false)).isEqualTo("2019 – 2020");
        assertThat(Texts.range("2024-03-15", null, false)).isEqualTo("Mar 2024");
        assertThat(Texts.range(null, "2020-13", false)).isEqualTo("2020-13");
        assertThat(Texts.range(null, null, false)).isNull();
        assertThat(Texts.longDate("2025-11-15")).isEqualTo("November 15, 2025");
        assertThat(Texts.longDate("15 Nov 2025")).isEqualTo("15 Nov 2025");
    }
}
