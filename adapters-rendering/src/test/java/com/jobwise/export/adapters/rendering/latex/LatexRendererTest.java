package com.jobwise.export.adapters.rendering.latex;

import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.adapters.rendering.text.LatexCompiler;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The LaTeX source: escaping rules, options in the preamble, and (with pdflatex) a compiled cover letter. */
class LatexRendererTest {

    @Test
    void everySpecialCharacterIsEscaped() {
        assertThat(LatexText.escape("\\input{/etc/passwd} $5 & 10% #1 a_b ~ ^ <> | \" ' ` -- ,, !`"))
                .isEqualTo("\\textbackslash{}input\\{/etc/passwd\\} \\$5 \\& 10\\% \\#1 a\\_b \\textasciitilde{} "
                        + "\\textasciicircum{} \\textless{}\\textgreater{} \\textbar{} \\textquotedbl{} "
                        + "\\textquotesingle{} \\textasciigrave{} -{}- ,{}, !{}\\textasciigrave{}");
        assertThat(LatexText.escape("Zoë Łukasiewicz – 20 €")).isEqualTo("Zoë Łukasiewicz – 20 €");
        assertThat(LatexText.escape("Tiếng Việt Русский 🚀")).isEqualTo("Tieng Viet ??????? ");
        assertThat(LatexText.url("https://x.example/a%20b#frag")).isEqualTo("https://x.example/a\\%20b\\#frag");
    }

    @Test
    void optionsShapeThePreamble() {
        DocumentContent content = Samples.load("resume-backend-engineer").content();
        String tex = new String(new LatexRenderer().render(content, TemplateCatalog.MODERN,
                TemplateOptions.resolve(TemplateCatalog.MODERN, Map.of("font_size", 12, "page_size", "a4",
                        "margins", Map.of("top", 0.5, "bottom", 0.5, "left", 0.6, "right", 0.6), "line_spacing", 1.4,
                        "include_page_numbers", true, "header_style", "underline", "accent_color", "#0F766E"),
                        ExportFormat.TEX)).bytes(), StandardCharsets.UTF_8);

        assertThat(tex).contains("\\documentclass[12pt,a4paper]{article}",
                "\\usepackage[a4paper,top=0.5in,bottom=0.5in,left=0.6in,right=0.6in]{geometry}",
                "\\linespread{1.4}", "\\pagestyle{plain}", "\\underline{#1}", "\\definecolor{accent}{HTML}{0F766E}",
                "\\href{mailto:jordan.alvarez@example.com}{jordan.alvarez@example.com}",
                "\\renewcommand{\\familydefault}{\\sfdefault}").doesNotContain("\\write18", "\\input{");
        LatexCompiler.assumeAvailable();
        assertThat(LatexCompiler.text(LatexCompiler.compile(tex.getBytes(StandardCharsets.UTF_8))))
                .contains("Jordan Alvarez-Nguyen", "PROFESSIONAL SUMMARY", "Mar 2021 – Present");
    }

    @Test
    void theCoverLetterCompilesWithEveryParagraph() {
        LatexCompiler.assumeAvailable();
        Samples.Sample letter = Samples.load("cover-letter-backend-engineer");
        byte[] pdf = LatexCompiler.compile(new LatexRenderer().render(letter.content(), TemplateCatalog.CLASSIC,
                TemplateCatalog.CLASSIC.defaults()).bytes());

        String text = LatexCompiler.text(pdf);
        assertThat(text).contains("Dear", "Sincerely", "Jordan Alvarez-Nguyen");
        assertThat(LatexCompiler.pages(pdf)).isBetween(1, 2);
    }
}
