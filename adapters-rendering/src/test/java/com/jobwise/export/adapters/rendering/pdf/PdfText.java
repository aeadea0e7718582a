package com.jobwise.export.adapters.rendering.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads text back out of PDFs with PDFBox, and normalises it for comparisons. */
public final class PdfText {
    private PdfText() {
    }

    /** All text in content-stream order (what most text extractors return). */
    public static String extract(byte[] pdf) {
        return extract(pdf, false);
    }

    /** All text sorted by position on the page: visual reading order, as layout-based ATS parsers read. */
    public static String extractSorted(byte[] pdf) {
        return extract(pdf, true);
    }

    private static String extract(byte[] pdf, boolean sorted) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, sorted by position or in content-stream order. */
    public static List<String> pages(byte[] pdf, boolean sorted) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            stripper.setLineSeparator("\n");
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whitespace and line breaks normalised, characters untouched: runs of whitespace become one
     * space, and the break a line makes after a hyphen or slash inside a word is removed.
     */
    public static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").replaceAll("(?<=\\S[-/]) ", "").strip();
    }
}
