package com.jobwise.export.application.export;

import com.jobwise.export.domain.content.ContentWriter;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.DocumentTooLongException;
import com.jobwise.export.domain.common.JsonText;

import java.time.Duration;

/**
 * How long a document may be: at most {@code maxPages} pages, rendered within {@code timeBudget}. The renderers
 * enforce both (the PDF renderer counts pages after layout, before writing the file); this class adds the cheap
 * check before any rendering: content longer than {@link #maxContentChars()} characters (its JSON form) could not
 * fit anyway, so it answers "document too long" at once instead of spending seconds laying it out.
 *
 * @param maxPages   most pages a document may render to (setting {@code export.rendering.max-pages}, default 20)
 * @param timeBudget longest a render may take (setting {@code export.rendering.time-budget}, default 10 s)
 */
public record RenderBudget(int maxPages, Duration timeBudget) {
    /** 20 pages, 10 seconds. */
    public static final RenderBudget DEFAULT = new RenderBudget(20, Duration.ofSeconds(10));
    /**
     * Characters of content (JSON) per page above which no template fits a page: measured on the shipped samples,
     * a page holds about 3-5 thousand (a 930 kB generation renders 205 pages), so this bound is generous.
     */
    static final int MAX_CHARS_PER_PAGE = 10_000;

    public RenderBudget {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        if (timeBudget == null || timeBudget.isZero() || timeBudget.isNegative()) {
            throw new IllegalArgumentException("timeBudget must be positive");
        }
    }

    /** The content size above which a document is refused before rendering. */
    public long maxContentChars() {
        return (long) maxPages * MAX_CHARS_PER_PAGE;
    }

    /** Throws {@link DocumentTooLongException} (422) when {@code content} is too large to render within bounds. */
    public void checkContent(DocumentContent content) {
        long size = JsonText.write(ContentWriter.write(content)).length();
        if (size > maxContentChars()) {
            throw new DocumentTooLongException("Document too long: " + size + " characters of content; at most "
                    + maxContentChars() + " fit the limit of " + maxPages + " pages");
        }
    }
}
