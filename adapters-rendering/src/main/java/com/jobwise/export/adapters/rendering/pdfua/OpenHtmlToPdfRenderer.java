package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.ats.AtsReport;
import com.jobwise.export.adapters.rendering.ats.PdfAtsChecker;
import com.jobwise.export.adapters.rendering.pdf.RenderedPdf;
import com.jobwise.export.adapters.rendering.pdf.SecureXhtmlParser;
import com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * {@link IDocumentRenderer} for tagged PDF: the same FreeMarker XHTML as the Flying Saucer renderer,
 * parsed with DOCTYPE refused ({@link SecureXhtmlParser}) and typeset by openhtmltopdf on PDFBox 3
 * with the same embedded fonts ({@link TaggedPdfFonts}). Every file is both
 * <ul>
 *   <li>PDF/UA-1 (ISO 14289-1): a structure tree from the XHTML (headings, paragraphs, lists,
 *       tables, links with their annotations), the document title shown in the title bar, the
 *       language of {@code <html lang>}, page furniture marked as artifacts;</li>
 *   <li>PDF/A-3a (ISO 19005-3, level A): XMP metadata, every font embedded, an sRGB output intent
 *       (the JDK's sRGB ICC profile) and, unless {@code embed_source} is {@code false}, the content
 *       as an associated file with {@code /AFRelationship /Source} ({@link AssociatedSourceFile}).</li>
 * </ul>
 * veraPDF 1.30.2 reports no failed check for either flavour on every template and sample
 * ({@code OpenHtmlToPdfConformanceTest}).
 *
 * <p>No resource is ever loaded: the templates inline their CSS, fonts come from memory, and every
 * external URI is refused.
 *
 * <p>{@link RenderedDocument#metadata()} holds {@code ats_score} and {@code ats_checks} (as the Flying
 * Saucer renderer's) and {@code pdf_standards}: {@code ["pdf/ua-1", "pdf/a-3a"]}.
 *
 * <p>Thread-safe: templates are compiled and fonts read once, in the constructor; every render
 * builds its own openhtmltopdf renderer and PDF document. Create one instance per application.
 */
public final class OpenHtmlToPdfRenderer implements IDocumentRenderer {
    /** The standards every file of this renderer meets, by their {@code pdf_standard} names. */
    public static final List<String> STANDARDS = List.of(TemplateOptions.PdfStandard.PDF_UA_1.wireName(),
            TemplateOptions.PdfStandard.PDF_A_3A.wireName());
    private static final String PRODUCER = "JobWise export service (openhtmltopdf, PDFBox)";
    private static final String BASE_URI = "about:blank";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final FreeMarkerXhtmlTemplates templates;
    private final SecureXhtmlParser parser;
    private final TaggedPdfFonts fonts;
    private final PdfAtsChecker atsChecker;

    /** Compiles the templates and reads the fonts; fails fast when a resource is missing. */
    public OpenHtmlToPdfRenderer() {
        this.templates = new FreeMarkerXhtmlTemplates();
        this.parser = new SecureXhtmlParser();
        this.fonts = new TaggedPdfFonts();
        this.atsChecker = new PdfAtsChecker();
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    /**
     * Renders {@code content} as PDF/UA-1 and PDF/A-3a and scores the produced PDF.
     *
     * @return the PDF, its page count, {@code ats_score} / {@code ats_checks} and {@code pdf_standards}
     * @throws RenderingFailedException when the PDF cannot be produced
     */
    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        RenderedPdf pdf = renderPdf(content, template, options);
        AtsReport report;
        try {
            report = atsChecker.check(pdf.bytes(), content, template);
        } catch (IOException e) {
            throw new RenderingFailedException("The produced PDF cannot be read back", e);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ats_score", report.score());
        metadata.put("ats_checks", report.checksAsMaps());
        metadata.put("pdf_standards", STANDARDS);
        return new RenderedDocument(pdf.bytes(), pdf.pageCount(), metadata);
    }

    /**
     * Renders the tagged PDF only, without the ATS check.
     *
     * @throws RenderingFailedException when the PDF cannot be produced
     */
    public RenderedPdf renderPdf(DocumentContent content, Template template, TemplateOptions options) {
        String xhtml = templates.render(content, template, options);
        try {
            Document dom = parser.parse(xhtml);
            TaggedXhtml.apply(dom);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            builder.withProducer(PRODUCER);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            fonts.registerWith(builder);
            builder.withW3cDocument(dom, BASE_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument document = renderer.createPDFKeepOpen();
                try (document) {
                    if (options.embedSource()) {
                        AssociatedSourceFile.attach(document, content, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                    document.save(out);
                    return new RenderedPdf(out.toByteArray(), document.getNumberOfPages());
                }
            }
        } catch (ExportException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingFailedException("Tagged PDF rendering with template " + template.id() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
