package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.ats.AtsReport;
import com.jobwise.export.adapters.rendering.ats.PdfAtsChecker;
import com.jobwise.export.adapters.rendering.template.FontCatalog;
import com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.error.DocumentTooLongException;
import com.jobwise.export.adapters.rendering.template.TemplateStyle;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.PageBox;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link IDocumentRenderer} for PDF: FreeMarker lays the content out as XHTML, the XHTML is parsed
 * with DOCTYPE refused, and Flying Saucer (OpenPDF) typesets it with the project's embedded fonts.
 * The result is checked with PDFBox for its ATS score ({@link PdfAtsChecker}).
 *
 * <p>Unless the option {@code embed_source} is {@code false}, the PDF carries the content it was
 * rendered from as an associated file ({@link SourceAttachment}).
 *
 * <p>{@link RenderedDocument#metadata()} holds {@code ats_score} (a number, 0 to 100) and
 * {@code ats_checks} (a list of maps: {@code name, passed, detail, deduction}).
 *
 * <p>Thread-safe and cheap to call repeatedly: templates are compiled and fonts parsed once, in
 * the constructor (about half a second); every render then gets its own Flying Saucer renderer and
 * user agent. Create one instance per application.
 */
public final class FlyingSaucerPdfRenderer implements IDocumentRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(FlyingSaucerPdfRenderer.class);
    private static final float DOTS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final int DOTS_PER_PIXEL = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
    private static final String PRODUCER = "JobWise export service (Flying Saucer, OpenPDF)";

    private final FreeMarkerXhtmlTemplates templates;
    private final SecureXhtmlParser parser;
    private final EmbeddedFonts fonts;
    private final PdfAtsChecker atsChecker;

    private final int maxPages;
    private final long timeBudgetNanos;

    /** Compiles the templates and loads the fonts; fails fast when a resource is missing. At most 20 pages, 10 s. */
    public FlyingSaucerPdfRenderer() {
        this(20, java.time.Duration.ofSeconds(10));
    }

    /**
     * As above, refusing ({@link DocumentTooLongException}) a document that lays out to more than {@code maxPages}
     * pages or whose layout takes longer than {@code timeBudget}, before the PDF is written. The time is the
     * rendering thread's CPU time (wall time where the JVM cannot measure it), so a loaded machine does not turn an
     * ordinary document into a "too long" one.
     */
    public FlyingSaucerPdfRenderer(int maxPages, java.time.Duration timeBudget) {
        this.maxPages = maxPages;
        this.timeBudgetNanos = timeBudget.toNanos();
        this.templates = new FreeMarkerXhtmlTemplates();
        this.parser = new SecureXhtmlParser();
        this.fonts = new EmbeddedFonts();
        this.atsChecker = new PdfAtsChecker();
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    /**
     * Renders {@code content} and scores the produced PDF.
     *
     * @return the PDF, its real page count and {@code ats_score} / {@code ats_checks} metadata
     * @throws RenderingFailedException when the PDF cannot be produced
     */
    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        RenderedPdf pdf = renderPdf(content, template, options);
        AtsReport report;
        try {
            report = atsChecker.check(pdf.bytes(), content, template);
        } catch (java.io.IOException e) {
            throw new RenderingFailedException("The produced PDF cannot be read back", e);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ats_score", report.score());
        metadata.put("ats_checks", report.checksAsMaps());
        metadata.putAll(pdf.layout());
        return new RenderedDocument(pdf.bytes(), pdf.pageCount(), metadata);
    }

    /**
     * Renders the PDF only, without the ATS check (the preview renderer's entry point).
     *
     * @throws RenderingFailedException when the PDF cannot be produced
     */
    public RenderedPdf renderPdf(DocumentContent content, Template template, TemplateOptions options) {
        return renderPdf(content, template, options, options.embedSource());
    }

    /**
     * Renders the PDF only, embedding the content as {@code resume.json} / {@code cover-letter.json}
     * when {@code embedSource} is set ({@link SourceAttachment}).
     *
     * @throws RenderingFailedException when the PDF cannot be produced
     */
    public RenderedPdf renderPdf(DocumentContent content, Template template, TemplateOptions options,
                                 boolean embedSource) {
        long started = cpuNanos();
        try {
            Map<String, Object> layout = new LinkedHashMap<>();
            List<Map<String, Object>> colors = TemplateStyle.of(template, options).adjustments();
            if (!colors.isEmpty()) {
                layout.put("colors_adjusted", colors);
            }
            ITextRenderer renderer = layout(content, template, options, embedSource);
            int pages = pageCount(renderer);
            if (options.maxPages() > 0) {
                TemplateOptions used = options;
                for (TemplateOptions step : pages > options.maxPages() ? PageFit.steps(options) : List.<TemplateOptions>of()) {
                    renderer = layout(content, template, step, embedSource);
                    pages = pageCount(renderer);
                    used = step;
                    if (pages <= options.maxPages()) {
                        break;
                    }
                }
                layout.put("fit_to_pages", PageFit.report(options, used, pages));
                if (pages > options.maxPages()) {
                    layout.put("warnings", List.of(PageFit.warning(options.maxPages(), pages)));
                }
            }
            if (pages > maxPages) {
                throw new DocumentTooLongException("Document too long: it renders to " + pages
                        + " pages, at most " + maxPages + " are allowed");
            }
            if (cpuNanos() - started > timeBudgetNanos) {
                throw new DocumentTooLongException("Document too long: rendering took longer than "
                        + timeBudgetNanos / 1_000_000_000L + " seconds");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            renderer.createPDF(out);
            return new RenderedPdf(out.toByteArray(), pages, layout);
        } catch (ExportException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingFailedException("PDF rendering with template " + template.id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The current thread's CPU time in nanoseconds, or the wall clock where the JVM does not measure it (it answers
     * -1, e.g. for a virtual thread); one thread always gets the same kind, so differences are meaningful.
     */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    private static int pageCount(ITextRenderer renderer) {
        return renderer.getRootBox().getLayer().getPages().size();
    }

    /**
     * Lays the document out, with the corrections that need a first layout ({@link PageFlow}): the
     * creative sidebar kept to page 1, a one-page letter spread over the page.
     */
    private ITextRenderer layout(DocumentContent content, Template template, TemplateOptions options,
                                 boolean embedSource) throws Exception {
        String xhtml = templates.render(content, template, options);
        Document dom = parser.parse(xhtml);
        int missing = fonts.applyFallback(dom, FontCatalog.forOption(options.fontFamily()));
        if (missing > 0) {
            LOG.warn("{} character(s) have no glyph in the embedded fonts and will not show", missing);
        }
        ReadingOrder.apply(dom);
        ITextRenderer renderer = newRenderer(dom, content, embedSource);
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        boolean changed = PageFlow.splitSidebar(dom, renderer.getRootBox(), pages);
        if (!changed) {
            changed = PageFlow.balanceLetter(dom, renderer.getRootBox(), pages, DOTS_PER_POINT);
        }
        return changed ? newRenderer(dom, content, embedSource) : renderer;
    }

    private ITextRenderer newRenderer(Document dom, DocumentContent content, boolean embedSource) {
        ITextOutputDevice device = new ClippedTextFilter(DOTS_PER_POINT);
        ClasspathOnlyUserAgent userAgent = new ClasspathOnlyUserAgent(device, DOTS_PER_PIXEL);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, userAgent, fonts.resolver());
        renderer.setPDFProducer(PRODUCER);
        renderer.setPDFCreator(PRODUCER);
        renderer.setPDFVersion(PdfWriter.VERSION_1_7);
        String lang = dom.getDocumentElement().getAttribute("lang");
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                PdfWriter writer = r.getWriter();
                if (!lang.isEmpty()) {
                    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
                }
                writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            }

            @Override
            public void onClose(ITextRenderer r) {
                if (embedSource) {
                    try {
                        SourceAttachment.attach(r.getWriter(), content);
                    } catch (java.io.IOException e) {
                        throw new RenderingFailedException("The source content cannot be embedded", e);
                    }
                }
            }
        });
        renderer.setDocument(dom, null);
        renderer.layout();
        return renderer;
    }
}
