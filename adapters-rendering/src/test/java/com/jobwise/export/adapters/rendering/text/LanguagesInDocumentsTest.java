package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 6: the document's language sets headings, "Present", months, connectors, the
 * page footer and the letter's date in PDF and DOCX, and {@code lang} is in both files; the
 * French and German samples ({@link LanguageSamples}) read in their language.
 */
class LanguagesInDocumentsTest {
    private static final FlyingSaucerPdfRenderer PDF = new FlyingSaucerPdfRenderer();
    private static final PoiDocxRenderer DOCX = new PoiDocxRenderer();

    /** Sample, its expected words (lower case), the words of English that must not appear. */
    static Stream<Arguments> cases() {
        List<String> english = List.of("professional summary", "skills", "experience", "education", "present",
                "key achievements", "highlights");
        List<Arguments> out = new java.util.ArrayList<>();
        for (Template t : TemplateCatalog.all()) {
            out.add(Arguments.of(t, "resume-french-data-analyst", "fr", List.of("profil professionnel",
                    "expérience professionnelle", "compétences", "projets", "formation",
                    "févr. 2021 – aujourd’hui", "sept. 2017 – janv. 2021", "mars 2023 – sept. 2023",
                    "master en statistique et science des données", "licence de mathématiques appliquées",
                    "mai 2022 – févr. 2026", "identifiant pl300-88412"), english));
            out.add(Arguments.of(t, "resume-german-mechanical-engineer", "de", List.of("profil", "berufserfahrung",
                    "kenntnisse", "projekte", "ausbildung", "okt. 2019 – heute", "aug. 2014 – sept. 2019",
                    "master of science in maschinenbau", "bachelor of engineering fahrzeugtechnik",
                    "nov. 2020", "zertifikats-id tsa-gb-20-4471"), english));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void headingsAndDatesInTheSamplesLanguage(Template template, String sample, String lang, List<String> words,
            List<String> english) throws IOException {
        DocumentContent content = LanguageSamples.load(sample).content();

        byte[] pdf = PDF.render(content, template, template.defaults()).bytes();
        byte[] docx = DOCX.render(content, template, TemplateOptions.resolve(template, Map.of(), ExportFormat.DOCX))
                .bytes();

        String pdfText = PdfText.normalize(PdfText.extract(pdf)).toLowerCase(Locale.ROOT);
        String docxText = docxText(docx).toLowerCase(Locale.ROOT);
        for (String word : words) {
            assertThat(pdfText).as("PDF").contains(word);
            assertThat(docxText).as("DOCX").contains(word);
        }
        for (String word : english) {
            assertThat(pdfText).as("PDF").doesNotContain(word);
            assertThat(docxText).as("DOCX").doesNotContain(word);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(lang);
        }
        assertThat(stylesXml(docx)).contains("w:lang w:val=\"" + lang + "-" + lang.toUpperCase(Locale.ROOT) + "\"");
    }

    @Test
    void theOptionOverridesTheContentsLanguageAndSetsThePageFooterAndTheLettersDate() throws IOException {
        DocumentContent french = LanguageSamples.load("resume-french-data-analyst").content();
        Map<String, Object> german = Map.of("language", "de", "include_page_numbers", true);

        byte[] pdf = PDF.render(french, TemplateCatalog.MODERN,
                TemplateOptions.resolve(TemplateCatalog.MODERN, german, ExportFormat.PDF)).bytes();
        byte[] docx = DOCX.render(french, TemplateCatalog.MODERN,
                TemplateOptions.resolve(TemplateCatalog.MODERN, german, ExportFormat.DOCX)).bytes();

        String pdfText = PdfText.normalize(PdfText.extract(pdf));
        assertThat(pdfText).contains("BERUFSERFAHRUNG", "Feb. 2021 – heute", "Seite 1 von ").doesNotContain("aujourd’hui");
        assertThat(docxText(docx)).contains("Berufserfahrung", "Feb. 2021 – heute", "Seite ", " von ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }

        DocumentContent letter = Samples.load("cover-letter-backend-engineer").content();
        for (String[] expected : new String[][] {{"es", "de noviembre de 2025"}, {"fr", "novembre 2025"},
                {"pl", "listopada 2025"}, {"pt", "de novembro de 2025"}, {"en", "November "}}) {
            TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.CLASSIC, Map.of("language", expected[0]),
                    ExportFormat.PDF);
            assertThat(PdfText.normalize(PdfText.extract(PDF.render(letter, TemplateCatalog.CLASSIC, options).bytes())))
                    .as(expected[0]).contains(expected[1]);
            assertThat(docxText(DOCX.render(letter, TemplateCatalog.CLASSIC, TemplateOptions.resolve(
                    TemplateCatalog.CLASSIC, Map.of("language", expected[0]), ExportFormat.DOCX)).bytes()))
                    .as(expected[0]).contains(expected[1]);
        }
    }

    @Test
    void aDegreeHoldingItsFieldAndAParsedDegreeArePrintedAsWritten() throws IOException {
        DocumentContent nurse = ContentReader.read(DocumentType.RESUME, Map.of("header", Map.of("name", "Ana Nurse"),
                "sections", List.of(Map.of("type", "education", "entries", List.of(Map.of(
                        "degree", "Bachelor of Science in Nursing", "field_of_study", "Nursing",
                        "institution", "State University"))))));
        DocumentContent parsed = Samples.load("resume-plain-text").content();
        for (Template template : TemplateCatalog.all()) {
            String pdf = PdfText.normalize(PdfText.extract(PDF.render(nurse, template, template.defaults()).bytes()));
            String docx = docxText(DOCX.render(nurse, template, template.defaults()).bytes());
            assertThat(pdf).contains("Bachelor of Science in Nursing").doesNotContain("Nursing in Nursing");
            assertThat(docx).contains("Bachelor of Science in Nursing").doesNotContain("Nursing in Nursing");
            String plainPdf = PdfText.normalize(PdfText.extract(PDF.render(parsed, template, template.defaults()).bytes()));
            assertThat(plainPdf).contains("B.B.A. Supply Chain Management").doesNotContain("B.B.A. in");
            assertThat(docxText(DOCX.render(parsed, template, template.defaults()).bytes()))
                    .contains("B.B.A. Supply Chain Management").doesNotContain("B.B.A. in");
        }
    }

    @Test
    void creativeShowsLanguageLevelsAsWordsNotBars() {
        DocumentContent french = LanguageSamples.load("resume-french-data-analyst").content();

        String xhtml = new FreeMarkerXhtmlTemplates().render(french, TemplateCatalog.CREATIVE,
                TemplateCatalog.CREATIVE.defaults());

        assertThat(xhtml).doesNotContain("class=\"meter").contains("Français", "(langue maternelle)", "(courant (C1))");
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return PdfText.normalize(extractor.getText());
        }
    }

    static String stylesXml(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             var in = document.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml"))
                     .getFirst().getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
