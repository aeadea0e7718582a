package com.jobwise.export.adapters.rendering.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Structural facts of a PDF read with PDFBox: fonts, links, drawing operators, text lines with their fonts. */
public final class PdfInspection {
    private PdfInspection() {
    }

    /** A font used on a page. */
    public record FontUse(String name, boolean embedded) {
    }

    /** A line of text (sorted by position) with the fonts, sizes and x position of its glyphs. */
    public record Line(String text, Set<String> fonts, float firstX, float fontSize) {
    }

    public static List<FontUse> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<FontUse> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new FontUse(font.getName(), font.isEmbedded()));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** URIs of every link annotation, in page order. */
    public static List<String> linkUris(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            return uris;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every content-stream operator name used on the pages (e.g. {@code BT}, {@code Tj}, {@code re}). */
    public static Set<String> operators(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> operators = new LinkedHashSet<>();
            for (PDPage page : document.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token : parser.parse()) {
                    if (token instanceof Operator op) {
                        operators.add(op.getName());
                    }
                }
            }
            return operators;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of XObjects (images or forms) in the page resources. */
    public static int xObjects(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : document.getPages()) {
                for (COSName ignored : page.getResources().getXObjectNames()) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The x position (points from the left edge) of the first text run starting with {@code word}, or -1. */
    public static float xOf(byte[] pdf, String word) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] x = {-1};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    if (x[0] < 0 && string.startsWith(word)) {
                        x[0] = positions.getFirst().getXDirAdj();
                    }
                    super.writeString(string, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return x[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of text in visual order with the fonts of their glyphs. */
    public static List<Line> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private StringBuilder text = new StringBuilder();
                private Set<String> fonts = new LinkedHashSet<>();
                private float firstX = -1;
                private float size;

                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            fonts.add(p.getFont().getName());
                            if (firstX < 0) {
                                firstX = p.getXDirAdj();
                                size = p.getTextMatrix().getScalingFactorY();
                            }
                        }
                    }
                    text.append(string);
                    super.writeString(string, positions);
                }

                @Override
                protected void writeWordSeparator() throws IOException {
                    text.append(' ');
                    super.writeWordSeparator();
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    flushLine();
                    super.writeLineSeparator();
                }

                @Override
                protected void writePageEnd() throws IOException {
                    flushLine();
                    super.writePageEnd();
                }

                private void flushLine() {
                    if (!text.toString().isBlank()) {
                        lines.add(new Line(text.toString().strip(), fonts, firstX, size));
                    }
                    text = new StringBuilder();
                    fonts = new LinkedHashSet<>();
                    firstX = -1;
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
