package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.RenderingFailedException;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateOptions;

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
