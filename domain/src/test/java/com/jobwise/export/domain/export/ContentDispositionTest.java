package com.jobwise.export.domain.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void plainAsciiNamesAreQuotedAsTheyAre() {
        assertThat(ContentDisposition.attachment("John_Doe_Resume_TechCorp_2025.pdf"))
                .isEqualTo("attachment; filename=\"John_Doe_Resume_TechCorp_2025.pdf\"");
    }

    @Test
    void nonAsciiNamesGetAFoldedAsciiNameAndAUtf8Original() {
        assertThat(ContentDisposition.attachment("Renée Øster CV.pdf"))
                .isEqualTo("attachment; filename=\"Renee_ster_CV.pdf\"; filename*=UTF-8''Ren%C3%A9e%20%C3%98ster%20CV.pdf");
        assertThat(ContentDisposition.attachment("简历.docx"))
                .isEqualTo("attachment; filename=\"download.docx\"; filename*=UTF-8''%E7%AE%80%E5%8E%86.docx");
    }

    @Test
    void quotesSeparatorsPathsAndControlCharactersCannotBreakOut() {
        String value = ContentDisposition.attachment("../../etc/x\"; filename=evil.exe\r\nX-Injected: 1.pdf");

        assertThat(value).startsWith("attachment; filename=\"").doesNotContain("\r").doesNotContain("\n");
        String quoted = value.substring("attachment; filename=\"".length(), value.indexOf('"', "attachment; filename=\"".length()));
        assertThat(quoted).matches("[A-Za-z0-9._()\\-]+").doesNotContain("/").doesNotStartWith(".");
        assertThat(value.substring(value.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length()))
                .matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
    }

    @Test
    void emptyOrHiddenNamesFallBack() {
        assertThat(ContentDisposition.attachment(null)).isEqualTo("attachment; filename=\"download\"");
        assertThat(ContentDisposition.attachment("  ")).isEqualTo("attachment; filename=\"download\"");
        assertThat(ContentDisposition.attachment(".pdf")).isEqualTo("attachment; filename=\"pdf\"");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String value = ContentDisposition.attachment("a".repeat(400) + ".pdf");

        assertThat(value).isEqualTo("attachment; filename=\"" + "a".repeat(146) + ".pdf\"");
    }
}
