package com.jobwise.export.application.template;

import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.preview.IPreviewRenderer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A template's sample PDF and first-page PNG, rendered from a built-in fictional resume with the
 * template's defaults (spec: {@code sample_pdf_url}, {@code preview_url}). Each is computed once per
 * template and kept in memory (a few hundred KB in all).
 *
 * <p>Errors: {@code TemplateNotFoundException} for an id outside the catalogue.
 */
public final class RenderTemplateSample {
    private final IDocumentRenderer pdfRenderer;
    private final IPreviewRenderer previewRenderer;
    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pngs = new ConcurrentHashMap<>();

    public RenderTemplateSample(IDocumentRenderer pdfRenderer, IPreviewRenderer previewRenderer) {
        this.pdfRenderer = pdfRenderer;
        this.previewRenderer = previewRenderer;
    }

    /** The sample PDF of template {@code templateId}. */
    public byte[] samplePdf(String templateId) {
        Template template = find(templateId);
        return pdfs.computeIfAbsent(template.id(),
                id -> pdfRenderer.render(BuiltInSample.resume(), template, template.defaults()).bytes());
    }

    /** The first page of the sample as a PNG, without watermark. */
    public byte[] previewPng(String templateId) {
        Template template = find(templateId);
        return pngs.computeIfAbsent(template.id(),
                id -> previewRenderer.renderFirstPage(BuiltInSample.resume(), template, template.defaults(), false));
    }

    private static Template find(String templateId) {
        return TemplateCatalog.find(templateId)
                .orElseThrow(() -> new TemplateNotFoundException(templateId, TemplateCatalog.ids()));
    }
}
