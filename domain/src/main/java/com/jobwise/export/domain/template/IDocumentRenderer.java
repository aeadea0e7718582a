package com.jobwise.export.domain.template;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;

/**
 * Lays a resume or cover letter out with a template and produces the file bytes in memory.
 * One implementation per {@link #format()}; implementations are thread-safe.
 */
public interface IDocumentRenderer {

    /** The format this renderer produces. */
    ExportFormat format();

    /**
     * Renders {@code content}.
     *
     * @throws RenderingFailedException when the document cannot be produced (never for valid content)
     */
    RenderedDocument render(DocumentContent content, Template template, TemplateOptions options);
}
