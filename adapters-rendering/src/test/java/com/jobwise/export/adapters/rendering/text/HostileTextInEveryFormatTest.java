package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.adapters.rendering.csv.CommonsCsvRenderer;
import com.jobwise.export.adapters.rendering.html.StandaloneHtmlRenderer;
import com.jobwise.export.adapters.rendering.json.StructuredJsonRenderer;
import com.jobwise.export.adapters.rendering.latex.LatexRenderer;
import com.jobwise.export.adapters.rendering.markdown.CommonMarkRenderer;
import com.jobwise.export.adapters.rendering.txt.PlainTextRenderer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.IDocumentRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection: the hostile strings of the PDF trust-boundary tests (markup, template syntax, XML), LaTeX commands,
 * spreadsheet formulas and Markdown syntax, put in the name, the summary, a bullet and a project URL, print
 * literally in every text-based format: read back as each format's consumer reads it (pdflatex + pdftotext,
 * commonmark-java + jsoup, jsoup, Commons CSV, the JSON Schema), the text holds the string as typed, and the
 * readers' own checks find no script, remote resource or unsafe link. In CSV a formula-like cell holds the
 * string behind a {@code '}.
 */
class HostileTextInEveryFormatTest {
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script> <img src=x onerror=alert(2)>",
            "<img src=\"file:///etc/passwd\"/> & <a href='javascript:x'>y</a>",
            "${7*7} <#assign x = 1> [#if true]z[/#if] ?new()",
            "]]> <![CDATA[ x ]]> &amp; &lt; \" '",
            "\\input{/etc/passwd} \\write18{touch /tmp/pwned} $x^2$ % # & _ ~ \\\\ {} -- ``quoted''",
            "=HYPERLINK(\"http://evil.example/?q=1\",\"click\")",
            "+1+1 -2+3 @SUM(A1:A2)",
            "[link](javascript:alert(1)) **bold** # not a heading <https://evil.example> | a | b |");

    record Format(String name, IDocumentRenderer renderer, Function<byte[], String> reader) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Format> FORMATS = List.of(
            new Format("txt", new PlainTextRenderer(), FormatReaders::txt),
            new Format("md", new CommonMarkRenderer(), FormatReaders::markdown),
            new Format("html", new StandaloneHtmlRenderer(), FormatReaders::html),
            new Format("json", new StructuredJsonRenderer(), FormatReaders::json),
            new Format("csv", new CommonsCsvRenderer(), FormatReaders::csv),
            new Format("tex", new LatexRenderer(), FormatReaders::latex));

    static Stream<Arguments> cases() {
        return FORMATS.stream().flatMap(f -> HOSTILE.stream().map(h -> Arguments.of(f, h)));
    }

    static DocumentContent resume(String hostile) {
        return ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", hostile, "email", "eve@example.com", "website", "javascript:alert(1)"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", hostile),
                        Map.of("type", "experience", "entries", List.of(Map.of("title", "Engineer", "company", "Acme",
                                "bullets", List.of(hostile, "Shipped things.")))),
                        Map.of("type", "projects", "entries", List.of(Map.of("name", "Site",
                                "url", "javascript:alert(document.cookie)"))))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void hostileTextPrintsLiterally(Format format, String hostile) {
        if (format.name().equals("tex")) {
            LatexCompiler.assumeAvailable();
        }
        byte[] file = format.renderer().render(resume(hostile), TemplateCatalog.MODERN,
                TemplateCatalog.MODERN.defaults()).bytes();

        String text = format.reader().apply(file);

        String expected = format.name().equals("csv") ? CommonsCsvRenderer.neutralise(hostile) : hostile;
        assertThat(squeeze(text)).contains(squeeze(expected));
        if (format.name().equals("csv") && "=+-@".indexOf(hostile.charAt(0)) >= 0) {
            assertThat(FormatReaders.csvRecords(file)).allSatisfy(r -> r.forEach(cell ->
                    assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@")));
        }
        if (format.name().equals("md")) {
            var page = Jsoup.parse(FormatReaders.markdownHtml(file));
            assertThat(page.select("script, img, h1 ~ h1")).isEmpty();
            assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("(https?|mailto):.*"));
        }
        if (format.name().equals("tex")) {
            assertThat(text).doesNotContain("root:x:0:0");
            assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/pwned"))).isFalse();
        }
        if (format.name().equals("txt")) {
            assertThat(text).doesNotContain("javascript:alert(document.cookie)\n- ").contains("Website: javascript:alert(1)");
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
