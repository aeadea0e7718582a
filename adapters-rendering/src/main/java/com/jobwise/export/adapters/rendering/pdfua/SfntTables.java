package com.jobwise.export.adapters.rendering.pdfua;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops tables from a TrueType / OpenType (sfnt) font file. Used to take {@code GSUB} out of the faces
 * given to PDFBox: PDFBox 3 applies the Latin ligatures of {@code GSUB} ({@code fi}, and Carlito's
 * {@code ti}, {@code tt}...) when it writes text, and a ligature glyph has no Unicode value in the
 * font's {@code cmap}, so its {@code ToUnicode} entry is missing (PDF/UA-1 7.21.7 fails, and text
 * extraction loses the letters). Without {@code GSUB} every character is its own glyph, as in the
 * Flying Saucer output. Stateless.
 */
final class SfntTables {
    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private SfntTables() {
    }

    /**
     * A copy of {@code font} without the tables named in {@code drop} (4-letter tags); the other tables
     * are copied byte for byte, 4-byte aligned, with the table directory rewritten.
     *
     * @throws IllegalArgumentException when {@code font} is not a single sfnt font
     */
    static byte[] without(byte[] font, Set<String> drop) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) {
            throw new IllegalArgumentException("Not an sfnt font: too short");
        }
        int version = in.getInt(0);
        if (version != 0x00010000 && version != 0x4F54544F && version != 0x74727565) {
            throw new IllegalArgumentException("Not a single TrueType/OpenType font");
        }
        int count = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
            if (!drop.contains(tag)) {
                kept.add(new int[]{at, in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        if (kept.size() == count) {
            return font;
        }
        int n = kept.size();
        int offset = HEADER + n * RECORD;
        int size = offset;
        for (int[] t : kept) {
            size += (t[2] + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = (1 << entrySelector) * RECORD;
        out.putInt(version).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (n * RECORD - searchRange));
        for (int[] t : kept) {
            out.put(font, t[0], 8).putInt(offset).putInt(t[2]);
            out.put(offset, font, t[1], t[2]);
            offset += (t[2] + 3) & ~3;
        }
        return out.array();
    }
}
