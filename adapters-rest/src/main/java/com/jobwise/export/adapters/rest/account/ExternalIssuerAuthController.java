package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.security.JwtSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * In external mode ({@code export.security.mode: external}) there are no account routes: every
 * {@code /api/v1/auth/...} request answers 404 with a problem saying accounts live with the external issuer,
 * with or without a token (without this, the security filter would answer an unmatched route with 401 or 403).
 */
@Controller("/api/v1/auth")
@Requires(property = "export.security.mode", value = JwtSettings.EXTERNAL)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class ExternalIssuerAuthController {
    static final String DETAIL = "Accounts are managed by the external token issuer; this service has no /auth routes";

    /** {@code GET /api/v1/auth/**} → 404. */
    @Get("/{+path}")
    public HttpResponse<Problem> get(@PathVariable String path) {
        return notFound();
    }

    /** {@code POST /api/v1/auth/**} → 404. */
    @Post("/{+path}")
    public HttpResponse<Problem> post(@PathVariable String path) {
        return notFound();
    }

    private static HttpResponse<Problem> notFound() {
        return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(404, HttpStatus.NOT_FOUND.getReason(), DETAIL));
    }
}
