package com.jobwise.export.adapters.rendering.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one link policy of PDF and DOCX (the cases of both former copies, which disagreed on user info). */
class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x",
            "data:text/html;base64,PHNjcmlwdD4=", "ftp://example.com/x", "vbscript:x", "jar:file:/x.jar!/",
            "//evil.example.com/x", "https://user:pw@example.com/", "https://user@example.com/",
            "http://admin@bank.example@evil.example/", "linkedin.com@evil.example", "https://exa mple.com",
            "not a url", "mailto:x@example.com", "http:///nohost", "https://", ""})
    void onlyHttpAndHttpsWithAHostAndNoUserInfoBecomeWebLinks(String url) {
        assertThat(LinkPolicy.webHref(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/x, https://github.com/x", "http://example.com/a?b=c, http://example.com/a?b=c",
            "HTTP://Example.com/a?b=c, HTTP://Example.com/a?b=c",
            "linkedin.com/in/ana, https://linkedin.com/in/ana", "www.ana.dev, https://www.ana.dev",
            "ana.dev:8443/x, https://ana.dev:8443/x",
            "https://example.com/パス, https://example.com/%E3%83%91%E3%82%B9",
            "https://example.com/ü, https://example.com/%C3%BC"})
    void safeUrlsAreNormalised(String url, String href) {
        assertThat(LinkPolicy.webHref(url)).isEqualTo(href);
        assertThat(LinkPolicy.href(url)).isEqualTo(href);
    }

    @Test
    void mailtoOnlyForOnePlainAddress() {
        assertThat(LinkPolicy.mailtoHref("ana@example.com")).isEqualTo("mailto:ana@example.com");
        assertThat(LinkPolicy.mailtoHref("mailto:ana@example.com")).isEqualTo("mailto:ana@example.com");
        assertThat(LinkPolicy.mailtoHref("ana@example.com?bcc=all@example.com")).isNull();
        assertThat(LinkPolicy.mailtoHref("ana@example.com&body=x")).isNull();
        assertThat(LinkPolicy.mailtoHref("not an email")).isNull();
        assertThat(LinkPolicy.mailtoHref("a b@example.com")).isNull();
        assertThat(LinkPolicy.href("javascript:alert('a@b.co')")).isNull();
    }

    @Test
    void linksAreShownWithoutSchemeWwwAndTrailingSlash() {
        assertThat(LinkPolicy.display("https://www.linkedin.com/in/ana/")).isEqualTo("linkedin.com/in/ana");
        assertThat(LinkPolicy.display("http://ana.dev")).isEqualTo("ana.dev");
        assertThat(LinkPolicy.display("mailto:a@b.co")).isEqualTo("a@b.co");
        assertThat(LinkPolicy.web("https://www.linkedin.com/in/ana/"))
                .isEqualTo(new LinkPolicy.Link("linkedin.com/in/ana", "https://www.linkedin.com/in/ana/"));
    }

    @Test
    void refusedAddressesAreShownExactlyAsWritten() {
        assertThat(LinkPolicy.web("https://user:pw@example.com/"))
                .isEqualTo(new LinkPolicy.Link("https://user:pw@example.com/", null));
        assertThat(LinkPolicy.web("javascript:alert(1)")).isEqualTo(new LinkPolicy.Link("javascript:alert(1)", null));
        assertThat(LinkPolicy.email("ana@example.com?bcc=x@y.z"))
                .isEqualTo(new LinkPolicy.Link("ana@example.com?bcc=x@y.z", null));
        assertThat(LinkPolicy.web("  ")).isNull();
    }
}
