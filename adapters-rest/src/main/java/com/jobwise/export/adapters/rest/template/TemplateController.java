package com.jobwise.export.adapters.rest.template;

import com.jobwise.export.application.template.RenderTemplateSample;
import com.jobwise.export.domain.model.ExportNotFoundException;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateCatalog;
import com.jobwise.export.domain.model.TemplateNotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The template routes (spec: "Template Management Endpoints"): the catalogue, one template's
 * details, and its preview image and sample PDF rendered from a built-in sample resume.
 */
@Controller("/api/v1/exports/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TemplateController {
    private final RenderTemplateSample samples;

    public TemplateController(RenderTemplateSample samples) {
        this.samples = samples;
    }

    /** {@code GET /exports/templates}. */
    @Get
    public TemplateListResponse list() {
        return TemplateListResponse.from(TemplateCatalog.all());
    }

    /** {@code GET /exports/templates/{template_id}}; 404 with the available ids for an unknown one. */
    @Get("/{template_id}")
    public TemplateDetailResponse detail(@PathVariable("template_id") String templateId) {
        return TemplateDetailResponse.from(find(templateId));
    }

    /** {@code GET /exports/templates/{template_id}/preview.png}: the sample's first page. */
    @Get("/{template_id}/preview.png")
    public HttpResponse<byte[]> preview(@PathVariable("template_id") String templateId) {
        return HttpResponse.ok(samples.previewPng(find(templateId).id())).contentType("image/png")
                .header("Cache-Control", "private, max-age=86400");
    }

    /** {@code GET /exports/templates/{template_id}/sample.pdf}: the sample resume as a PDF. */
    @Get("/{template_id}/sample.pdf")
    public HttpResponse<byte[]> samplePdf(@PathVariable("template_id") String templateId) {
        return HttpResponse.ok(samples.samplePdf(find(templateId).id())).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + templateId + "-sample.pdf\"")
                .header("Cache-Control", "private, max-age=86400");
    }

    private static Template find(String templateId) {
        return TemplateCatalog.find(templateId).orElseThrow(() -> new ExportNotFoundException(
                new TemplateNotFoundException(templateId, TemplateCatalog.ids()).getMessage()));
    }
}
