package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.ats.TextLayerScan;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template with every sample at the default options, and the long resume and the cover letter
 * at the options' extremes (font size 9 and 14, line spacing 2.0, margins 0.5 and 1.5 inch, A4,
 * Calibri, Georgia; each where the template offers it), rendered once per case and measured from the
 * PDF: every content string exactly as often as written and in reading order, no hidden glyph, no
 * non-final page ending early, no no-break string broken across lines.
 */
class LayoutMatrixTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();
    /** Content strings at least this long are counted exactly (shorter ones are found inside others). */
    private static final int EXACT_LENGTH = 8;
    private static final Pattern DATE_RANGE = Pattern.compile(
            "(?:[A-Z][a-z]{2} )?\\d{4}\\s*–\\s*(?:(?:[A-Z][a-z]{2} )?\\d{4}|Present)");

    record Case(Template template, Samples.Sample sample, String label, Map<String, Object> options) {
        @Override
        public String toString() {
            return template.id() + " · " + sample.name() + " · " + label;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<Samples.Sample> samples = Samples.all();
        for (Template t : TemplateCatalog.all()) {
            for (Samples.Sample s : samples) {
                cases.add(new Case(t, s, "defaults", Map.of()));
            }
        }
        Map<String, Map<String, Object>> extremes = new LinkedHashMap<>();
        extremes.put("font 9", Map.of("font_size", 9));
        extremes.put("font 14", Map.of("font_size", 14));
        extremes.put("spacing 2.0", Map.of("line_spacing", 2.0));
        extremes.put("margins 0.5", Map.of("margins", Map.of("top", 0.5, "bottom", 0.5, "left", 0.5, "right", 0.5)));
        extremes.put("margins 1.5", Map.of("margins", Map.of("top", 1.5, "bottom", 1.5, "left", 1.5, "right", 1.5)));
        extremes.put("a4", Map.of("page_size", "a4"));
        extremes.put("Calibri", Map.of("font_family", "Calibri"));
        extremes.put("Georgia", Map.of("font_family", "Georgia"));
        Samples.Sample longResume = samples.stream().filter(x -> x.name().equals("resume-long-multipage")).findFirst().orElseThrow();
        Samples.Sample letter = samples.stream().filter(x -> x.name().equals("cover-letter-backend-engineer")).findFirst().orElseThrow();
        for (Template t : TemplateCatalog.all()) {
            extremes.forEach((label, options) -> {
                if (offered(t, options)) {
                    cases.add(new Case(t, longResume, label, options));
                    if (List.of("font 14", "margins 1.5", "Georgia").contains(label)) {
                        cases.add(new Case(t, letter, label, options));
                    }
                }
            });
        }
        return cases.stream();
    }

    private static boolean offered(Template t, Map<String, Object> options) {
        try {
            TemplateOptions.resolve(t, options, ExportFormat.PDF);
            return true;
        } catch (InvalidOptionException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theTextLayerAndThePagesAreClean(Case c) throws IOException {
        TemplateOptions options = TemplateOptions.resolve(c.template(), c.options(), ExportFormat.PDF);
        DocumentContent content = c.sample().content();
        byte[] pdf = RENDERER.renderPdf(content, c.template(), options, false).bytes();
        TextLayerScan.Result scan;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            scan = TextLayerScan.scan(document);
        }
        StringBuilder streamText = new StringBuilder();
        scan.glyphs().forEach(g -> streamText.append(g.text()));

        assertThat(scan.glyphs()).as("%s: glyphs no one sees (clipped, off the page, invisible)", c)
                .filteredOn(g -> !g.seen() && !g.text().isBlank()).isEmpty();
        exactOccurrences(c, content, streamText.toString());
        readingOrder(c, content, streamText.toString());
        noBreakSpans(c, content, scan.text());
        pageBottoms(c, options, scan);
    }

    /** Each content string as often in the text as in the content (strings of 8+ characters), the others at least once. */
    private static void exactOccurrences(Case c, DocumentContent content, String text) {
        List<String> strings = ContentStrings.of(content).stream().map(LayoutMatrixTest::key).toList();
        String haystack = key(text);
        String written = String.join("\u0001", strings) + "\u0001" + key(String.join("\u0001", links(content)));
        for (String s : strings) {
            if (s.length() >= EXACT_LENGTH) {
                assertThat(count(haystack, s)).as("%s: times '%s' is read", c, s).isEqualTo(count(written, s));
            } else {
                assertThat(haystack).as("%s: text layer", c).contains(s);
            }
        }
    }

    /** Strings in content order (the text layer in content-stream order, as copy-paste and most extractors read it). */
    private static void readingOrder(Case c, DocumentContent content, String text) {
        String haystack = key(text);
        int cursor = 0;
        int restarts = 0;
        for (String s : ContentStrings.of(content).stream().map(LayoutMatrixTest::key).toList()) {
            int at = haystack.indexOf(s, cursor);
            if (at < 0) {
                restarts++;
                at = haystack.indexOf(s);
            }
            cursor = at + s.length();
        }
        // creative sets the contact details and the skills in its sidebar, before the main column
        int allowed = c.template().equals(TemplateCatalog.CREATIVE) ? 2 : 0;
        assertThat(restarts).as("%s: strings out of reading order", c).isLessThanOrEqualTo(allowed);
    }

    /** Names, e-mail, phone, credential ids and date ranges each on one line. */
    private static void noBreakSpans(Case c, DocumentContent content, String sortedText) {
        List<String> strings = new ArrayList<>();
        strings.add(content.header().name());
        strings.add(content.header().email());
        strings.add(content.header().phone());
        if (content instanceof ResumeContent r) {
            for (Section s : r.sections()) {
                if (s instanceof Section.Skills skills) {
                    skills.categories().forEach(cat -> cat.items().forEach(i -> {
                        if (i instanceof SkillItem.Certification cert) {
                            strings.add(cert.credentialId());
                        }
                    }));
                }
            }
        }
        for (String s : strings) {
            if (s == null || s.isBlank() || (content instanceof CoverLetterContent && s.equals(content.header().phone()))) {
                continue;
            }
            Matcher m = flexible(s.strip()).matcher(sortedText);
            while (m.find()) {
                assertThat(m.group()).as("%s: '%s' broken across lines", c, s).doesNotContain("\n");
            }
        }
        Matcher dates = Pattern.compile(DATE_RANGE.pattern().replace(" )", "\\s+)").replace("\\s*–\\s*", "\\s*–\\s*"))
                .matcher(sortedText);
        while (dates.find()) {
            assertThat(dates.group()).as("%s: date range broken across lines", c).doesNotContain("\n");
        }
    }

    /** No non-final page ends more than about an inch early: at most the tallest block that cannot break. */
    private static void pageBottoms(Case c, TemplateOptions options, TextLayerScan.Result scan) {
        int pages = scan.pageHeights().size();
        double pitch = options.fontSize() * options.lineSpacing();
        double allowed = Math.max(72, 6 * pitch);
        for (int page = 1; page < pages; page++) {
            double contentBottom = scan.pageHeights().get(page - 1) - options.margins().bottom() * 72;
            int p = page;
            double lowest = scan.glyphs().stream().filter(g -> g.page() == p && g.seen() && !g.text().isBlank()
                    && g.y() < contentBottom + 1).mapToDouble(g -> g.y() + g.size() * 0.25).max().orElse(0);
            assertThat(contentBottom - lowest).as("%s: space left at the bottom of page %d (pt)", c, page)
                    .isLessThanOrEqualTo(allowed);
        }
    }

    private static Pattern flexible(String s) {
        StringBuilder out = new StringBuilder();
        for (String part : s.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append("\\s+");
            }
            out.append(Pattern.quote(part).replace("-", "-\\E\\s*\\Q"));
        }
        return Pattern.compile(out.toString());
    }

    private static List<String> links(DocumentContent content) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {content.header().linkedin(), content.header().github(), content.header().website()}) {
            if (s != null) {
                out.add(s);
            }
        }
        if (content instanceof ResumeContent r) {
            for (Section s : r.sections()) {
                if (s instanceof Section.Projects p) {
                    p.entries().forEach(e -> {
                        if (e.url() != null) {
                            out.add(e.url());
                        }
                    });
                }
            }
        }
        return out;
    }

    static String key(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u00AD]+", "");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
