package com.jobwise.export.adapters.rendering.pdf;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every PDF carries the content it was rendered from, and it reads back equal ({@code embed_source}). */
class EmbeddedSourceTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> templatesAndSamples() {
        return TemplateCatalog.all().stream()
                .flatMap(t -> Samples.all().stream().map(s -> Arguments.of(t.id(), s)));
    }

    /** The embedded files of {@code pdf} by name, as PDFBox reads them; empty when there are none. */
    static Map<String, PDComplexFileSpecification> embeddedFiles(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
            return Map.of();
        }
        return new LinkedHashMap<>(names.getEmbeddedFiles().getNames());
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("templatesAndSamples")
    void theEmbeddedJsonReadsBackAsTheRenderedContent(String templateId, Samples.Sample sample) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        DocumentContent content = sample.content();
        String expectedName = content.documentType().wireName().replace('_', '-') + ".json";

        byte[] pdf = RENDERER.render(content, template, template.defaults()).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files = embeddedFiles(document);
            assertThat(files).containsOnlyKeys(expectedName);
            PDComplexFileSpecification spec = files.get(expectedName);
            assertThat(spec.getFileUnicode()).isEqualTo(expectedName);
            assertThat(spec.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")))
                    .isEqualTo(COSName.getPDFName("Source"));
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                    : spec.getEmbeddedFile();
            assertThat(file.getSubtype()).isEqualTo("application/json");
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = JSON.readValue(file.toByteArray(), Map.class);
            assertThat(ContentReader.read(content.documentType(), tree)).isEqualTo(content);

            COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(af).isNotNull();
            assertThat(af.size()).isEqualTo(1);
            assertThat((COSDictionary) af.getObject(0)).isSameAs(spec.getCOSObject());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templatesAndSamples")
    void embedSourceFalseLeavesItOut(String templateId, Samples.Sample sample) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        TemplateOptions options = TemplateOptions.resolve(template, Map.of("embed_source", false), ExportFormat.PDF);

        byte[] pdf = RENDERER.render(sample.content(), template, options).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(embeddedFiles(document)).isEmpty();
            assertThat(document.getDocumentCatalog().getCOSObject().getItem(COSName.getPDFName("AF"))).isNull();
        }
    }
}
