package com.jobwise.export.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Option {@code pdf_standard} through the running service (PostgreSQL, S3Proxy, HTTP): the export is
 * downloaded and veraPDF finds no failed check for PDF/UA-1 nor PDF/A-3a; without the option the
 * deployment's default (Flying Saucer, untagged) renders; a bad value or a DOCX export answers 422.
 */
class TaggedPdfEndToEndTest {
    static RunningService service;
    static JsonMapper json;
    static String user;
    static Object generationId;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        // each engine's first render in this JVM is cold; on a loaded 2-core machine it can take over a minute
        service = RunningService.onPostgres(Map.of("micronaut.http.client.read-timeout", "300s"));
        json = service.context().getBean(JsonMapper.class);
        user = "e2e-pdfua-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> generation = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-backend-engineer.json")).findFirst().orElseThrow().getValue();
        generationId = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", generation)), Map.class).get("id");
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @SuppressWarnings("unchecked")
    private static byte[] export(Map<String, Object> options) {
        Map<String, Object> export = service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generationId, "template", "creative", "options", options))), Map.class);
        HttpResponse<byte[]> download = service.http().exchange(service.as(user,
                HttpRequest.GET((String) export.get("download_url"))), byte[].class);
        assertThat(download.body().length).isEqualTo(((Number) export.get("file_size_bytes")).intValue());
        return download.body();
    }

    private static boolean compliant(byte[] pdf, String flavourId) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.byFlavourId(flavourId);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getFailedChecks()).as(flavourId + " failed checks").isEmpty();
            return result.isCompliant();
        }
    }

    @Test
    void bothStandardsGiveAFileVeraPdfPassesForPdfUa1AndPdfA3a() throws Exception {
        for (String standard : List.of("pdf/ua-1", "pdf/a-3a")) {
            byte[] pdf = export(Map.of("pdf_standard", standard));

            assertThat(compliant(pdf, "ua1")).as(standard + " as PDF/UA-1").isTrue();
            assertThat(compliant(pdf, "3a")).as(standard + " as PDF/A-3a").isTrue();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            }
        }
    }

    @Test
    void withoutTheOptionTheDefaultEngineRendersAnUntaggedFile() throws IOException {
        try (PDDocument document = Loader.loadPDF(export(Map.of()))) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(document.getDocumentInformation().getProducer()).contains("Flying Saucer");
        }
    }

    @Test
    void aBadValueOrADocxExportAnswers422NamingTheOption() {
        HttpClientResponseException bad = catchThrowableOfType(HttpClientResponseException.class,
                () -> service.http().exchange(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                        Map.of("generation_id", generationId, "options", Map.of("pdf_standard", "pdf/x-4")))),
                        Argument.of(String.class), Argument.of(String.class)));
        assertThat(bad.code()).isEqualTo(422);
        assertThat(bad.getResponse().getBody(String.class).orElseThrow())
                .contains("pdf_standard must be one of: pdf/ua-1, pdf/a-3a").doesNotContain("Exception");

        HttpClientResponseException docx = catchThrowableOfType(HttpClientResponseException.class,
                () -> service.http().exchange(service.as(user, HttpRequest.POST("/api/v1/exports/docx",
                        Map.of("generation_id", generationId, "options", Map.of("pdf_standard", "pdf/ua-1")))),
                        Argument.of(String.class), Argument.of(String.class)));
        assertThat(docx.code()).isEqualTo(422);
        assertThat(docx.getResponse().getBody(String.class).orElseThrow()).contains("pdf_standard is a PDF option");
    }
}
