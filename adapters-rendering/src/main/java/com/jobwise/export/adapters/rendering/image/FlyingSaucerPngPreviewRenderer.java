package com.jobwise.export.adapters.rendering.image;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.RenderedPdf;
import com.jobwise.export.adapters.rendering.template.FontCatalog;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@link IPreviewRenderer}: the first page of the very PDF an export would produce, rasterised
 * with PDFBox, so the preview looks exactly like the download. US Letter pages come out at exactly
 * {@value #WIDTH} x {@value #LETTER_HEIGHT} pixels (spec: preview features; about 141 DPI); an A4
 * page keeps the width and scales the height in proportion to its aspect ratio
 * ({@code 1557 x (A4 ratio / Letter ratio)}, 1702 px). With {@code watermark}, a diagonal
 * semi-transparent "PREVIEW" is drawn across the page.
 *
 * <p>Runs headless ({@code java.awt.headless=true} is set when the property is unset).
 * Thread-safe; share one instance (and give it the application's PDF renderer).
 */
public final class FlyingSaucerPngPreviewRenderer implements IPreviewRenderer {
    /** Width of every preview in pixels. */
    public static final int WIDTH = 1200;
    /** Height of a US Letter preview in pixels. */
    public static final int LETTER_HEIGHT = 1557;
    private static final double LETTER_RATIO = 11.0 / 8.5;
    private static final String WATERMARK = "PREVIEW";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final FlyingSaucerPdfRenderer pdfRenderer;
    private final Font watermarkFont;

    /** A preview renderer with its own PDF renderer (loads fonts and templates). */
    public FlyingSaucerPngPreviewRenderer() {
        this(new FlyingSaucerPdfRenderer());
    }

    /** A preview renderer sharing {@code pdfRenderer} (preferred: fonts and templates load once). */
    public FlyingSaucerPngPreviewRenderer(FlyingSaucerPdfRenderer pdfRenderer) {
        this.pdfRenderer = pdfRenderer;
        String resource = FontCatalog.LIBERATION_SANS.faces().stream().filter(f -> f.weight() == 700)
                .findFirst().orElseThrow().resource();
        try (InputStream in = FlyingSaucerPngPreviewRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            this.watermarkFont = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Watermark font cannot be loaded", e);
        }
    }

    /**
     * Pixel size of a preview of a page {@code widthPt} x {@code heightPt} points: always
     * {@value #WIDTH} wide, {@value #LETTER_HEIGHT} high for Letter, proportionally higher for taller pages.
     */
    public static int heightFor(double widthPt, double heightPt) {
        return (int) Math.round(LETTER_HEIGHT * (heightPt / widthPt) / LETTER_RATIO);
    }

    @Override
    public byte[] renderFirstPage(DocumentContent content, Template template, TemplateOptions options, boolean watermark) {
        RenderedPdf pdf = pdfRenderer.renderPdf(content, template, options, false);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            int height = heightFor(box.getWidth(), box.getHeight());
            BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setBackground(Color.WHITE);
                g.clearRect(0, 0, WIDTH, height);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                // PDFBox scales the graphics it is given: hand it a copy, keep g in pixels for the watermark
                Graphics2D page = (Graphics2D) g.create();
                try {
                    new PDFRenderer(document).renderPageToGraphics(0, page, WIDTH / box.getWidth(),
                            height / box.getHeight(), RenderDestination.EXPORT);
                } finally {
                    page.dispose();
                }
                if (watermark) {
                    drawWatermark(g, WIDTH, height);
                }
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer available");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingFailedException("Preview rendering failed: " + e.getMessage(), e);
        }
    }

    private void drawWatermark(Graphics2D g, int width, int height) {
        Graphics2D w = (Graphics2D) g.create();
        try {
            double angle = -Math.atan2(height, width);
            double diagonal = Math.hypot(width, height);
            FontRenderContext frc = w.getFontRenderContext();
            Font probe = watermarkFont.deriveFont(100f);
            Rectangle2D bounds = new TextLayout(WATERMARK, probe, frc).getBounds();
            float size = (float) (100 * diagonal * 0.62 / bounds.getWidth());
            TextLayout layout = new TextLayout(WATERMARK, watermarkFont.deriveFont(size), frc);
            Rectangle2D b = layout.getBounds();
            AffineTransform at = new AffineTransform();
            at.translate(width / 2.0, height / 2.0);
            at.rotate(angle);
            at.translate(-b.getCenterX(), -b.getCenterY());
            w.transform(at);
            w.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.16f));
            w.setColor(new Color(0x33, 0x41, 0x55));
            w.fill(layout.getOutline(null));
        } finally {
            w.dispose();
        }
    }
}
