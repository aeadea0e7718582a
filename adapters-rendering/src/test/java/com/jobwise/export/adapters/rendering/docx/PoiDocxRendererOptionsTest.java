package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Template options, DOCX options, the comment rules and hostile text, each on purpose-made content. */
class PoiDocxRendererOptionsTest {
    private final PoiDocxRenderer renderer = new PoiDocxRenderer();

    private static TemplateOptions options(Template template, Map<String, Object> requested) {
        return TemplateOptions.resolve(template, requested, ExportFormat.DOCX);
    }

    private DocxInspector render(DocumentContent content, Template template, Map<String, Object> requested) {
        return DocxInspector.open(renderer.render(content, template, options(template, requested)).bytes());
    }

    private static CTStyle style(DocxInspector docx, String id) {
        return docx.document.getStyles().getStyle(id).getCTStyle();
    }

    private static CTRPr defaultRun(DocxInspector docx) {
        return docx.document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    }

    private static CTSectPr section(DocxInspector docx) {
        return docx.document.getDocument().getBody().getSectPr();
    }

    @Test
    void fontSizeSpacingAndAccentColourComeFromTheOptions() throws Exception {
        DocumentContent content = Samples.named("resume-backend-engineer").content();
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("font_family", "Helvetica",
                "font_size", 12, "line_spacing", 1.5, "accent_color", "#c81e1e"))) {
            assertThat(defaultRun(docx).getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(defaultRun(docx).getSzArray(0).getVal().toString()).isEqualTo("24");
            assertThat(docx.document.getStyles().getCtStyles().getDocDefaults().getPPrDefault().getPPr().getSpacing()
                    .getLine().toString()).as("1.5 em over Arial's 1.117 em single line").isEqualTo("322");
            assertThat(style(docx, DocxStyles.HEADING_1).getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("C81E1E");
            assertThat(style(docx, DocxStyles.SUBTITLE).getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("C81E1E");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("font_family", "Calibri"))) {
            assertThat(defaultRun(docx).getRFontsArray(0).getAscii()).isEqualTo("Calibri");
            assertThat(defaultRun(docx).getSzArray(0).getVal().toString()).isEqualTo("22");
            assertThat(docx.document.getStyles().getCtStyles().getDocDefaults().getPPrDefault().getPPr().getSpacing()
                    .getLine().toString()).as("1.15 em over Calibri's 1.221 em single line").isEqualTo("226");
        }
    }

    @Test
    void classicIsSerifWithTheRequestedMargins() throws Exception {
        DocumentContent content = Samples.named("resume-new-graduate").content();
        try (DocxInspector docx = render(content, TemplateCatalog.CLASSIC, Map.of())) {
            assertThat(defaultRun(docx).getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.CLASSIC, Map.of("font_family", "Georgia",
                "margins", Map.of("top", 0.5, "left", 1.25)))) {
            assertThat(defaultRun(docx).getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            var margins = section(docx).getPgMar();
            assertThat(List.of(margins.getTop(), margins.getLeft(), margins.getBottom(), margins.getRight())
                    .stream().map(String::valueOf).toList()).containsExactly("720", "1800", "1440", "1440");
        }
    }

    @Test
    void pageSizeIsLetterUnlessA4IsAsked() throws Exception {
        DocumentContent content = Samples.named("resume-new-graduate").content();
        try (DocxInspector docx = render(content, TemplateCatalog.ATS_OPTIMIZED, Map.of())) {
            assertThat(String.valueOf(section(docx).getPgSz().getW())).isEqualTo("12240");
            assertThat(String.valueOf(section(docx).getPgSz().getH())).isEqualTo("15840");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.ATS_OPTIMIZED, Map.of("page_size", "a4"))) {
            assertThat(String.valueOf(section(docx).getPgSz().getW())).isEqualTo("11906");
            assertThat(String.valueOf(section(docx).getPgSz().getH())).isEqualTo("16838");
        }
    }

    @Test
    void headerStyleSetsTheHeadingStyle() throws Exception {
        DocumentContent content = Samples.named("resume-new-graduate").content();
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("header_style", "underline"))) {
            CTRPr h1 = style(docx, DocxStyles.HEADING_1).getRPr();
            assertThat(h1.sizeOfBArray()).isZero();
            assertThat(h1.getUArray(0).getVal().toString()).isEqualTo("single");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("header_style", "both"))) {
            CTRPr h1 = style(docx, DocxStyles.HEADING_1).getRPr();
            assertThat(h1.sizeOfBArray()).isOne();
            assertThat(h1.sizeOfUArray()).isOne();
        }
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of())) {
            CTRPr h1 = style(docx, DocxStyles.HEADING_1).getRPr();
            assertThat(h1.sizeOfBArray()).isOne();
            assertThat(h1.sizeOfUArray()).isZero();
        }
    }

    @Test
    void creativeSidebarTakesTheRequestedShareInThePrimaryColour() throws Exception {
        DocumentContent content = Samples.named("resume-backend-engineer").content();
        try (DocxInspector docx = render(content, TemplateCatalog.CREATIVE, Map.of("sidebar_width", 40,
                "primary_color", "#0F766E"))) {
            var grid = docx.document.getTables().getFirst().getCTTbl().getTblGrid();
            double left = Double.parseDouble(String.valueOf(grid.getGridColArray(0).getW()));
            double right = Double.parseDouble(String.valueOf(grid.getGridColArray(1).getW()));
            assertThat(left / (left + right)).isCloseTo(0.40, org.assertj.core.data.Offset.offset(0.005));
            assertThat(style(docx, DocxStyles.TITLE).getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("0F766E");
            String fill = docx.document.getTables().getFirst().getRow(0).getCell(0).getColor();
            assertThat(fill).isEqualTo(DocxLook.tint("0F766E", 0.9));
            List<String> sidebar = docx.paragraphs.stream().filter(DocxInspector.Para::inTable)
                    .map(DocxInspector.Para::text).toList();
            assertThat(sidebar).contains("jordan.alvarez@example.com", "Technical Skills", "English (native)");
        }
    }

    @Test
    void pageNumbersAreAFieldInTheFooterOnlyWhenAsked() throws Exception {
        DocumentContent content = Samples.named("resume-long-multipage").content();
        try (DocxInspector docx = render(content, TemplateCatalog.CLASSIC, Map.of("include_page_numbers", true))) {
            String footer = docx.document.getFooterList().getFirst().getParagraphs().getFirst().getCTP().xmlText();
            assertThat(footer).contains("fldCharType=\"begin\"", " PAGE ", " NUMPAGES ", "fldCharType=\"end\"");
            assertThat(docx.document.getDocument().getBody().getSectPr().sizeOfFooterReferenceArray()).isOne();
        }
        try (DocxInspector docx = render(content, TemplateCatalog.CLASSIC, Map.of("include_page_numbers", false))) {
            assertThat(docx.document.getFooterList()).isEmpty();
        }
    }

    @Test
    void trackChangesIsOnOnlyWhenAsked() throws Exception {
        DocumentContent content = Samples.named("cover-letter-backend-engineer").content();
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("enable_track_changes", true))) {
            assertThat(docx.document.isTrackRevisions()).isTrue();
            assertThat(docx.document.getSettings().getCTSettings().xmlText()).contains("trackRevisions");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("enable_track_changes", false))) {
            assertThat(docx.document.isTrackRevisions()).isFalse();
        }
    }

    @Test
    void documentPropertiesDefaultToTheContent() throws Exception {
        DocumentContent resume = Samples.named("resume-backend-engineer").content();
        RenderedDocument doc = renderer.render(resume, TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults());
        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Jordan Alvarez-Nguyen");
            assertThat(core.getTitle()).contains("Jordan Alvarez-Nguyen", "Resume");
            assertThat(core.getSubject()).isEqualTo("Senior Backend Engineer");
            assertThat(core.getKeywords()).contains("Java", "Kafka", "PostgreSQL");
            assertThat(core.getCreated()).isNotNull();
            var extended = docx.document.getProperties().getExtendedProperties();
            assertThat(extended.getApplication()).isEqualTo("JobWise");
            assertThat(extended.getUnderlyingProperties().getWords()).isEqualTo(doc.metadata().get("word_count"));
        }
        DocumentContent letter = Samples.named("cover-letter-backend-engineer").content();
        try (DocxInspector docx = render(letter, TemplateCatalog.CLASSIC, Map.of())) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains("Jordan Alvarez-Nguyen", "Cover Letter", "TechCorp");
            assertThat(core.getSubject()).isEqualTo("Application for Staff Backend Engineer (Req. 4471)");
        }
    }

    @Test
    void documentPropertiesTakeTheRequestedValues() throws Exception {
        DocumentContent resume = Samples.named("resume-backend-engineer").content();
        try (DocxInspector docx = render(resume, TemplateCatalog.MODERN, Map.of("document_properties",
                Map.of("author", "J. A. Nguyen", "title", "CV – Ledger roles", "subject", "Payments",
                        "keywords", "ledger, kafka")))) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("J. A. Nguyen");
            assertThat(core.getTitle()).isEqualTo("CV – Ledger roles");
            assertThat(core.getSubject()).isEqualTo("Payments");
            assertThat(core.getKeywords()).isEqualTo("ledger, kafka");
        }
    }

    @Test
    void unknownEditableFieldIsRefusedByTheOptionsListingTheValidOnes() {
        assertThatThrownBy(() -> options(TemplateCatalog.MODERN, Map.of("editable_fields", List.of("hobbies"))))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("hobbies")
                .hasMessageContaining("contact_info, professional_summary, skills, experience, projects, education, letter");
    }

    @Test
    void editableFieldsWrapOnlyWhatTheyName() throws Exception {
        DocumentContent resume = Samples.named("resume-backend-engineer").content();
        RenderedDocument doc = renderer.render(resume, TemplateCatalog.CLASSIC, options(TemplateCatalog.CLASSIC,
                Map.of("editable_fields", List.of("experience", "letter"))));
        assertThat(doc.metadata().get("editable_sections")).isEqualTo(List.of("experience"));
        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            List<DocxInspector.Para> inside = docx.inContentControl("experience");
            assertThat(inside.getFirst().text()).isEqualTo("Experience");
            assertThat(inside).anyMatch(p -> p.text().startsWith("Re-architected nightly settlement"));
            assertThat(inside).noneMatch(p -> p.text().equals("Projects") || p.text().equals("Skills"));
            assertThat(docx.paragraphs.stream().filter(p -> !p.contentControls().isEmpty())
                    .flatMap(p -> p.contentControls().stream()).distinct()).containsExactly("experience");
            String xml = docx.documentXml();
            assertThat(xml).contains("<w:alias w:val=\"experience\"/>").contains("<w:tag w:val=\"experience\"/>");
        }
    }

    /** Hand-made content whose comments were counted by hand from the rules in docs/docx.md. */
    @Test
    void commentRulesOnAResume() throws Exception {
        String longSummary = "I build payment systems. " + "Reliable services for merchants and banks. ".repeat(15);
        String longBullet = "Rebuilt the reporting pipeline that finance, sales, support and the executive team "
                + "relied on every single morning, replacing four cron jobs and two spreadsheets with one "
                + "streaming job that finished 3 hours earlier than before.";
        Map<String, Object> tree = Map.of(
                "header", Map.of("name", "Casey Doe", "email", "casey@example.com"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", longSummary),
                        Map.of("type", "experience", "entries", List.of(
                                Map.of("title", "Engineer", "company", "Acme", "bullets", List.of(
                                                "Responsible for the billing service.",
                                                "Cut cloud spend by 30% in 2023.",
                                                longBullet),
                                        "achievements", List.of("Helped onboard new hires.")),
                                Map.of("title", "Intern", "company", "Initech")))));
        DocumentContent content = ContentReader.read(DocumentType.RESUME, tree);

        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("include_comments", true))) {
            Map<String, String> comments = docx.comments();
            Map<String, List<String>> byAnchor = byAnchor(docx, comments);

            assertThat(comments).hasSize(9);
            assertThat(byAnchor.get("Casey Doe")).singleElement().asString().contains("phone number")
                    .doesNotContain("e-mail");
            assertThat(byAnchor.get(longSummary.strip())).hasSize(2)
                    .anySatisfy(c -> assertThat(c).contains("summary has 94 words"))
                    .anySatisfy(c -> assertThat(c).contains("first-person"));
            assertThat(byAnchor.get("Responsible for the billing service.")).hasSize(2)
                    .anySatisfy(c -> assertThat(c).contains("quantifying"))
                    .anySatisfy(c -> assertThat(c).contains("action verb").contains("\"Responsible for\""));
            assertThat(byAnchor).doesNotContainKey("Cut cloud spend by 30% in 2023.");
            assertThat(byAnchor.get(longBullet)).singleElement().asString().contains("has 35 words");
            assertThat(byAnchor.get("Helped onboard new hires.")).hasSize(2)
                    .anySatisfy(c -> assertThat(c).contains("quantifying"))
                    .anySatisfy(c -> assertThat(c).contains("\"Helped\""));
            assertThat(byAnchor.get("Intern — Initech")).singleElement().asString().contains("Add 2-4 bullets");
        }
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of("include_comments", false))) {
            assertThat(docx.comments()).isEmpty();
            assertThat(docx.documentXml()).doesNotContain("commentReference");
        }
    }

    @Test
    void commentRulesOnACoverLetter() throws Exception {
        String words130 = "word ".repeat(129) + "end.";
        String words100 = "more ".repeat(99) + "end.";
        Map<String, Object> tree = Map.of(
                "header", Map.of("name", "Casey Doe", "email", "casey@example.com", "phone", "555-0100"),
                "letter", Map.of("greeting", "To whom it may concern,",
                        "paragraphs", List.of(words130, words100, words100, words100),
                        "closing", "Regards,", "signature", "Casey Doe"));
        DocumentContent content = ContentReader.read(DocumentType.COVER_LETTER, tree);

        try (DocxInspector docx = render(content, TemplateCatalog.CLASSIC, Map.of("include_comments", true))) {
            Map<String, List<String>> byAnchor = byAnchor(docx, docx.comments());

            assertThat(docx.comments()).hasSize(3);
            assertThat(byAnchor.get("To whom it may concern,")).singleElement().asString().contains("by name");
            assertThat(byAnchor.get(words130)).hasSize(2)
                    .anySatisfy(c -> assertThat(c).contains("paragraph has 130 words"))
                    .anySatisfy(c -> assertThat(c).contains("letter has 430 words"));
            assertThat(byAnchor).doesNotContainKey("Casey Doe");
        }
    }

    private static Map<String, List<String>> byAnchor(DocxInspector docx, Map<String, String> comments) {
        Map<String, List<String>> byAnchor = new LinkedHashMap<>();
        docx.commentAnchors().forEach((id, para) -> byAnchor.computeIfAbsent(para.text(), k -> new ArrayList<>())
                .add(comments.get(id)));
        return byAnchor;
    }

    @Test
    void textXmlCannotHoldIsRemovedAndTheFileStaysValid() throws Exception {
        String name = "Zoë\u0000 Doe\u0007\uD800";
        Map<String, Object> tree = Map.of(
                "header", Map.of("name", name, "email", "zoe\u0001@example.com", "website", "https://zoe.dev/\u0000x"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", "Ships\u0085 fast 🚀 and \uDC00safely\uFFFF."),
                        Map.of("type", "experience", "entries", List.of(Map.of("title", "Lead\u000B",
                                "bullets", List.of("Cut costs by 20%\u001F.", "Line one\nline two"))))));
        DocumentContent content = ContentReader.read(DocumentType.RESUME, tree);
        for (Template template : TemplateCatalog.all()) {
            TemplateOptions options = options(template, Map.of("include_comments", true,
                    "editable_fields", List.of("contact_info", "professional_summary", "experience"),
                    "document_properties", Map.of("title", "Bad\u0002Title\uD83D")));
            byte[] bytes = renderer.render(content, template, options).bytes();

            assertThat(OoxmlPackageCheck.problems(bytes)).as(template.id()).isEmpty();
            try (DocxInspector docx = DocxInspector.open(bytes)) {
                assertThat(docx.text()).contains("Zoë Doe", "zoe@example.com", "Ships fast 🚀 and safely.",
                        "Lead", "Cut costs by 20%.", "Line one\nline two");
                assertThat(docx.document.getProperties().getCoreProperties().getTitle()).isEqualTo("BadTitle");
                assertThat(docx.document.getProperties().getCoreProperties().getCreator()).isEqualTo("Zoë Doe");
            }
        }
    }

    @Test
    void onlyHttpHttpsAndMailtoBecomeLinks() throws Exception {
        Map<String, Object> tree = Map.of(
                "header", Map.of("name", "Eve", "email", "eve@example.com", "linkedin", "linkedin.com/in/eve",
                        "github", "javascript:alert(1)", "website", "file:///etc/passwd"),
                "sections", List.of(Map.of("type", "projects", "entries", List.of(
                        Map.of("name", "Tool", "url", "ftp://example.com/tool"),
                        Map.of("name", "Site", "url", "http://example.org/site")))));
        DocumentContent content = ContentReader.read(DocumentType.RESUME, tree);
        try (DocxInspector docx = render(content, TemplateCatalog.MODERN, Map.of())) {
            List<String> links = Arrays.stream(docx.document.getHyperlinks()).map(XWPFHyperlink::getURL).toList();
            assertThat(links).containsExactlyInAnyOrder("mailto:eve@example.com", "https://linkedin.com/in/eve",
                    "http://example.org/site");
            assertThat(docx.text()).contains("javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/tool");
        }
    }

    @Test
    void emptyContentStillMakesAValidDocument() throws Exception {
        List<DocumentContent> empty = List.of(ContentReader.read(DocumentType.RESUME, Map.of()),
                ContentReader.read(DocumentType.COVER_LETTER, Map.of()));
        for (DocumentContent content : empty) {
            for (Template template : TemplateCatalog.all()) {
                RenderedDocument doc = renderer.render(content, template, options(template, Map.of(
                        "editable_fields", TemplateOptions.EDITABLE_FIELDS, "include_comments", true)));
                assertThat(OoxmlPackageCheck.problems(doc.bytes())).isEmpty();
                assertThat(doc.metadata()).containsEntry("word_count", 0)
                        .containsEntry("editable_sections", List.of());
                try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
                    assertThat(docx.text()).isBlank();
                    assertThat(docx.documentXml()).doesNotContain("<w:sdt>");
                }
            }
        }
    }

    @Test
    void datesReadAsMonthAndYear() throws Exception {
        DocumentContent content = Samples.named("resume-backend-engineer").content();
        try (DocxInspector docx = render(content, TemplateCatalog.ATS_OPTIMIZED, Map.of())) {
            assertThat(docx.text()).contains("Ledgerline Payments | San Francisco, CA | Mar 2021 – Present",
                    "Orbit Logistics | Oakland, CA | Jan 2018 – Feb 2021");
        }
        DocumentContent letter = Samples.named("cover-letter-backend-engineer").content();
        try (DocxInspector docx = render(letter, TemplateCatalog.MODERN, Map.of())) {
            assertThat(docx.text()).contains("November 15, 2025");
        }
    }

    @Test
    void rendersConcurrentlyWithTheSameResult() throws Exception {
        List<Samples.Sample> samples = Samples.all();
        List<Template> templates = TemplateCatalog.all();
        Map<String, String> expected = new HashMap<>();
        for (Samples.Sample s : samples) {
            for (Template t : templates) {
                try (DocxInspector docx = DocxInspector.open(renderer.render(s.content(), t, t.defaults()).bytes())) {
                    expected.put(s.name() + "/" + t.id(), docx.text());
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map.Entry<String, String>>> futures = IntStream.range(0, 28).mapToObj(i -> pool.submit(() -> {
                Samples.Sample s = samples.get(i % samples.size());
                Template t = templates.get((i / samples.size()) % templates.size());
                try (DocxInspector docx = DocxInspector.open(renderer.render(s.content(), t, t.defaults()).bytes())) {
                    return Map.entry(s.name() + "/" + t.id(), docx.text());
                }
            })).toList();
            for (Future<Map.Entry<String, String>> f : futures) {
                Map.Entry<String, String> result = f.get();
                assertThat(result.getValue()).as(result.getKey()).isEqualTo(expected.get(result.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.keySet().stream().collect(Collectors.toSet())).hasSize(samples.size() * templates.size());
    }
}
