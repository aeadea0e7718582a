package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample of {@code examples/generations} in every template, re-opened with POI: the
 * content is all there in reading order, the package is schema-valid, the document is built for
 * editing (headings, list numbering, hyperlinks, page field) and the DOCX options work.
 */
class PoiDocxRendererSamplesTest {
    private static final PoiDocxRenderer RENDERER = new PoiDocxRenderer();
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");

    static Stream<Arguments> cases() {
        return Samples.all().stream()
                .flatMap(s -> TemplateCatalog.all().stream().map(t -> Arguments.of(s, t)));
    }

    /** Every DOCX option on: comments, all editable fields, track changes, page numbers. */
    static TemplateOptions everything(Template template) {
        return TemplateOptions.resolve(template, Map.of("include_comments", true,
                "editable_fields", TemplateOptions.EDITABLE_FIELDS, "enable_track_changes", true,
                "include_page_numbers", true), ExportFormat.DOCX);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void everyContentStringIsThereInReadingOrder(Samples.Sample sample, Template template) throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, everything(template));

        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            String text = docx.text();
            int at = 0;
            for (String expected : ExpectedContent.inReadingOrder(sample.content(), template.id())) {
                int found = text.indexOf(expected, at);
                assertThat(found).as("'%s' after position %d of:%n%s", expected, at, text).isGreaterThanOrEqualTo(0);
                at = found;
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void packageIsSchemaValid(Samples.Sample sample, Template template) throws Exception {
        assertThat(OoxmlPackageCheck.problems(RENDERER.render(sample.content(), template, everything(template)).bytes()))
                .isEmpty();
        assertThat(OoxmlPackageCheck.problems(RENDERER.render(sample.content(), template, template.defaults()).bytes()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void builtForEditing(Samples.Sample sample, Template template) throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, everything(template));

        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            XWPFStyle h1 = docx.document.getStyles().getStyle(DocxStyles.HEADING_1);
            assertThat(h1.getName()).isEqualTo("heading 1");
            assertThat(h1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            long headings = docx.paragraphs.stream().filter(p -> DocxStyles.HEADING_1.equals(p.style())).count();
            assertThat(headings).isGreaterThanOrEqualTo(sectionsWithContent(sample.content()));

            XWPFNumbering numbering = docx.document.getNumbering();
            for (String bullet : ExpectedContent.bullets(sample.content())) {
                DocxInspector.Para p = docx.paragraphs.stream().filter(x -> x.text().equals(bullet.strip())).findFirst()
                        .orElseThrow(() -> new AssertionError("no paragraph holds exactly: " + bullet));
                assertThat(p.bullet()).as(bullet).isTrue();
                XWPFAbstractNum list = numbering.getAbstractNum(numbering.getAbstractNumID(new BigInteger(p.numId())));
                assertThat(list.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString()).isEqualTo("bullet");
            }
            assertThat(docx.paragraphs).noneMatch(p -> p.text().matches("^\\s*[•·▪◦*-]\\s.*"));

            List<String> links = Arrays.stream(docx.document.getHyperlinks()).map(XWPFHyperlink::getURL).toList();
            assertThat(links).containsAll(expectedLinks(sample.content()));

            String footer = docx.document.getFooterList().getFirst().getParagraphs().getFirst().getCTP().xmlText();
            assertThat(footer).contains(" PAGE ").contains("fldChar");
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void templateLayout(Samples.Sample sample, Template template) throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, template.defaults());

        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            String xml = docx.documentXml();
            assertThat(xml).doesNotContain("<w:cols ");
            switch (template.id()) {
                case "ats-optimized", "classic" -> assertThat(docx.tableCount()).isZero();
                case "creative" -> {
                    // The shaded sidebar of the creative PDF, for the resume and the cover letter alike.
                    assertThat(docx.tableCount()).isEqualTo(1);
                    assertThat(docx.document.getTables().getFirst().getRow(0).getCell(0).getColor())
                            .isNotNull().isNotEqualTo("FFFFFF");
                }
                default -> assertThat(docx.tableCount()).isLessThanOrEqualTo(1);
            }
            if (template.id().equals("classic")) {
                String all = xml + docx.document.getStyles().getCtStyles().xmlText()
                        + docx.document.getNumbering().getAbstractNums().stream()
                        .map(n -> n.getCTAbstractNum().xmlText()).reduce("", String::concat);
                Matcher colors = Pattern.compile("w:(?:color|fill)=\"([^\"]+)\"|<w:color w:val=\"([^\"]+)\"").matcher(all);
                while (colors.find()) {
                    String c = colors.group(1) != null ? colors.group(1) : colors.group(2);
                    assertThat(c).as("classic is black only").isIn("000000", "auto");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void metadataCountsTheVisibleWordsAndTheEditableSections(Samples.Sample sample, Template template)
            throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, everything(template));

        assertThat(doc.pageCount()).isNull();
        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            Matcher m = WORD.matcher(docx.text());
            int words = 0;
            while (m.find()) {
                words++;
            }
            assertThat(doc.metadata().get("word_count")).isEqualTo(words);
            assertThat(words).isGreaterThan(50);
            assertThat(doc.metadata().get("editable_sections")).isEqualTo(editableSections(sample.content()));
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void docxOptionsApply(Samples.Sample sample, Template template) throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, everything(template));

        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            assertThat(docx.document.isTrackRevisions()).isTrue();

            Map<String, String> comments = docx.comments();
            Map<String, DocxInspector.Para> anchors = docx.commentAnchors();
            assertThat(anchors.keySet()).containsExactlyInAnyOrderElementsOf(comments.keySet());
            List<String> quantify = comments.entrySet().stream()
                    .filter(e -> e.getValue().equals(EditingSuggestions.QUANTIFY)).map(Map.Entry::getKey).toList();
            assertThat(quantify).hasSameSizeAs(ExpectedContent.bulletsWithoutNumbers(sample.content()));
            for (String id : quantify) {
                assertThat(anchors.get(id).bullet()).isTrue();
                assertThat(anchors.get(id).text()).doesNotContainPattern("\\d");
            }
            if (!comments.isEmpty()) {
                assertThat(docx.document.getComments()).allMatch(c -> c.getAuthor().equals("JobWise"));
            }

            for (String field : editableSections(sample.content())) {
                List<DocxInspector.Para> inside = docx.inContentControl(field);
                assertThat(inside).as(field).isNotEmpty();
                assertThat(inside.stream().filter(p -> !p.text().isBlank())).as(field)
                        .allMatch(DocxInspector.Para::highlighted);
            }
            assertThat(docx.paragraphs.stream().filter(p -> p.contentControls().isEmpty()))
                    .noneMatch(DocxInspector.Para::anyHighlight);
            if (sample.content() instanceof ResumeContent resume) {
                resume.sections().stream().filter(s -> s instanceof Section.Summary).map(s -> ((Section.Summary) s).content())
                        .forEach(summary -> assertThat(docx.inContentControl("professional_summary"))
                                .anyMatch(p -> p.text().equals(summary.strip())));
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void defaultsAddNoEditingAids(Samples.Sample sample, Template template) throws Exception {
        RenderedDocument doc = RENDERER.render(sample.content(), template, template.defaults());

        try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
            assertThat(docx.document.isTrackRevisions()).isFalse();
            assertThat(docx.document.getComments()).isNullOrEmpty();
            assertThat(docx.paragraphs).allMatch(p -> p.contentControls().isEmpty() && !p.anyHighlight());
            assertThat(docx.document.getFooterList()).isEmpty();
            assertThat(doc.metadata().get("editable_sections")).isEqualTo(List.of());
        }
    }

    /** Sections that have something to show, each of which gets a heading. */
    private static long sectionsWithContent(DocumentContent content) {
        if (!(content instanceof ResumeContent resume)) {
            return 0;
        }
        return resume.sections().stream().filter(s -> switch (s) {
            case Section.Summary x -> x.content() != null && !x.content().isBlank();
            case Section.Skills x -> !x.categories().isEmpty();
            case Section.Experience x -> !x.entries().isEmpty();
            case Section.Projects x -> !x.entries().isEmpty();
            case Section.Education x -> !x.entries().isEmpty();
            case Section.Text x -> x.heading() != null && !x.heading().isBlank();
        }).count();
    }

    /** The editable fields whose section the content has, in the spec's order (the request's order here). */
    static List<String> editableSections(DocumentContent content) {
        List<String> out = new ArrayList<>();
        Header h = content.header();
        if (Stream.of(h.name(), h.title(), h.email(), h.phone(), h.location(), h.linkedin(), h.github(), h.website())
                .anyMatch(v -> v != null && !v.isBlank())) {
            out.add("contact_info");
        }
        if (content instanceof ResumeContent resume) {
            for (String field : List.of("professional_summary", "skills", "experience", "projects", "education")) {
                if (resume.sections().stream().anyMatch(s -> s.type().equals(field))) {
                    out.add(field);
                }
            }
        }
        if (content instanceof CoverLetterContent) {
            out.add("letter");
        }
        return out;
    }

    private static List<String> expectedLinks(DocumentContent content) {
        List<String> links = new ArrayList<>();
        Header h = content.header();
        if (h.email() != null && !h.email().isBlank()) {
            links.add("mailto:" + h.email().strip());
        }
        Stream.of(h.linkedin(), h.github(), h.website()).filter(u -> u != null && u.startsWith("https://"))
                .forEach(links::add);
        if (content instanceof ResumeContent resume) {
            resume.sections().stream().filter(s -> s instanceof Section.Projects)
                    .flatMap(s -> ((Section.Projects) s).entries().stream())
                    .map(p -> p.url()).filter(u -> u != null && u.startsWith("https://")).forEach(links::add);
        }
        return links;
    }
}
