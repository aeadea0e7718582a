package com.jobwise.export.adapters.rendering.ats;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The glyphs of a PDF's text layer with where and how they are drawn, read with PDFBox: page,
 * position, size, fill colour, and whether the glyph can be seen at all (inside the page's crop box
 * and the clipping path in force, drawn with a visible rendering mode). What an ATS parser or a
 * copy-paste reads is every glyph, seen or not; what a reader sees is only the visible ones.
 *
 * <p>Coordinates are PDF points from the top-left corner of the page (y grows downwards), the
 * glyph's baseline origin.
 */
public final class TextLayerScan {

    /**
     * One glyph.
     *
     * @param page      1-based page number
     * @param text      the glyph's Unicode text
     * @param x         left edge, points from the page's left edge
     * @param y         baseline, points from the page's top edge
     * @param width     advance width in points
     * @param size      font size in points
     * @param rgb       fill colour as 0xRRGGBB (black when the colour space is not RGB or grey)
     * @param clipped   outside the crop box or the clipping path: drawn but not seen
     * @param invisible drawn with an invisible rendering mode (3) or a zero font size
     */
    public record Glyph(int page, String text, float x, float y, float width, float size, int rgb,
                        boolean clipped, boolean invisible) {
        /** Whether a reader can see this glyph. */
        public boolean seen() {
            return !clipped && !invisible;
        }
    }

    /**
     * The scan's result.
     *
     * @param glyphs      every glyph in content-stream order
     * @param text        the text layer sorted by position (PDFBox, lines separated by {@code \n})
     * @param pageHeights height of each page in points
     */
    public record Result(List<Glyph> glyphs, String text, List<Float> pageHeights) {
    }

    private TextLayerScan() {
    }

    /**
     * Scans every page of {@code document}.
     *
     * @throws IOException when a content stream cannot be read
     */
    public static Result scan(PDDocument document) throws IOException {
        keepFonts(document);
        Stripper stripper = new Stripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        StringWriter out = new StringWriter();
        stripper.writeText(document, out);
        List<Float> heights = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            heights.add(page.getCropBox().getHeight());
        }
        return new Result(List.copyOf(stripper.glyphs), out.toString(), List.copyOf(heights));
    }

    /**
     * Makes {@code document} keep the fonts it has parsed for the rest of its life (with PDFBox's
     * default resource cache only): a scan then parses each font once, not once per page. Call it
     * before reading fonts that a scan will use.
     */
    static void keepFonts(PDDocument document) {
        if (document.getResourceCache() != null && document.getResourceCache().getClass() == DefaultResourceCache.class) {
            document.setResourceCache(new FontKeepingCache());
        }
    }

    /** Seen glyphs grouped into lines (same page, baselines within a quarter of the font size), left to right. */
    public static List<List<TextLayerScan.Glyph>> lines(List<TextLayerScan.Glyph> glyphs) {
        List<TextLayerScan.Glyph> sorted = new ArrayList<>(glyphs.size());
        for (TextLayerScan.Glyph g : glyphs) {
            if (g.seen()) {
                sorted.add(g);
            }
        }
        sorted.sort(BY_PAGE_THEN_Y);
        List<List<TextLayerScan.Glyph>> lines = new ArrayList<>();
        List<TextLayerScan.Glyph> current = new ArrayList<>();
        for (TextLayerScan.Glyph g : sorted) {
            if (!current.isEmpty()) {
                TextLayerScan.Glyph first = current.get(0);
                if (first.page() != g.page() || Math.abs(g.y() - first.y()) > Math.max(1.5f, first.size() / 4)) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        for (List<TextLayerScan.Glyph> line : lines) {
            line.sort(BY_X);
        }
        lines.removeIf(TextLayerScan::blank);
        return lines;
    }

    private static boolean blank(List<Glyph> line) {
        for (Glyph g : line) {
            if (!g.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<Glyph> BY_PAGE_THEN_Y = (a, b) -> a.page() != b.page()
            ? Integer.compare(a.page(), b.page()) : Double.compare(a.y(), b.y());
    private static final Comparator<Glyph> BY_X = (a, b) -> Double.compare(a.x(), b.x());

    /**
     * The document's resource cache, except that it keeps fonts: the stripper drops a page's
     * resources after the page, so fonts shared by every page would be parsed again for each one.
     */
    private static final class FontKeepingCache extends DefaultResourceCache {
        @Override
        public PDFont removeFont(COSObject indirect) {
            return null;
        }
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private int page;
        private GeneralPath path = new GeneralPath();
        private int pendingClip = -1;
        private PDRectangle crop;
        private final OverlapFilter overlaps = new OverlapFilter();
        private final Deque<Boolean> actualTexts = new ArrayDeque<>();
        private boolean actualText;

        /**
         * Path construction and clipping: PDFTextStripper ignores them, so the clipping path would
         * stay the whole page. They are tracked here in user space (CTM applied).
         */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String op = operator.getName();
            switch (op) {
                case "m" -> {
                    Point2D p = point(operands, 0);
                    if (p != null) {
                        path.moveTo(p.getX(), p.getY());
                    }
                }
                case "l" -> lineTo(point(operands, 0));
                case "c" -> lineTo(point(operands, 4));
                case "v", "y" -> lineTo(point(operands, 2));
                case "h" -> {
                    if (path.getCurrentPoint() != null) {
                        path.closePath();
                    }
                }
                case "re" -> rectangle(operands);
                case "W" -> pendingClip = Path2D.WIND_NON_ZERO;
                case "W*" -> pendingClip = Path2D.WIND_EVEN_ODD;
                case "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*" -> {
                    if (pendingClip >= 0) {
                        path.setWindingRule(pendingClip);
                        getGraphicsState().intersectClippingPath(path);
                    }
                    pendingClip = -1;
                    path = new GeneralPath();
                }
                default -> super.processOperator(operator, operands);
            }
        }

        private void lineTo(Point2D p) {
            if (p == null) {
                return;
            }
            if (path.getCurrentPoint() == null) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }

        private void rectangle(List<COSBase> operands) {
            if (operands.size() < 4 || !(operands.get(2) instanceof COSNumber w) || !(operands.get(3) instanceof COSNumber h)) {
                return;
            }
            Point2D a = point(operands, 0);
            if (a == null) {
                return;
            }
            float x = ((COSNumber) operands.get(0)).floatValue();
            float y = ((COSNumber) operands.get(1)).floatValue();
            Point2D b = transform(x + w.floatValue(), y);
            Point2D c = transform(x + w.floatValue(), y + h.floatValue());
            Point2D d = transform(x, y + h.floatValue());
            path.moveTo(a.getX(), a.getY());
            path.lineTo(b.getX(), b.getY());
            path.lineTo(c.getX(), c.getY());
            path.lineTo(d.getX(), d.getY());
            path.closePath();
        }

        private Point2D point(List<COSBase> operands, int at) {
            if (operands.size() < at + 2 || !(operands.get(at) instanceof COSNumber x)
                    || !(operands.get(at + 1) instanceof COSNumber y)) {
                return null;
            }
            return transform(x.floatValue(), y.floatValue());
        }

        private Point2D transform(float x, float y) {
            return getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            page++;
            crop = p.getCropBox();
            overlaps.clear();
            super.startPage(p);
        }

        /** Mirrors the stripper's marked-content {@code /ActualText} state, which its fast path below needs. */
        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            actualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
            actualTexts.push(actualText);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!actualTexts.isEmpty() && actualTexts.pop()) {
                actualText = false;
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            PDGraphicsState state = getGraphicsState();
            float ox = t.getTextMatrix().getTranslateX();
            float oy = t.getTextMatrix().getTranslateY();
            float w = Math.max(0.1f, t.getWidthDirAdj());
            float h = Math.max(0.1f, t.getHeightDir());
            // a probe inside the glyph body: a little right of the origin and above the baseline
            double px = ox + w / 2;
            double py = oy + h / 3;
            Rectangle2D clip = state.getCurrentClippingPath().getBounds2D();
            boolean inCrop = px >= crop.getLowerLeftX() && px <= crop.getUpperRightX()
                    && py >= crop.getLowerLeftY() && py <= crop.getUpperRightY();
            boolean clipped = !inCrop || !clip.contains(px, py);
            RenderingMode mode = state.getTextState().getRenderingMode();
            boolean invisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP
                    || t.getFontSizeInPt() <= 0.1f;
            glyphs.add(new Glyph(page, t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                    t.getFontSizeInPt(), rgb(state.getNonStrokingColor()), clipped, invisible));
            if (charactersByArticle.size() == 1) {
                keep(t);
            } else {
                super.processTextPosition(t); // thread beads: the stripper's own article division
            }
        }

        /**
         * What {@link PDFTextStripper#processTextPosition} does on a page without thread beads (one
         * article), with its duplicate-overlap test answered by {@link OverlapFilter}: the glyph is
         * dropped when it overdraws an identical glyph, and a diacritic is merged into the glyph it
         * sits on. Inside marked content with {@code /ActualText} the stripper itself takes the glyph.
         */
        private void keep(TextPosition t) {
            if (actualText) {
                super.processTextPosition(t); // the stripper substitutes the text and does not test overlaps
                return;
            }
            if (overlaps.duplicate(t.getUnicode(), t.getX(), t.getY(), t.getWidth())) {
                return;
            }
            List<TextPosition> article = charactersByArticle.get(0);
            if (article.isEmpty()) {
                article.add(t);
                return;
            }
            TextPosition previous = article.get(article.size() - 1);
            if (t.isDiacritic() && previous.contains(t)) {
                previous.mergeDiacritic(t);
            } else if (previous.isDiacritic() && t.contains(previous)) {
                t.mergeDiacritic(previous);
                article.set(article.size() - 1, t);
            } else {
                article.add(t);
            }
        }

        private static int rgb(PDColor color) {
            try {
                float[] c = color.getComponents();
                if (c.length == 1) {
                    int g = Math.round(c[0] * 255);
                    return (g << 16) | (g << 8) | g;
                }
                if (c.length == 3) {
                    return (Math.round(c[0] * 255) << 16) | (Math.round(c[1] * 255) << 8) | Math.round(c[2] * 255);
                }
                return color.toRGB();
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
