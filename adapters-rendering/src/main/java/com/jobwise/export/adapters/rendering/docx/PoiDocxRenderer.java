package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.adapters.rendering.text.DocumentLanguage;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

import javax.xml.namespace.QName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link IDocumentRenderer} for {@link ExportFormat#DOCX} with Apache POI (XWPF): an editable Word
 * document that looks like the chosen template (fonts, sizes, colours, heading style, margins,
 * line spacing, page size) and is built for editing: real heading styles, real bullet numbering,
 * real hyperlinks, a {@code PAGE} field when {@code include_page_numbers} is set.
 *
 * <p>The spec's DOCX options (API spec, "Additional DOCX Options"): {@code include_comments} adds
 * Word comments from the rules of {@link EditingSuggestions}; {@code editable_fields} wraps the
 * named sections in highlighted content controls titled with the section name;
 * {@code enable_track_changes} opens the document with Track Changes on;
 * {@code document_properties} fills the core properties (see {@link DocumentProperties}).
 *
 * <p>The document's language ({@link DocumentLanguage}: option {@code language}, else the
 * content's, else English) sets the headings, labels and dates and the styles' {@code w:lang}.
 *
 * <p>The result's metadata holds {@code word_count} (an int: the words of the visible text),
 * {@code editable_sections} (the editable fields that were applied, in order), and, as for PDF,
 * {@code ats_score} (0 to 100) and {@code ats_checks} ({@code name, passed, detail, deduction}),
 * measured on the produced file by {@link DocxAtsChecker}; it has no page count. Text XML cannot hold (control characters, lone surrogates) is removed. Stateless and
 * thread-safe; POI or I/O failures surface as {@link RenderingFailedException}.
 */
public final class PoiDocxRenderer implements IDocumentRenderer {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A renderer; it holds no state, so one instance serves every thread. */
    public PoiDocxRenderer() {
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(options, "options");
        try (XWPFDocument document = new XWPFDocument()) {
            DocxLook look = DocxLook.of(template, options);
            DocumentLanguage language = DocumentLanguage.of(options.language(), content);
            DocxStyles.install(document, look, language.wordTag());
            BigInteger bullets = DocxStyles.installBullets(document, look);
            DocxWriter writer = new DocxWriter(document, look, language.wording(), options.includeComments(), options.editableFields(),
                    bullets);
            switch (content) {
                case ResumeContent resume -> new ResumeComposer(writer).compose(resume);
                case CoverLetterContent letter -> new CoverLetterComposer(writer).compose(letter);
            }
            endWithParagraph(document.getDocument().getBody());
            DocxSection.finish(document, look, writer.words());
            settings(document, options.enableTrackChanges());
            DocumentProperties.apply(document, DocumentProperties.resolve(content, options.documentProperties()),
                    writer.wordCount());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.write(out);
            byte[] bytes = out.toByteArray();
            DocxAtsChecker.Report ats = DocxAtsChecker.check(bytes, content, language.wording());
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("word_count", writer.wordCount());
            metadata.put("editable_sections", writer.editableApplied());
            metadata.put("ats_score", ats.score());
            metadata.put("ats_checks", ats.checksAsMaps());
            return new RenderedDocument(bytes, null, metadata);
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderingFailedException("The DOCX document could not be rendered", e);
        }
    }

    /** Word wants the body to end with a paragraph, not a table or content control. */
    private static void endWithParagraph(CTBody body) {
        try (XmlCursor cursor = body.newCursor()) {
            boolean last = cursor.toLastChild();
            while (last && cursor.getName().getLocalPart().equals("sectPr")) {
                last = cursor.toPrevSibling();
            }
            if (!last || !cursor.getName().getLocalPart().equals("p")) {
                body.addNewP();
            }
        }
    }

    /**
     * Track Changes when asked, and {@code compatibilityMode} 15 so Word opens the file as a
     * current document rather than in compatibility mode. The {@code w:compat} element is written
     * with a cursor because poi-ooxml-lite does not carry its schema class.
     */
    private static void settings(XWPFDocument document, boolean trackChanges) {
        if (trackChanges) {
            document.setTrackRevisions(true);
        }
        CTSettings settings = document.getSettings().getCTSettings();
        try (XmlCursor cursor = settings.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
        }
    }
}
