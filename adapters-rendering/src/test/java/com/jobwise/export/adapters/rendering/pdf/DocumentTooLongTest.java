package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.error.DocumentTooLongException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer's bounds: more pages than allowed, or a layout past the time budget, is "document too long". */
class DocumentTooLongTest {

    @Test
    void aDocumentOverThePageLimitIsRefusedBeforeThePdfIsWritten() {
        Samples.Sample longOne = Samples.load("resume-long-multipage");
        Template modern = TemplateCatalog.MODERN;
        int pages = new FlyingSaucerPdfRenderer().render(longOne.content(), modern, modern.defaults()).pageCount();
        assertThat(pages).isGreaterThan(1);

        FlyingSaucerPdfRenderer bounded = new FlyingSaucerPdfRenderer(pages - 1, Duration.ofSeconds(30));
        assertThatThrownBy(() -> bounded.render(longOne.content(), modern, modern.defaults()))
                .isInstanceOf(DocumentTooLongException.class)
                .hasMessage("Document too long: it renders to " + pages + " pages, at most " + (pages - 1) + " are allowed");
        assertThat(new FlyingSaucerPdfRenderer(pages, Duration.ofSeconds(30))
                .render(longOne.content(), modern, modern.defaults()).pageCount()).isEqualTo(pages);
    }

    @Test
    void aLayoutPastTheTimeBudgetIsRefused() {
        Samples.Sample longOne = Samples.load("resume-long-multipage");
        FlyingSaucerPdfRenderer hurried = new FlyingSaucerPdfRenderer(100, Duration.ofNanos(1));
        assertThatThrownBy(() -> hurried.render(longOne.content(), TemplateCatalog.CLASSIC,
                TemplateCatalog.CLASSIC.defaults()))
                .isInstanceOf(DocumentTooLongException.class).hasMessageStartingWith("Document too long: rendering took");
    }
}
