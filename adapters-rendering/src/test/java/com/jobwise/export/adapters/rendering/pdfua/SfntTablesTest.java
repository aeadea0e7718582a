package com.jobwise.export.adapters.rendering.pdfua;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SfntTablesTest {

    private static byte[] carlito() throws IOException {
        try (InputStream in = SfntTablesTest.class.getClassLoader().getResourceAsStream("fonts/carlito/Carlito-Regular.ttf")) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void gsubIsGoneAndEveryOtherTableReadsTheSame() throws IOException {
        byte[] original = carlito();
        byte[] stripped = SfntTables.without(original, Set.of("GSUB"));

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).containsAll(
                    before.getTableMap().keySet().stream().filter(t -> !t.equals("GSUB")).toList());
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (int cp : new int[]{'t', 'i', 'é', 'ệ', 'Ж'}) {
                int gid = before.getUnicodeCmapLookup().getGlyphId(cp);
                assertThat(after.getUnicodeCmapLookup().getGlyphId(cp)).isEqualTo(gid);
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
                assertThat(after.getGlyph().getGlyph(gid).getPath().getBounds2D())
                        .isEqualTo(before.getGlyph().getGlyph(gid).getPath().getBounds2D());
            }
        }
        assertThat(stripped.length % 4).isZero();
        assertThat(stripped.length).isLessThan(original.length);
    }

    @Test
    void aFontWithoutTheTableIsReturnedAsItIsAndNonFontsAreRefused() throws IOException {
        byte[] original = carlito();
        assertThat(SfntTables.without(original, Set.of("ZZZZ"))).isSameAs(original);
        assertThatThrownBy(() -> SfntTables.without("not a font at all".getBytes(), Set.of("GSUB")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
