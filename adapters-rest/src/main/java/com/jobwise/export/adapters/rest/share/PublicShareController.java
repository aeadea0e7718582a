package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.application.share.OpenShare;
import com.jobwise.export.application.share.SharedDocument;
import com.jobwise.export.application.share.Visitor;
import com.jobwise.export.domain.export.ContentDisposition;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.StoredObject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public side of share links, for visitors without an account: a server-rendered HTML page (no script),
 * its first-page image, the download, and the password form. Every answer carries
 * {@code X-Robots-Tag: noindex}; pages carry their own strict CSP ({@link ViewerPages#CSP}). Unknown tokens
 * answer 404, revoked or expired links and deleted exports 410, both as HTML pages that say nothing about other
 * tokens. Each request spends one unit of the visitor's per-IP budget (429 with {@code Retry-After}).
 */
@Controller(PublicShareController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Share viewer")
public class PublicShareController {
    /** Prefix of the public routes. */
    public static final String PATH = "/s";
    /** The cookie that carries the grant after the right password, scoped to one link's path. */
    static final String COOKIE = "share_grant";
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final OpenShare openShare;
    private final ShareSettings settings;
    private final HttpClientAddressResolver addresses;

    public PublicShareController(OpenShare openShare, ShareSettings settings, HttpClientAddressResolver addresses) {
        this.openShare = openShare;
        this.settings = settings;
        this.addresses = addresses;
    }

    /** The HTML answers' statuses, for the OpenAPI document. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "No such link (HTML page)", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "not-found", value = ShareExamples.HTML_PAGE)))
    @ApiResponse(responseCode = "410", description = "The link was revoked or expired, or its export is gone "
            + "(HTML page)", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "gone", value = ShareExamples.HTML_PAGE)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this address (HTML page)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = "integer", example = "20")),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "rate-limited", value = ShareExamples.HTML_PAGE)))
    @interface PublicErrors {
    }

    /** {@code GET /s/{token}}: the document page, or the password form. */
    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    @Operation(summary = "Open a share link", operationId = "openShare", description = "An HTML page with the "
            + "document's name, page count, first page and a download button when allowed; the password form "
            + "when the link has a password and no valid grant cookie was sent. Counts a view.")
    @ApiResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "page", value = ShareExamples.HTML_PAGE)))
    @PublicErrors
    public HttpResponse<String> page(@Parameter(description = "The link's token", example = ShareExamples.TOKEN)
                                     @PathVariable("token") String token, HttpRequest<?> request) {
        try {
            Visitor visitor = visitor(request);
            SharedDocument document = openShare.open(token, grant(request), visitor);
            if (!document.unlocked()) {
                return html(HttpStatus.OK, ViewerPages.password(token, false));
            }
            openShare.view(document, visitor);
            return html(HttpStatus.OK, ViewerPages.document(document.export(), token, document.share().allowDownload()));
        } catch (ExportException e) {
            return failure(e);
        }
    }

    /** {@code POST /s/{token}}: the password form; 303 back to the page with the grant cookie when right. */
    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(summary = "Unlock a share link", operationId = "unlockShare", description = "Checks the password "
            + "(bcrypt; at most 10 attempts per link per 15 minutes). Right: 303 to the page with an HttpOnly, "
            + "SameSite=Strict cookie scoped to the link, valid 30 minutes. Wrong: 403 with the form again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = PasswordForm.class),
                    examples = @ExampleObject(name = "password", value = "{\"password\": \"correct horse\"}"))))
    @ApiResponse(responseCode = "303", description = "Unlocked; see the page", headers = {
            @Header(name = "Location", description = "The page", schema = @Schema(type = "string",
                    example = "/s/q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk")),
            @Header(name = "Set-Cookie", description = "The grant", schema = @Schema(type = "string",
                    example = "share_grant=1768045200.c2ln; Path=/s/q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk; "
                            + "Max-Age=1800; HTTPOnly; SameSite=Strict"))})
    @ApiResponse(responseCode = "403", description = "Wrong password: the form again (HTML page)", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "wrong-password", value = ShareExamples.HTML_PAGE)))
    @PublicErrors
    public HttpResponse<String> unlock(@Parameter(description = "The link's token", example = ShareExamples.TOKEN)
                                       @PathVariable("token") String token, @Body PasswordForm form, HttpRequest<?> request) {
        try {
            Visitor visitor = visitor(request);
            SharedDocument document = openShare.open(token, null, visitor);
            return openShare.unlock(document, form.password(), visitor)
                    .<HttpResponse<String>>map(grant -> HttpResponse.<String>status(HttpStatus.SEE_OTHER)
                            .header(HttpHeaders.LOCATION, PATH + "/" + token)
                            .header("X-Robots-Tag", "noindex")
                            .cookie(Cookie.of(COOKIE, grant).path(PATH + "/" + token).httpOnly(true)
                                    .sameSite(SameSite.Strict).secure(settings.isHttps(request))
                                    .maxAge(OpenShare.GRANT_VALIDITY)))
                    .orElseGet(() -> html(HttpStatus.FORBIDDEN, ViewerPages.password(token, true)));
        } catch (ExportException e) {
            return failure(e);
        }
    }

    /** {@code GET /s/{token}/preview.png}: the first page. */
    @Get(value = "/{token}/preview.png", produces = MediaType.IMAGE_PNG)
    @Operation(summary = "First page of a shared document", operationId = "sharePreview",
            description = "A PNG of the first page (rendered once per export, then cached). 403 while the link "
                    + "is locked by a password.")
    @ApiResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = MediaType.IMAGE_PNG,
            schema = @Schema(type = "string", format = "binary"),
            examples = @ExampleObject(name = "png", value = "\\x89PNG (binary PNG image)")))
    @ApiResponse(responseCode = "403", description = "Locked by a password (HTML page)", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "locked", value = ShareExamples.HTML_PAGE)))
    @PublicErrors
    public HttpResponse<?> preview(@Parameter(description = "The link's token", example = ShareExamples.TOKEN)
                                   @PathVariable("token") String token, HttpRequest<?> request) {
        try {
            SharedDocument document = openShare.open(token, grant(request), visitor(request));
            if (!document.unlocked()) {
                return html(HttpStatus.FORBIDDEN, ViewerPages.error("Password required",
                        "Open the link and enter its password first."));
            }
            byte[] png = openShare.preview(document);
            return HttpResponse.ok(new StreamedFile(new ByteArrayInputStream(png), MediaType.IMAGE_PNG_TYPE,
                            document.export().createdAt().toEpochMilli(), png.length))
                    .header("Cache-Control", "private, max-age=300")
                    .header("X-Robots-Tag", "noindex");
        } catch (ExportException e) {
            return failure(e);
        }
    }

    /** {@code GET /s/{token}/download}: the file, counted. */
    @Get(value = "/{token}/download", produces = {"application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "Download a shared document", operationId = "downloadShare", description = "Streams the "
            + "file and counts a download. 404 when the link does not allow downloads; 303 to the page while it is "
            + "locked by a password.")
    @ApiResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 (binary)")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "docx", value = "PK (binary ZIP)"))})
    @ApiResponse(responseCode = "303", description = "Locked by a password; see the page", headers = @Header(
            name = "Location", description = "The page", schema = @Schema(type = "string",
            example = "/s/q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk")))
    @PublicErrors
    public HttpResponse<?> download(@Parameter(description = "The link's token", example = ShareExamples.TOKEN)
                                    @PathVariable("token") String token, HttpRequest<?> request) {
        try {
            Visitor visitor = visitor(request);
            SharedDocument document = openShare.open(token, grant(request), visitor);
            if (!document.unlocked()) {
                return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH + "/" + token)
                        .header("X-Robots-Tag", "noindex");
            }
            StoredObject file = openShare.download(document, visitor);
            return HttpResponse.ok(new StreamedFile(file.content(),
                            MediaType.of(document.export().format().contentType()),
                            document.export().createdAt().toEpochMilli(), file.sizeBytes()))
                    .header("Content-Disposition", ContentDisposition.attachment(document.export().filename()))
                    .header("Cache-Control", "private, no-store")
                    .header("X-Robots-Tag", "noindex");
        } catch (ExportException e) {
            return failure(e);
        }
    }

    private Visitor visitor(HttpRequest<?> request) {
        return new Visitor(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    private static @Nullable String grant(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).body(body).contentType(HTML)
                .header("Content-Security-Policy", ViewerPages.CSP)
                .header("X-Robots-Tag", "noindex")
                .header("Cache-Control", "private, no-store");
    }

    private static MutableHttpResponse<String> failure(ExportException e) {
        return switch (e) {
            case ExportNotFoundException ignored -> html(HttpStatus.NOT_FOUND, ViewerPages.error("Link not found",
                    "This link does not exist or is incomplete. Check that you copied all of it."));
            case ExportExpiredException ignored -> html(HttpStatus.GONE, ViewerPages.error("Link no longer available",
                    "This link has expired or was withdrawn by its owner."));
            case RateLimitedException limited -> html(HttpStatus.TOO_MANY_REQUESTS, ViewerPages.error(
                    "Too many requests", "Please wait a moment and try again."))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
            case StorageUnavailableException ignored -> html(HttpStatus.SERVICE_UNAVAILABLE, ViewerPages.error(
                    "Temporarily unavailable", "Please try again in a minute.")).header(HttpHeaders.RETRY_AFTER, "30");
            default -> html(HttpStatus.INTERNAL_SERVER_ERROR, ViewerPages.error("Something went wrong",
                    "The document cannot be shown right now."));
        };
    }
}
