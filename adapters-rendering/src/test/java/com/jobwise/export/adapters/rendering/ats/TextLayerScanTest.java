package com.jobwise.export.adapters.rendering.ats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextLayerScan} answers PDFTextStripper's duplicate-overlap rule itself ({@link OverlapFilter}):
 * its text must be exactly the text PDFBox's own stripper reads, sorted by position, on every golden
 * document rendered with the defaults, every tagged one and every synthetic one (overdrawn text,
 * {@code /ActualText}, clipped and invisible text).
 */
class TextLayerScanTest {

    @Test
    void theTextIsExactlyWhatPdfBoxsStripperReads() throws IOException {
        List<String> compared = new ArrayList<>();
        for (AtsGoldenCases.Case c : AtsGoldenCases.all()) {
            if (!c.id().endsWith("/defaults") && !c.id().endsWith("/openhtmltopdf") && !c.id().startsWith("synthetic/")) {
                continue;
            }
            byte[] pdf = c.pdf().get();
            String expected;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setLineSeparator("\n");
                expected = stripper.getText(document);
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(TextLayerScan.scan(document).text()).as(c.id()).isEqualTo(expected);
            }
            compared.add(c.id());
        }
        assertThat(compared).hasSizeGreaterThan(40).contains("synthetic/overdrawn-and-actual-text");
    }

    @Test
    void aGlyphDrawnOverItselfIsReadOnceAndOneBesideItTwice() {
        OverlapFilter filter = new OverlapFilter();

        assertThat(filter.duplicate("a", 100f, 200f, 6f)).isFalse();
        assertThat(filter.duplicate("a", 101.9f, 201.9f, 6f)).isTrue();   // within a third of the width
        assertThat(filter.duplicate("a", 102f, 200f, 6f)).isTrue();       // [100, 104) holds 100
        assertThat(filter.duplicate("a", 102.1f, 200f, 6f)).isFalse();    // [100.1, 104.1) does not
        assertThat(filter.duplicate("b", 100f, 200f, 6f)).isFalse();      // another text
        assertThat(filter.duplicate("a", 100f, 202.5f, 6f)).isFalse();    // too far down
        filter.clear();
        assertThat(filter.duplicate("a", 100f, 200f, 6f)).isFalse();
    }
}
