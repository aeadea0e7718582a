package com.jobwise.export.adapters.rendering.ats;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfAtsCheckerTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();
    private static final PdfAtsChecker CHECKER = new PdfAtsChecker();

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    private static AtsCheck check(AtsReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    @SuppressWarnings("unchecked")
    void metadataCarriesTheScoreAndTheChecksBehindIt(Template template) {
        RenderedDocument document = RENDERER.render(Samples.load("resume-backend-engineer").content(), template,
                template.defaults());

        assertThat(document.metadata().get("ats_score")).isInstanceOf(Number.class);
        List<Map<String, Object>> checks = (List<Map<String, Object>>) document.metadata().get("ats_checks");
        assertThat(checks).extracting(c -> c.get("name")).containsExactly("text_recovered", "reading_order",
                "duplicated_text", "hidden_text", "contact_email", "contact_phone", "section_headings", "single_column",
                "text_size", "page_count", "fonts_embedded", "no_images");
        assertThat(checks).allSatisfy(c -> assertThat(c).containsOnlyKeys("name", "passed", "detail", "deduction"));
        double deducted = checks.stream().mapToDouble(c -> ((Number) c.get("deduction")).doubleValue()).sum();
        assertThat(((Number) document.metadata().get("ats_score")).doubleValue())
                .isCloseTo(100 - deducted, within(0.05));
        assertThat(checks).filteredOn(c -> Boolean.TRUE.equals(c.get("passed")))
                .allSatisfy(c -> assertThat(((Number) c.get("deduction")).doubleValue()).isZero());
    }

    @Test
    void theAtsTemplatePassesEveryCheckAndTheSidebarTemplateLosesPointsForWhatIsMeasured() throws IOException {
        Samples.Sample sample = Samples.load("resume-backend-engineer");
        Template ats = TemplateCatalog.ATS_OPTIMIZED;
        Template creative = TemplateCatalog.CREATIVE;
        AtsReport atsReport = CHECKER.check(RENDERER.renderPdf(sample.content(), ats, ats.defaults()).bytes(),
                sample.content(), ats);
        AtsReport creativeReport = CHECKER.check(RENDERER.renderPdf(sample.content(), creative, creative.defaults()).bytes(),
                sample.content(), creative);

        assertThat(atsReport.checks()).allMatch(AtsCheck::passed);
        assertThat(atsReport.score()).isEqualTo(100.0);
        assertThat(creativeReport.score()).isLessThan(90);
        assertThat(check(creativeReport, "single_column").deduction()).isGreaterThan(3);
        assertThat(check(creativeReport, "section_headings").deduction()
                + check(creativeReport, "text_recovered").deduction()).isPositive();
        assertThat(check(creativeReport, "duplicated_text").passed()).isTrue();
        assertThat(check(creativeReport, "hidden_text").passed()).isTrue();
    }

    @Test
    void aPdfThatDoesNotHoldTheContentScoresLow() throws IOException {
        Template template = TemplateCatalog.ATS_OPTIMIZED;
        byte[] other = RENDERER.renderPdf(Samples.load("resume-new-graduate").content(), template, template.defaults()).bytes();

        AtsReport report = CHECKER.check(other, Samples.load("resume-backend-engineer").content(), template);

        assertThat(check(report, "text_recovered").passed()).isFalse();
        assertThat(check(report, "text_recovered").deduction()).isGreaterThan(20);
        assertThat(check(report, "contact_email").passed()).isFalse();
        assertThat(check(report, "contact_phone").passed()).isFalse();
        assertThat(report.score()).isLessThan(70);
    }

    @Test
    void longResumesLoseUpToSixPointsForLength() throws IOException {
        Template template = TemplateCatalog.ATS_OPTIMIZED;
        Samples.Sample sample = Samples.load("resume-long-multipage");
        byte[] pdf = RENDERER.renderPdf(sample.content(), template, template.defaults()).bytes();

        AtsReport report = CHECKER.check(pdf, sample.content(), template);

        assertThat(report.pageCount()).isGreaterThanOrEqualTo(5);
        assertThat(check(report, "page_count").deduction()).isEqualTo(6.0);
        assertThat(check(report, "text_recovered").passed()).isTrue();
    }

    @Test
    void aGhostLineClippedInTheMarginIsFoundAsHiddenAndDuplicatedText() throws IOException {
        Samples.Sample sample = Samples.load("resume-new-graduate");
        String title = sample.content().header().title();
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(font, 11);
                stream.newLineAtOffset(72, 700);
                stream.showText(title);
                stream.endText();
                stream.saveGraphicsState();
                stream.addRect(72, 72, 468, 648); // the content box
                stream.clip();
                stream.beginText();
                stream.setFont(font, 11);
                stream.newLineAtOffset(72, 40); // below it: in the bottom margin, clipped away
                stream.showText(title);
                stream.endText();
                stream.restoreGraphicsState();
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        AtsReport report = CHECKER.check(pdf, sample.content(), TemplateCatalog.ATS_OPTIMIZED);

        assertThat(check(report, "hidden_text").passed()).isFalse();
        assertThat(check(report, "hidden_text").detail()).startsWith(title.replace(" ", "").length() + " of ");
        assertThat(check(report, "duplicated_text").passed()).isFalse();
        assertThat(check(report, "duplicated_text").detail()).contains(title.replace(" ", ""));
    }

    @Test
    void unembeddedFontsAndImagesAreFound() throws IOException {
        Samples.Sample sample = Samples.load("resume-new-graduate");
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                stream.newLineAtOffset(72, 700);
                stream.showText("Sam Okafor sam.okafor@example.net");
                stream.endText();
                BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
                stream.drawImage(LosslessFactory.createFromImage(document, image), 72, 600);
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        AtsReport report = CHECKER.check(pdf, sample.content(), TemplateCatalog.MODERN);

        assertThat(check(report, "fonts_embedded").passed()).isFalse();
        assertThat(check(report, "fonts_embedded").detail()).contains("Helvetica");
        assertThat(check(report, "no_images").passed()).isFalse();
        assertThat(check(report, "contact_email").passed()).isTrue();
        assertThat(check(report, "contact_phone").passed()).isFalse();
    }
}
