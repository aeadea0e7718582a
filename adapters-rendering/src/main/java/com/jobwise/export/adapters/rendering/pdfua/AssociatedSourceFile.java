package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.SourceAttachment;
import com.jobwise.export.domain.content.DocumentContent;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * The content a tagged PDF was rendered from, embedded as a PDF/A-3 associated file: the same
 * {@code resume.json} / {@code cover-letter.json} as the Flying Saucer renderer's
 * ({@link SourceAttachment}), MIME subtype {@code application/json}, a file specification with
 * {@code /F}, {@code /UF}, {@code /Desc} and {@code /AFRelationship /Source}, listed in the catalog's
 * {@code /EmbeddedFiles} name tree and {@code /AF} array (ISO 19005-3 6.8, ISO 14289-1 7.11).
 */
final class AssociatedSourceFile {
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName SOURCE = COSName.getPDFName("Source");

    private AssociatedSourceFile() {
    }

    /** Embeds {@code content} in {@code document}, dated {@code now}. */
    static void attach(PDDocument document, DocumentContent content, Calendar now) throws IOException {
        String name = SourceAttachment.fileName(content);
        byte[] json = SourceAttachment.json(content);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        file.setSubtype(SourceAttachment.MIME_TYPE);
        file.setSize(json.length);
        file.setCreationDate(now);
        file.setModDate(now);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription("The structured content this document was rendered from");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(AF_RELATIONSHIP, SOURCE);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = catalog.getNames() == null
                ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray(List.of(spec));
        catalog.getCOSObject().setItem(COSName.AF, af);
    }
}
