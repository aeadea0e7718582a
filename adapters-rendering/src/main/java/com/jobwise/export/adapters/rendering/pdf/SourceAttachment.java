package com.jobwise.export.adapters.rendering.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.domain.content.ContentWriter;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.content.ResumeContent;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;

/**
 * The structured content a PDF was rendered from, embedded in it as an associated file: UTF-8 JSON
 * in the spec's content schema ({@link ContentWriter}), named {@code resume.json} or
 * {@code cover-letter.json}, MIME subtype {@code application/json}, listed in the catalog's
 * {@code /EmbeddedFiles} name tree and in its {@code /AF} array with {@code /AFRelationship /Source}
 * (PDF 2.0 / PDF/A-3 associated files).
 */
public final class SourceAttachment {
    public static final String MIME_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    private static final PdfName SOURCE = new PdfName("Source");

    private SourceAttachment() {
    }

    /** {@code resume.json} or {@code cover-letter.json}. */
    public static String fileName(DocumentContent content) {
        return switch (content) {
            case ResumeContent ignored -> "resume.json";
            case CoverLetterContent ignored -> "cover-letter.json";
        };
    }

    /** The content as pretty-printed UTF-8 JSON. */
    public static byte[] json(DocumentContent content) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(ContentWriter.write(content));
        } catch (JsonProcessingException e) {
            throw new RenderingFailedException("The content cannot be written as JSON", e);
        }
    }

    /** Embeds {@code content} in the document {@code writer} is writing; call while the document is open. */
    static void attach(PdfWriter writer, DocumentContent content) throws IOException {
        String name = fileName(content);
        PdfFileSpecification spec = PdfFileSpecification.fileEmbedded(writer, null, name, json(content), MIME_TYPE,
                null, PdfStream.DEFAULT_COMPRESSION);
        spec.setUnicodeFileName(name, true);
        spec.put(AF_RELATIONSHIP, SOURCE);
        // OpenPDF keys the name tree by the description (and writes the spec now): use the file name
        writer.addFileAttachment(name, spec);
        PdfArray af = new PdfArray();
        af.add(spec.getReference());
        writer.getExtraCatalog().put(PdfName.AF, af);
    }
}
