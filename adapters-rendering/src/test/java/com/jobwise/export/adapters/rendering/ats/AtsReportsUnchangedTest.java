package com.jobwise.export.adapters.rendering.ats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the ATS reports of {@link AtsGoldenCases} exactly: score, page count and every check's name,
 * passed, deduction and detail, as {@code src/test/resources/ats/golden-reports.tsv} records them.
 * A change to the checker that moves any of them fails here.
 *
 * <p>To record the reports of the current code (only when a score change is intended), run this test
 * with {@code -Dats.golden.update=true}: it rewrites the file instead of comparing.
 */
class AtsReportsUnchangedTest {
    static final String RESOURCE = "/ats/golden-reports.tsv";
    private static final Path SOURCE = Path.of("src/test/resources/ats/golden-reports.tsv");

    /** One report as TSV lines: {@code id, score, pages} then one line per check. */
    static List<String> lines(String id, AtsReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(id + "\tscore=" + report.score() + "\tpages=" + report.pageCount());
        for (AtsCheck c : report.checks()) {
            lines.add(id + "\t" + c.name() + "\t" + c.passed() + "\t" + c.deduction() + "\t"
                    + c.detail().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        return lines;
    }

    @Test
    void everyReportIsTheRecordedOne() throws IOException {
        PdfAtsChecker checker = new PdfAtsChecker();
        List<String> actual = new ArrayList<>();
        for (AtsGoldenCases.Case c : AtsGoldenCases.all()) {
            actual.addAll(lines(c.id(), checker.check(c.pdf().get(), c.content(), c.template())));
        }
        if (Boolean.getBoolean("ats.golden.update")) {
            Files.createDirectories(SOURCE.getParent());
            Files.write(SOURCE, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected;
        try (InputStream in = AtsReportsUnchangedTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(actual.size()).as("report lines").isGreaterThan(12 * 150);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String was = i < expected.size() ? expected.get(i) : "(none)";
            String now = i < actual.size() ? actual.get(i) : "(none)";
            if (!was.equals(now)) {
                changed.add("recorded: " + was + "\n   now:      " + now);
            }
        }
        assertThat(changed).as("report lines that changed").isEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(String.join("\n", actual).toLowerCase(Locale.ROOT)).contains("\tfalse\t");
    }
}
