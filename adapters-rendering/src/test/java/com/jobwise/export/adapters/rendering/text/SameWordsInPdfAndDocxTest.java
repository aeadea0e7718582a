package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.reading.ContentReader;

import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.PdfInspection;
import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same content gives the same words and the same live links in PDF and DOCX (issue 10, item
 * 3): for every template and sample, the PDF's extracted text and the DOCX's text hold the same
 * set of words (case aside: the PDF templates upper-case headings with CSS), every date,
 * certification, project and heading phrase of {@link Wording} and {@link Headings} in both, and
 * the PDF's link annotations are exactly the DOCX's hyperlinks.
 */
class SameWordsInPdfAndDocxTest {
    private static final FlyingSaucerPdfRenderer PDF = new FlyingSaucerPdfRenderer();
    private static final PoiDocxRenderer DOCX = new PoiDocxRenderer();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Stream<Arguments> cases() {
        List<Samples.Sample> samples = new ArrayList<>(Samples.all());
        samples.addAll(LanguageSamples.all());
        return TemplateCatalog.all().stream().flatMap(t -> samples.stream().map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void sameWordsAndSameLinks(Template template, Samples.Sample sample) {
        Rendered both = render(sample.content(), template);

        assertThat(both.docxWords()).as("words only in the DOCX").isSubsetOf(both.pdfWords());
        assertThat(both.pdfWords()).as("words only in the PDF").isSubsetOf(both.docxWords());
        String pdf = both.pdfText().toLowerCase(Locale.ROOT);
        String docx = both.docxText().toLowerCase(Locale.ROOT);
        for (String phrase : phrases(sample.content(), DocumentLanguage.of(null, sample.content()).wording())) {
            assertThat(pdf).as("PDF has " + phrase).contains(phrase.toLowerCase(Locale.ROOT));
            assertThat(docx).as("DOCX has " + phrase).contains(phrase.toLowerCase(Locale.ROOT));
        }
        assertThat(new TreeSet<>(both.docxLinks())).as("live links").isEqualTo(new TreeSet<>(both.pdfLinks()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void userInfoScriptAndDataUrlsArePlainTextInBoth(Template template) {
        DocumentContent content = ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Mallory Example", "email", "mallory@example.com",
                        "linkedin", "https://user:secret@linkedin.com/in/mallory", "github", "javascript:alert(1)",
                        "website", "https://mallory.example"),
                "sections", List.of(Map.of("type", "projects", "entries", List.of(
                        Map.of("name", "Exploit", "url", "data:text/html;base64,PHNjcmlwdD4="),
                        Map.of("name", "Login", "url", "https://admin@bank.example/login"))))));

        Rendered both = render(content, template);

        List<String> expected = List.of("mailto:mallory@example.com", "https://mallory.example");
        assertThat(both.pdfLinks()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(both.docxLinks()).containsExactlyInAnyOrderElementsOf(expected);
        for (String shown : List.of("https://user:secret@linkedin.com/in/mallory", "javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=", "https://admin@bank.example/login")) {
            // a long address may wrap in a narrow column, and text extraction turns the wrap into a space
            assertThat(both.pdfText().replaceAll("\\s+", "")).contains(shown.replaceAll("\\s+", ""));
            assertThat(both.docxText()).contains(shown);
        }
    }

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    /** Both renderings of one content, read back. */
    record Rendered(String pdfText, Set<String> pdfWords, List<String> pdfLinks, String docxText,
            Set<String> docxWords, List<String> docxLinks) {
    }

    static Rendered render(DocumentContent content, Template template) {
        TemplateOptions pdfOptions = TemplateOptions.resolve(template, Map.of("include_page_numbers", false),
                ExportFormat.PDF);
        TemplateOptions docxOptions = TemplateOptions.resolve(template, Map.of("include_page_numbers", false),
                ExportFormat.DOCX);
        byte[] pdf = PDF.render(content, template, pdfOptions).bytes();
        byte[] docx = DOCX.render(content, template, docxOptions).bytes();
        String pdfText = PdfText.normalize(PdfText.extract(pdf));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String docxText = PdfText.normalize(extractor.getText());
            List<String> links = Arrays.stream(document.getHyperlinks()).map(XWPFHyperlink::getURL).toList();
            return new Rendered(pdfText, words(pdfText), PdfInspection.linkUris(pdf), docxText, words(docxText), links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The phrases the shared wording makes of {@code content}: dates, certification details, degrees, GPA. */
    static List<String> phrases(DocumentContent content, Wording w) {
        List<String> out = new ArrayList<>();
        if (content instanceof CoverLetterContent letter) {
            add(out, w.longDate(letter.letter().date()));
            return out;
        }
        for (Section section : ((ResumeContent) content).sections()) {
            switch (section) {
                case Section.Experience s -> {
                    for (ExperienceEntry e : s.entries()) {
                        add(out, w.range(e.startDate(), e.endDate(), e.isCurrent()));
                    }
                }
                case Section.Projects s -> {
                    for (ProjectEntry p : s.entries()) {
                        add(out, w.range(p.startDate(), p.endDate(), false));
                        add(out, p.technologies().isEmpty() ? null : String.join(", ", p.technologies()));
                    }
                }
                case Section.Education s -> {
                    for (EducationEntry e : s.entries()) {
                        add(out, w.range(e.startDate(), e.endDate(), false));
                        add(out, w.degree(e.degree(), e.fieldOfStudy()));
                        add(out, w.gpa(e.gpa()));
                    }
                }
                case Section.Skills s -> s.categories().stream().flatMap(c -> c.items().stream())
                        .filter(i -> i instanceof SkillItem.Certification).map(i -> (SkillItem.Certification) i)
                        .forEach(c -> w.certificationDetails(null, c.dateObtained(), c.expiryDate(), c.credentialId())
                                .forEach(d -> add(out, d)));
                default -> {
                }
            }
            String heading = Headings.of(section, w);
            if (heading != null && Headings.key(section) != null) {
                out.add(heading);
            }
        }
        return out;
    }

    private static void add(List<String> out, String phrase) {
        if (phrase != null) {
            out.add(phrase);
        }
    }
}
