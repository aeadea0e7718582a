package com.jobwise.export.adapters.rendering.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

import java.awt.Shape;

/**
 * Flying Saucer's PDF output device without its "ghost" text: when a block that must not break
 * ({@code page-break-inside: avoid}) moves to the next page, Flying Saucer still paints its first
 * line on the previous page, below the content area, where the page's clip hides it. The glyphs
 * are invisible but stay in the text layer, so copy-paste and every ATS parser read that line
 * twice (NOTES.md, "Checked 2026-12-02").
 *
 * <p>This device drops a text run whose baseline start lies outside the current clip: such a run
 * cannot show anything on that page. Text inside the clip is drawn unchanged.
 */
final class ClippedTextFilter extends ITextOutputDevice {
    /** Tolerance around the baseline start, in layout dots (a glyph's origin sits on the clip edge). */
    private static final float SLACK = 2f;

    ClippedTextFilter(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null && !clip.intersects(x - SLACK, y - SLACK, 2 * SLACK, 2 * SLACK)) {
            return;
        }
        super.drawString(s, x, y, info);
    }
}
