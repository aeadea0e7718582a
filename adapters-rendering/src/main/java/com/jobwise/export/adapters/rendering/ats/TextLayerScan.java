package com.jobwise.export.adapters.rendering.ats;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Seen glyphs grouped into lines (same page, baselines within a quarter of the font size), left to right. */
    public static List<List<TextLayerScan.Glyph>> lines(List<TextLayerScan.Glyph> glyphs) {
        List<TextLayerScan.Glyph> sorted = new ArrayList<>(glyphs.stream().filter(TextLayerScan.Glyph::seen).toList());
        sorted.sort(Comparator.comparingInt(TextLayerScan.Glyph::page).thenComparingDouble(TextLayerScan.Glyph::y));
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
            line.sort(Comparator.comparingDouble(TextLayerScan.Glyph::x));
        }
        lines.removeIf(line -> line.stream().allMatch(g -> g.text().isBlank()));
        return lines;
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private int page;
        private GeneralPath path = new GeneralPath();
        private int pendingClip = -1;

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
            super.startPage(p);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            PDGraphicsState state = getGraphicsState();
            PDPage current = getCurrentPage();
            PDRectangle crop = current.getCropBox();
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
            super.processTextPosition(t);
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
