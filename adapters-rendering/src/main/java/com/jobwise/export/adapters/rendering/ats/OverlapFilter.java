package com.jobwise.export.adapters.rendering.ats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate-overlapping-text rule of PDFBox's {@code PDFTextStripper} (a glyph drawn again over
 * itself, as some writers do to embolden text, is read once), answered from a grid instead of a tree
 * of boxed floats per character. A glyph is a duplicate when a glyph already kept on the page has the
 * same text and lies within a third of its per-character width of it on both axes: kept {@code x'} in
 * {@code [x - t, x + t)} and kept {@code y'} in {@code [y - t, y + t)}, where {@code t = width / length / 3},
 * compared in {@link Float#compare} order like the stripper's sorted maps.
 *
 * <p>One instance per page ({@link #clear()} between pages); not thread-safe.
 */
final class OverlapFilter {
    /** Grid cell side in points; a query that spans more than {@link #MAX_CELLS} cells a side scans every kept glyph. */
    private static final float CELL = 16f;
    private static final int MAX_CELLS = 8;

    /** A kept glyph. */
    private record Kept(String text, float x, float y) {
    }

    /** Kept glyphs by text hash, grid column and grid row ({@link #cell}); a shared key only mixes lists. */
    private final Map<Long, List<Kept>> cells = new HashMap<>();
    private final List<Kept> all = new ArrayList<>();

    void clear() {
        cells.clear();
        all.clear();
    }

    /**
     * Whether a glyph {@code text} at {@code (x, y)} with advance {@code width} duplicates one kept
     * before; when it does not, it is kept.
     *
     * @throws IllegalArgumentException when the tolerance is negative (a negative width), as the
     *                                  stripper's sorted maps do
     */
    boolean duplicate(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        float fromY = y - tolerance;
        float toY = y + tolerance;
        if (!all.isEmpty()) {
            int left = column(fromX);
            int right = column(toX);
            int top = column(fromY);
            int bottom = column(toY);
            if ((long) right - left >= MAX_CELLS || (long) bottom - top >= MAX_CELLS) {
                if (anyWithin(all, text, fromX, toX, fromY, toY)) {
                    return true;
                }
            } else {
                for (long c = left; c <= right; c++) {
                    for (long r = top; r <= bottom; r++) {
                        List<Kept> kept = cells.get(cell(text, (int) c, (int) r));
                        if (kept != null && anyWithin(kept, text, fromX, toX, fromY, toY)) {
                            return true;
                        }
                    }
                }
            }
        }
        Kept kept = new Kept(text, x, y);
        cells.computeIfAbsent(cell(text, column(x), column(y)), k -> new ArrayList<>(2)).add(kept);
        all.add(kept);
        return false;
    }

    private static boolean anyWithin(List<Kept> kept, String text, float fromX, float toX, float fromY, float toY) {
        for (Kept k : kept) {
            if (Float.compare(k.x(), fromX) >= 0 && Float.compare(k.x(), toX) < 0
                    && Float.compare(k.y(), fromY) >= 0 && Float.compare(k.y(), toY) < 0 && k.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Long cell(String text, int column, int row) {
        return text.hashCode() * 0x9E3779B97F4A7C15L + column * 0xC2B2AE3D27D4EB4FL + row * 0x165667B19E3779F9L;
    }

    /** The grid column (or row) of {@code v}; monotone in {@link Float#compare} order (NaN, never within a range, in 0). */
    private static int column(float x) {
        return Float.isNaN(x) ? 0 : (int) Math.floor(x / CELL);
    }
}
