package com.jobwise.export.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Title, security scheme and tags of the OpenAPI document, which the build generates from the controllers'
 * annotations into {@code META-INF/swagger/openapi.yml} (served at {@code /openapi.yml}). The generator reads
 * {@code @Secured}: authenticated operations require {@value #BEARER}, anonymous ones nothing.
 */
@OpenAPIDefinition(
        info = @Info(title = "Export service", version = "1.0",
                description = "Turns structured resume and cover-letter generations into PDF, DOCX, PNG and ZIP "
                        + "files kept in S3. Operations marked bearerAuth need an access token (HS256 JWT, `sub` = user id). "
                        + "Errors are application/problem+json with the message in `detail`. Every response "
                        + "carries X-Request-Id (the caller's, when valid, else a generated one).",
                license = @License(name = "Proprietary")),
        servers = @Server(url = "/", description = "This service (relative to the document's own URL)"),
        tags = {
                @Tag(name = "Exports", description = "Create, list, download and delete exported files"),
                @Tag(name = "Templates", description = "The template catalogue and its samples"),
                @Tag(name = "Formats", description = "The export formats and the JSON Schema of the json format"),
                @Tag(name = "Previews", description = "Watermarked first-page previews"),
                @Tag(name = "Generations", description = "Generations to export"),
                @Tag(name = "Operations", description = "Health probes, metrics and this document")
        })
@SecurityScheme(name = ApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDefinition {
    /** The security scheme's name. */
    public static final String BEARER = "bearerAuth";

    private ApiDefinition() {
    }
}
