package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.ats.AtsCheck;
import com.jobwise.export.adapters.rendering.text.LanguageSamples;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.xml.namespace.QName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11, item 9: an ATS score for DOCX measured on the produced file. */
class DocxAtsCheckerTest {
    private static final PoiDocxRenderer RENDERER = new PoiDocxRenderer();
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static Stream<Arguments> cases() {
        List<Samples.Sample> samples = new java.util.ArrayList<>(Samples.all());
        LanguageSamples.all().forEach(s -> samples.add(new Samples.Sample(s.name(), s.content())));
        return samples.stream().flatMap(s -> TemplateCatalog.all().stream().map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void everyTemplateAndSampleHasItsTextOnceInOrderUnderRecognisedHeadings(Samples.Sample sample, Template template) {
        RenderedDocument doc = RENDERER.render(sample.content(), template, template.defaults());

        double score = ((Number) doc.metadata().get("ats_score")).doubleValue();
        List<Map<String, Object>> checks = (List<Map<String, Object>>) doc.metadata().get("ats_checks");
        Map<String, Boolean> passed = new java.util.LinkedHashMap<>();
        checks.forEach(c -> passed.put((String) c.get("name"), (Boolean) c.get("passed")));
        assertThat(passed).as(checks.toString()).containsEntry("text_once", true).containsEntry("section_headings", true)
                .containsEntry("contact_email", true).containsEntry("no_text_boxes", true)
                .containsEntry("no_images", true);
        assertThat(score).isBetween(0.0, 100.0);
        if (template.id().equals("ats-optimized") || template.id().equals("classic")) {
            assertThat(score).as(checks.toString()).isGreaterThanOrEqualTo(95.0);
        }
        if (template.id().equals("creative")) {
            assertThat(passed).containsEntry("no_layout_tables", false);
        }
    }

    @Test
    void aDuplicatedParagraphLowersTheScore() throws Exception {
        Samples.Sample sample = Samples.named("resume-backend-engineer");
        byte[] clean = RENDERER.render(sample.content(), TemplateCatalog.ATS_OPTIMIZED,
                TemplateCatalog.ATS_OPTIMIZED.defaults()).bytes();
        byte[] doubled;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(clean))) {
            XWPFParagraph copy = document.createParagraph();
            copy.createRun().setText("Staff Software Engineer");
            doubled = bytes(document);
        }

        DocxAtsChecker.Report before = DocxAtsChecker.check(clean, sample.content(), Wording.ENGLISH);
        DocxAtsChecker.Report after = DocxAtsChecker.check(doubled, sample.content(), Wording.ENGLISH);

        assertThat(check(after, "text_once").passed()).isFalse();
        assertThat(check(after, "text_once").detail()).contains("'Staff Software Engineer' 2x for 1x");
        assertThat(after.score()).isLessThan(before.score());
    }

    @Test
    void textInATextBoxIsFound() throws Exception {
        Samples.Sample sample = Samples.named("resume-new-graduate");
        byte[] clean = RENDERER.render(sample.content(), TemplateCatalog.CLASSIC, TemplateCatalog.CLASSIC.defaults())
                .bytes();
        byte[] boxed;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(clean))) {
            XWPFParagraph p = document.createParagraph();
            try (XmlCursor cursor = p.createRun().getCTR().newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(W, "pict", "w"));
                cursor.beginElement(new QName("urn:schemas-microsoft-com:vml", "shape", "v"));
                cursor.beginElement(new QName("urn:schemas-microsoft-com:vml", "textbox", "v"));
                cursor.beginElement(new QName(W, "txbxContent", "w"));
            }
            boxed = bytes(document);
        }

        DocxAtsChecker.Report report = DocxAtsChecker.check(boxed, sample.content(), Wording.ENGLISH);

        assertThat(check(report, "no_text_boxes").passed()).isFalse();
        assertThat(check(report, "no_images").passed()).isFalse();
        assertThat(report.score()).isLessThanOrEqualTo(85.0);
    }

    @Test
    void headingsAreRecognisedInTheDocumentsLanguage() throws Exception {
        com.jobwise.export.adapters.rendering.pdf.Samples.Sample french = LanguageSamples.load("resume-french-data-analyst");
        byte[] docx = RENDERER.render(french.content(), TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults())
                .bytes();

        assertThat(check(DocxAtsChecker.check(docx, french.content(), Wording.of("fr")), "section_headings").passed())
                .isTrue();
        AtsCheck english = check(DocxAtsChecker.check(docx, french.content(), Wording.ENGLISH),
                "section_headings");
        assertThat(english.passed()).isFalse();
        assertThat(english.deduction()).isEqualTo(15.0);
    }

    private static AtsCheck check(DocxAtsChecker.Report report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] bytes(XWPFDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
