package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerPagesTest {

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(ViewerPages.escape("<img src=x onerror='a'>&\"")).isEqualTo(
                "&lt;img src=x onerror=&#39;a&#39;&gt;&amp;&quot;");
    }

    @Test
    void cspAdmitsExactlyThePagesStylesheet() throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(ViewerPages.STYLE.getBytes(StandardCharsets.UTF_8)));
        String page = ViewerPages.password("tok", false);
        assertThat(page).contains("<style>" + ViewerPages.STYLE + "</style>").doesNotContain("<script")
                .doesNotContain(" style=");
        assertThat(ViewerPages.CSP).contains("default-src 'none'").contains("style-src 'sha256-" + hash + "'")
                .contains("img-src 'self'").contains("form-action 'self'").doesNotContain("unsafe");
    }

    @Test
    void documentPageShowsNameAndPagesEscaped() {
        Export base = TestData.export(TestData.newUser()).build();
        Export export = new Export(base.id(), base.userId(), base.generationId(), base.documentType(), base.format(),
                base.template(), "<b>Ann</b>.pdf", base.objectKey(), 1, 2, null, null, 0, base.expiresAt(),
                base.createdAt());
        String page = ViewerPages.document(export, "tok", false);
        assertThat(page).contains("&lt;b&gt;Ann&lt;/b&gt;.pdf").doesNotContain("<b>Ann")
                .contains("2 pages").contains("src=\"/s/tok/preview.png\"").doesNotContain("/download")
                .contains("name=\"robots\" content=\"noindex").contains("name=\"viewport\"");
        assertThat(ViewerPages.document(export, "tok", true)).contains("href=\"/s/tok/download\"");
    }

    @Test
    void aTextFormatExportIsNamedByItsFormatNotAsAPdf() {
        Export base = TestData.export(TestData.newUser()).build();
        Export markdown = new Export(base.id(), base.userId(), base.generationId(), base.documentType(),
                com.jobwise.export.domain.export.ExportFormat.MARKDOWN, base.template(), "Ann.md", base.objectKey(), 1,
                null, null, null, 0, base.expiresAt(), base.createdAt());

        assertThat(ViewerPages.document(markdown, "tok", true)).contains("MD file").contains("Download MD")
                .doesNotContain("PDF document", "Download PDF");
    }
}
