package com.jobwise.export.adapters.rendering.ats;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.adapters.rendering.pdfua.OpenHtmlToPdfRenderer;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The documents whose ATS reports {@link AtsReportsUnchangedTest} holds: every sample x every template
 * rendered by Flying Saucer with the template's defaults, a few option variants (languages,
 * anonymised, fitted to one page, A4 with page numbers), a few tagged PDFs of openhtmltopdf, and
 * synthetic PDFs with hidden and clipped text, a non-embedded font and an image.
 */
final class AtsGoldenCases {

    /**
     * One document to check.
     *
     * @param id      stable name, {@code sample/template/variant}
     * @param pdf     produces the PDF's bytes
     * @param content the content the PDF is checked against
     */
    record Case(String id, Supplier<byte[]> pdf, DocumentContent content, Template template) {
    }

    /** Option variants rendered for every sample and template, beside the defaults. */
    private static final Map<String, Map<String, Object>> VARIANTS = Map.of(
            "fr", Map.of("language", "fr"),
            "pl", Map.of("language", "pl"),
            "de-a4-numbers", Map.of("language", "de", "page_size", "a4", "include_page_numbers", true,
                    "header_style", "both"),
            "anonymized", Map.of("anonymize", true),
            "max1page", Map.of("max_pages", 1));

    private AtsGoldenCases() {
    }

    static List<Case> all() {
        FlyingSaucerPdfRenderer flyingSaucer = new FlyingSaucerPdfRenderer();
        List<Case> cases = new ArrayList<>();
        List<String> variantNames = VARIANTS.keySet().stream().sorted().toList();
        for (Samples.Sample sample : Samples.all()) {
            for (Template template : TemplateCatalog.all()) {
                String base = sample.name() + "/" + template.id() + "/";
                cases.add(new Case(base + "defaults",
                        () -> flyingSaucer.renderPdf(sample.content(), template, template.defaults()).bytes(),
                        sample.content(), template));
                for (String variant : variantNames) {
                    TemplateOptions options = TemplateOptions.resolve(template, VARIANTS.get(variant), ExportFormat.PDF);
                    cases.add(new Case(base + variant,
                            () -> flyingSaucer.renderPdf(sample.content(), template, options).bytes(),
                            sample.content(), template));
                }
            }
        }
        OpenHtmlToPdfRenderer tagged = new OpenHtmlToPdfRenderer();
        for (String name : List.of("resume-backend-engineer", "resume-multilingual", "cover-letter-backend-engineer")) {
            Samples.Sample sample = Samples.load(name);
            for (Template template : TemplateCatalog.all()) {
                cases.add(new Case(name + "/" + template.id() + "/openhtmltopdf",
                        () -> tagged.renderPdf(sample.content(), template, template.defaults()).bytes(),
                        sample.content(), template));
            }
        }
        DocumentContent graduate = Samples.load("resume-new-graduate").content();
        String title = graduate.header().title();
        cases.add(new Case("synthetic/clipped-ghost-line", () -> clippedGhostLine(title), graduate,
                TemplateCatalog.ATS_OPTIMIZED));
        cases.add(new Case("synthetic/invisible-and-tiny-text", () -> invisibleAndTinyText(title), graduate,
                TemplateCatalog.ATS_OPTIMIZED));
        cases.add(new Case("synthetic/unembedded-font-and-image", AtsGoldenCases::unembeddedFontAndImage, graduate,
                TemplateCatalog.MODERN));
        cases.add(new Case("synthetic/overdrawn-and-actual-text", () -> overdrawnAndActualText(title), graduate,
                TemplateCatalog.ATS_OPTIMIZED));
        cases.add(new Case("synthetic/other-document", () -> flyingSaucer.renderPdf(graduate,
                TemplateCatalog.CLASSIC, TemplateCatalog.CLASSIC.defaults()).bytes(),
                Samples.load("resume-backend-engineer").content(), TemplateCatalog.CLASSIC));
        return cases;
    }

    private interface Drawing {
        void draw(PDDocument document, PDPageContentStream stream) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                drawing.draw(document, stream);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] clippedGhostLine(String title) {
        return pdf((document, stream) -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            stream.beginText();
            stream.setFont(font, 11);
            stream.newLineAtOffset(72, 700);
            stream.showText(title);
            stream.endText();
            stream.saveGraphicsState();
            stream.addRect(72, 72, 468, 648);
            stream.clip();
            stream.beginText();
            stream.setFont(font, 11);
            stream.newLineAtOffset(72, 40);
            stream.showText(title);
            stream.endText();
            stream.restoreGraphicsState();
            stream.beginText();
            stream.setFont(font, 11);
            stream.newLineAtOffset(700, 500); // off the page, right of the crop box
            stream.showText("Off the page");
            stream.endText();
        });
    }

    private static byte[] invisibleAndTinyText(String title) {
        return pdf((document, stream) -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            stream.beginText();
            stream.setFont(font, 11);
            stream.newLineAtOffset(72, 700);
            stream.showText(title);
            stream.newLineAtOffset(300, 0);
            stream.showText("Experience");
            stream.endText();
            stream.beginText();
            stream.setRenderingMode(RenderingMode.NEITHER);
            stream.setFont(font, 11);
            stream.newLineAtOffset(72, 680);
            stream.showText("keyword keyword keyword");
            stream.endText();
            stream.beginText();
            stream.setRenderingMode(RenderingMode.FILL);
            stream.setFont(font, 4);
            stream.setNonStrokingColor(0.5f, 0.2f, 0.9f);
            stream.newLineAtOffset(72, 660);
            stream.showText("Skills tiny text in colour");
            stream.endText();
        });
    }

    /**
     * Text drawn twice over itself (a fake bold: read once), once a little beside itself (read twice),
     * and text inside marked content with {@code /ActualText} (read as the actual text).
     */
    private static byte[] overdrawnAndActualText(String title) {
        return pdf((document, stream) -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float[][] at = {{72, 700}, {72.3f, 700.2f}, {72, 700}, {72, 650}, {80, 650}};
            for (float[] p : at) {
                stream.beginText();
                stream.setFont(font, 12);
                stream.newLineAtOffset(p[0], p[1]);
                stream.showText(title);
                stream.endText();
            }
            COSDictionary actual = new COSDictionary();
            actual.setString(COSName.ACTUAL_TEXT, "Skills");
            stream.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(actual));
            stream.beginText();
            stream.setFont(font, 12);
            stream.newLineAtOffset(72, 600);
            stream.showText("S k i l l s");
            stream.endText();
            stream.beginText();
            stream.setFont(font, 12);
            stream.newLineAtOffset(72, 600);
            stream.showText("S k i l l s");
            stream.endText();
            stream.endMarkedContent();
            stream.beginText();
            stream.setFont(font, 12);
            stream.newLineAtOffset(72, 560);
            stream.showText("Education Education");
            stream.endText();
        });
    }

    private static byte[] unembeddedFontAndImage() {
        return pdf((document, stream) -> {
            stream.beginText();
            stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            stream.newLineAtOffset(72, 700);
            stream.showText("Sam Okafor sam.okafor@example.net");
            stream.endText();
            BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
            stream.drawImage(LosslessFactory.createFromImage(document, image), 72, 600);
        });
    }
}
