package com.jobwise.export.application.template;

import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;

import java.time.Duration;
import java.util.List;

/**
 * Renders the built-in sample resume with every template and every given renderer, a few rounds, so that the
 * first real export after start-up finds fonts parsed, templates compiled and the rendering code compiled by
 * the JIT, and answers like the ones after it. It also fills {@link RenderTemplateSample}'s cache (each template's
 * sample PDF). Meant to run once, in the background, right after start-up; nothing is stored.
 */
public final class WarmUpRenderers {
    private final List<IDocumentRenderer> renderers;
    private final RenderTemplateSample samples;
    private final int rounds;

    /**
     * @param renderers the renderers to warm (the PDF and DOCX ones: the others are cheap)
     * @param samples   the template samples, rendered once here
     * @param rounds    renders of each template with each renderer after the samples (0 or more)
     */
    public WarmUpRenderers(List<IDocumentRenderer> renderers, RenderTemplateSample samples, int rounds) {
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative");
        }
        this.renderers = List.copyOf(renderers);
        this.samples = samples;
        this.rounds = rounds;
    }

    /**
     * What a warm-up did.
     *
     * @param renders  documents rendered
     * @param duration wall-clock time it took
     */
    public record Result(int renders, Duration duration) {
    }

    /** Renders every template's sample, then {@code rounds} rounds; a failing render propagates. */
    public Result execute() {
        long started = System.nanoTime();
        int renders = 0;
        for (Template template : TemplateCatalog.all()) {
            samples.samplePdf(template.id());
            renders++;
        }
        for (int round = 0; round < rounds; round++) {
            for (Template template : TemplateCatalog.all()) {
                for (IDocumentRenderer renderer : renderers) {
                    renderer.render(BuiltInSample.resume(), template, template.defaults());
                    renders++;
                }
            }
        }
        return new Result(renders, Duration.ofNanos(System.nanoTime() - started));
    }
}
