package com.jobwise.export.adapters.rest.template;

import com.jobwise.export.application.template.RenderTemplateSample;
import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
@Tag(name = "Templates")
public class TemplateController {
    private final RenderTemplateSample samples;

    public TemplateController(RenderTemplateSample samples) {
        this.samples = samples;
    }

    /** {@code GET /exports/templates}. */
    @Get
    @Operation(summary = "List available templates", operationId = "listTemplates")
    @ApiResponse(responseCode = "200", description = "The catalogue", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateListResponse.class),
            examples = @ExampleObject(name = "catalogue", value = ApiExamples.TEMPLATE_LIST_RESPONSE)))
    @ErrorResponses.Authenticated
    public TemplateListResponse list() {
        return TemplateListResponse.from(TemplateCatalog.all());
    }

    /** {@code GET /exports/templates/{template_id}}; 404 with the available ids for an unknown one. */
    @Get("/{template_id}")
    @Operation(summary = "Get template details", operationId = "getTemplate")
    @ApiResponse(responseCode = "200", description = "The template", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetailResponse.class),
            examples = @ExampleObject(name = "modern", value = ApiExamples.TEMPLATE_DETAIL_RESPONSE)))
    @ApiResponse(responseCode = "404", description = "Unknown template; the detail lists the available ids",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-template", value = ApiExamples.PROBLEM_404_TEMPLATE)))
    @ErrorResponses.Authenticated
    public TemplateDetailResponse detail(@Parameter(description = "Template id", example = "modern")
                                         @PathVariable("template_id") String templateId) {
        return TemplateDetailResponse.from(find(templateId));
    }

    /** {@code GET /exports/templates/{template_id}/preview.png}: the sample's first page. */
    @Get("/{template_id}/preview.png")
    @Operation(summary = "Template preview image", operationId = "templatePreview", description = "The built-in "
            + "sample resume's first page rendered with the template, as PNG.")
    @ApiResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png",
            schema = @Schema(type = "string", format = "binary"),
            examples = @ExampleObject(name = "png", value = ApiExamples.PNG_BYTES)))
    @ApiResponse(responseCode = "404", description = "Unknown template", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown-template", value = ApiExamples.PROBLEM_404_TEMPLATE)))
    @ErrorResponses.Authenticated
    @ErrorResponses.Renders
    public HttpResponse<byte[]> preview(@Parameter(description = "Template id", example = "modern")
                                        @PathVariable("template_id") String templateId) {
        return HttpResponse.ok(samples.previewPng(find(templateId).id())).contentType("image/png")
                .header("Cache-Control", "private, max-age=86400");
    }

    /** {@code GET /exports/templates/{template_id}/sample.pdf}: the sample resume as a PDF. */
    @Get("/{template_id}/sample.pdf")
    @Operation(summary = "Template sample PDF", operationId = "templateSample", description = "The built-in "
            + "sample resume rendered with the template.")
    @ApiResponse(responseCode = "200", description = "The PDF, inline", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
            examples = @ExampleObject(name = "pdf", value = ApiExamples.PDF_BYTES)))
    @ApiResponse(responseCode = "404", description = "Unknown template", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown-template", value = ApiExamples.PROBLEM_404_TEMPLATE)))
    @ErrorResponses.Authenticated
    @ErrorResponses.Renders
    public HttpResponse<byte[]> samplePdf(@Parameter(description = "Template id", example = "modern")
                                          @PathVariable("template_id") String templateId) {
        return HttpResponse.ok(samples.samplePdf(find(templateId).id())).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + templateId + "-sample.pdf\"")
                .header("Cache-Control", "private, max-age=86400");
    }

    private static Template find(String templateId) {
        return TemplateCatalog.find(templateId).orElseThrow(() -> new ExportNotFoundException(
                new TemplateNotFoundException(templateId, TemplateCatalog.ids()).getMessage()));
    }
}
