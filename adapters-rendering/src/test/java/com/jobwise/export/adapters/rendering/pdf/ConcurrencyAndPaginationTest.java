package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One renderer shared by parallel callers; entries break between bullets only, headings kept with what follows. */
class ConcurrencyAndPaginationTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    @Test
    void parallelRendersGiveTheSameTextAsSequentialOnes() throws Exception {
        List<Samples.Sample> samples = List.of(Samples.load("resume-multilingual"), Samples.load("resume-backend-engineer"),
                Samples.load("cover-letter-backend-engineer"));
        List<String> expected = new ArrayList<>();
        for (Template t : TemplateCatalog.all()) {
            for (Samples.Sample s : samples) {
                expected.add(PdfText.extract(RENDERER.render(s.content(), t, t.defaults()).bytes()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Template t : TemplateCatalog.all()) {
                    for (Samples.Sample s : samples) {
                        futures.add(pool.submit(() -> PdfText.extract(RENDERER.render(s.content(), t, t.defaults()).bytes())));
                    }
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % expected.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void anEntryBreaksOnlyBetweenBulletsAfterItsFirstLinesAndAHeadingNeverEndsAPage(Template template) {
        Samples.Sample sample = Samples.load("resume-long-multipage");
        RenderedDocument document = RENDERER.render(sample.content(), template, template.defaults());
        List<String> rawPages = PdfText.pages(document.bytes(), false);
        List<String> pages = rawPages.stream().map(PdfText::normalize).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);

        List<ExperienceEntry> jobs = ((ResumeContent) sample.content()).sections().stream()
                .filter(s -> s instanceof Section.Experience).flatMap(s -> ((Section.Experience) s).entries().stream())
                .toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(10);
        int split = 0;
        for (ExperienceEntry job : jobs) {
            String first = PdfText.normalize(job.description());
            int firstPage = pageOf(pages, first);
            assertThat(firstPage).as("description of %s", job.company()).isGreaterThanOrEqualTo(0);
            assertThat(pages.get(firstPage)).as("%s: %s's title block is on the page of its first lines",
                    template.id(), job.company()).contains(PdfText.normalize(job.company()));
            for (String bullet : job.bullets()) {
                assertThat(pageOf(pages, PdfText.normalize(bullet))).as("%s: a two-line bullet of %s stays whole",
                        template.id(), job.company()).isGreaterThanOrEqualTo(0);
            }
            String last = PdfText.normalize(job.achievements().isEmpty() ? job.bullets().getLast() : job.achievements().getLast());
            if (!pages.get(firstPage).contains(last)) {
                split++;
            }
        }
        assertThat(split).as("%s: entries continue on the next page instead of leaving a void", template.id()).isPositive();
        List<String> headings = List.of("professional summary", "skills", "experience", "projects", "education");
        for (int i = 0; i < rawPages.size() - 1; i++) {
            List<String> lines = rawPages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !l.startsWith("Page ")).toList();
            String lastLine = lines.getLast().toLowerCase(Locale.ROOT);
            assertThat(headings).as("%s page %d ends with '%s'", template.id(), i + 1, lastLine).doesNotContain(lastLine);
        }
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
