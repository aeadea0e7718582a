package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.content.Letter;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;

/** Renders the first page of a document as a PNG image (spec: preview, 1200x1557 px for Letter). */
public interface IPreviewRenderer {

    /**
     * @param watermark whether to draw the diagonal "PREVIEW" watermark
     * @return PNG bytes of the first page
     * @throws RenderingFailedException when the image cannot be produced
     */
    byte[] renderFirstPage(DocumentContent content, Template template, TemplateOptions options, boolean watermark);
}
