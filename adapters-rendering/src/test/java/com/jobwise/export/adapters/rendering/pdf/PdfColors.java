package com.jobwise.export.adapters.rendering.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The RGB colours a PDF's page content streams set for filling or stroking ({@code rg}, {@code RG}, and
 * {@code sc}/{@code scn}/{@code SC}/{@code SCN} with three operands), as upper-case {@code #RRGGBB}.
 */
public final class PdfColors extends PDFStreamEngine {
    private static final Set<String> RGB_OPERATORS = Set.of("rg", "RG", "sc", "scn", "SC", "SCN");
    private final Set<String> colors = new TreeSet<>();

    private PdfColors() {
    }

    /** Every RGB colour set on any page of {@code pdf}. */
    public static Set<String> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfColors engine = new PdfColors();
            for (PDPage page : document.getPages()) {
                engine.processPage(page);
            }
            return engine.colors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages in {@code pdf}. */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (RGB_OPERATORS.contains(operator.getName()) && operands.size() == 3
                && operands.stream().allMatch(COSNumber.class::isInstance)) {
            StringBuilder hex = new StringBuilder("#");
            for (COSBase operand : operands) {
                int channel = Math.round(((COSNumber) operand).floatValue() * 255f);
                hex.append(String.format(Locale.ROOT, "%02X", Math.clamp(channel, 0, 255)));
            }
            colors.add(hex.toString());
        }
        super.processOperator(operator, operands);
    }
}
