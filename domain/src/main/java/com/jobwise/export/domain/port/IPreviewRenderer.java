package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.RenderingFailedException;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateOptions;

/** Renders the first page of a document as a PNG image (spec: preview, 1200x1557 px for Letter). */
public interface IPreviewRenderer {

    /**
     * @param watermark whether to draw the diagonal "PREVIEW" watermark
     * @return PNG bytes of the first page
     * @throws RenderingFailedException when the image cannot be produced
     */
    byte[] renderFirstPage(DocumentContent content, Template template, TemplateOptions options, boolean watermark);
}
