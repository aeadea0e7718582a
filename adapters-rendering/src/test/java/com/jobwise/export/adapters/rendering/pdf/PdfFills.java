package com.jobwise.export.adapters.rendering.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filled and stroked shapes of a PDF's pages with their colours, read with PDFBox: backgrounds,
 * borders and rules as a reader sees them. Coordinates are points from the page's top-left corner.
 */
public final class PdfFills {
    /**
     * One painted shape.
     *
     * @param page   1-based page number
     * @param bounds the shape's bounding box (y down from the page top)
     * @param rgb    the paint colour as 0xRRGGBB
     * @param filled a fill (else a stroke)
     */
    public record Shape(int page, Rectangle2D bounds, int rgb, boolean filled) {
    }

    private PdfFills() {
    }

    /** Every painted shape, page by page, in paint order. */
    public static List<Shape> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Shape> out = new ArrayList<>();
            int n = 0;
            for (PDPage page : document.getPages()) {
                n++;
                new Engine(page, n, out).processPage(page);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final int number;
        private final float height;
        private final List<Shape> out;
        private GeneralPath path = new GeneralPath();

        Engine(PDPage page, int number, List<Shape> out) {
            super(page);
            this.number = number;
            this.height = page.getCropBox().getHeight();
            this.out = out;
        }

        private void paint(boolean fill) throws IOException {
            Rectangle2D b = path.getBounds2D();
            int rgb = (fill ? getGraphicsState().getNonStrokingColor() : getGraphicsState().getStrokingColor()).toRGB();
            out.add(new Shape(number, new Rectangle2D.Double(b.getX(), height - b.getMaxY(), b.getWidth(), b.getHeight()),
                    rgb, fill));
            path = new GeneralPath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (path.getCurrentPoint() == null) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            if (path.getCurrentPoint() == null) {
                path.moveTo(x3, y3);
            } else {
                path.curveTo(x1, y1, x2, y2, x3, y3);
            }
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            if (path.getCurrentPoint() != null) {
                path.closePath();
            }
        }

        @Override
        public void endPath() {
            path = new GeneralPath();
        }

        @Override
        public void strokePath() throws IOException {
            paint(false);
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            paint(true);
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            paint(true);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
