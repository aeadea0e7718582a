package com.jobwise.export.adapters.rest.account;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.adapters.rest.security.JwtSettings;
import com.jobwise.export.application.account.GetCurrentUser;
import com.jobwise.export.application.account.LogIn;
import com.jobwise.export.application.account.LogOut;
import com.jobwise.export.application.account.RefreshSession;
import com.jobwise.export.application.account.RegisterUser;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;

/**
 * The account routes of the JobWise design (4.2 "Authentication API") under {@code /api/v1/auth}, served only in
 * local mode ({@code export.security.mode: local}, the default); with an external token issuer they do not
 * exist (404).
 * <ul>
 *   <li>{@code POST /register} → 201 {@link AuthResponse}; 409 taken email; 422 invalid email, weak password or
 *       missing full name.</li>
 *   <li>{@code POST /login} → 200 {@link AuthResponse}; 401 {@code Incorrect email or password} (unknown email
 *       or wrong password alike); 429 with {@code Retry-After} after 5 failures in 15 minutes for this email from
 *       this client address (another address is not affected).</li>
 *   <li>{@code POST /refresh} → 200 {@link AuthResponse} with a rotated refresh token; 401 for an unknown,
 *       expired, revoked or reused token (reuse revokes the token's whole family).</li>
 *   <li>{@code POST /logout} → 204; revokes the refresh token's family (idempotent).</li>
 *   <li>{@code GET /me} (bearer token) → 200 {@link UserResponse}; 401 without a valid token.</li>
 * </ul>
 */
@Controller("/api/v1/auth")
@Requires(property = "export.security.mode", value = JwtSettings.LOCAL, defaultValue = JwtSettings.LOCAL)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts", description = "Local accounts and tokens (local mode only; absent with an external issuer)")
public class AuthController {
    private final RegisterUser registerUser;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final GetCurrentUser getCurrentUser;
    private final HttpClientAddressResolver addresses;

    public AuthController(RegisterUser registerUser, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
                          GetCurrentUser getCurrentUser, HttpClientAddressResolver addresses) {
        this.addresses = addresses;
        this.registerUser = registerUser;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.getCurrentUser = getCurrentUser;
    }

    /** Creates a free account and logs it in. */
    @Operation(summary = "Register", operationId = "register", description = "Creates a free account (email "
            + "normalised to lower case; password of 8 to 128 characters with an upper-case letter, a lower-case "
            + "letter and a digit, stored as a bcrypt hash) and logs it in.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisterRequest.class), examples = @ExampleObject(name = "ada",
                    value = AuthExamples.REGISTER_REQUEST))))
    @ApiResponse(responseCode = "201", description = "Created and logged in", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class),
            examples = @ExampleObject(name = "session", value = AuthExamples.SESSION)))
    @ApiResponse(responseCode = "409", description = "Email already registered", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "email-taken", value = AuthExamples.PROBLEM_409_EMAIL)))
    @ApiResponse(responseCode = "422", description = "Invalid email, weak password or missing full name",
            content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "weak-password", value = AuthExamples.PROBLEM_422_PASSWORD),
            @ExampleObject(name = "invalid-email", value = AuthExamples.PROBLEM_422_EMAIL)}))
    @ErrorResponses.AnonymousJson
    @ErrorResponses.BodyLimited
    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    public AuthResponse register(@Body RegisterRequest request) {
        return AuthResponse.from(registerUser.execute(request.toCommand()));
    }

    /** Exchanges email and password for a token pair. */
    @Operation(summary = "Log in", operationId = "login", description = "Access token valid 1 hour (HS256 JWT, "
            + "claims sub, email, tier, iat, exp), opaque refresh token valid 7 days.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoginRequest.class), examples = @ExampleObject(name = "ada",
                    value = AuthExamples.LOGIN_REQUEST))))
    @ApiResponse(responseCode = "200", description = "Logged in", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class),
            examples = @ExampleObject(name = "session", value = AuthExamples.SESSION)))
    @ApiResponse(responseCode = "401", description = "Incorrect email or password (the same for an unknown email)",
            content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad-credentials", value = AuthExamples.PROBLEM_401_CREDENTIALS)))
    @ApiResponse(responseCode = "422", description = "Missing or malformed email, missing password",
            content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-email", value = AuthExamples.PROBLEM_422_EMAIL)))
    @ApiResponse(responseCode = "429", description = "Too many failed logins for this email from this client "
            + "address; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer",
                    example = "900")), content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "throttled", value = AuthExamples.PROBLEM_429_LOGIN)))
    @ErrorResponses.AnonymousJson
    @ErrorResponses.BodyLimited
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AuthResponse login(@Body LoginRequest request, HttpRequest<?> http) {
        return AuthResponse.from(logIn.execute(request.toCommand(addresses.resolve(http))));
    }

    /** Exchanges a refresh token for a new token pair (rotation). */
    @Operation(summary = "Refresh", operationId = "refresh", description = "Rotates the refresh token: the one "
            + "presented works once. Presenting a used one again revokes every token of its session.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RefreshTokenRequest.class),
                    examples = @ExampleObject(name = "refresh",
                    value = AuthExamples.REFRESH_REQUEST))))
    @ApiResponse(responseCode = "200", description = "New token pair", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class),
            examples = @ExampleObject(name = "session", value = AuthExamples.SESSION)))
    @ApiResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token",
            content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-refresh-token", value = AuthExamples.PROBLEM_401_REFRESH)))
    @ErrorResponses.AnonymousJson
    @ErrorResponses.BodyLimited
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AuthResponse refresh(@Body RefreshTokenRequest request) {
        return AuthResponse.from(refreshSession.execute(request.refreshToken()));
    }

    /** Ends the refresh token's session (its whole family). */
    @Operation(summary = "Log out", operationId = "logout", description = "Revokes the refresh token's session; "
            + "idempotent, and silent for unknown tokens. Access tokens stay valid until they expire.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RefreshTokenRequest.class),
                    examples = @ExampleObject(name = "refresh",
                    value = AuthExamples.REFRESH_REQUEST))))
    @ApiResponse(responseCode = "204", description = "Logged out")
    @ErrorResponses.AnonymousJson
    @ErrorResponses.BodyLimited
    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<Void> logout(@Body RefreshTokenRequest request) {
        logOut.execute(request.refreshToken());
        return HttpResponse.noContent();
    }

    /** The caller's account. */
    @Operation(summary = "Current account", operationId = "me")
    @ApiResponse(responseCode = "200", description = "The caller's account", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class),
            examples = @ExampleObject(name = "ada", value = AuthExamples.USER)))
    @ApiResponse(responseCode = "404", description = "The token's user has no account here", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "user-not-found", value = AuthExamples.PROBLEM_404_USER)))
    @ErrorResponses.Authenticated
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public UserResponse me(Authentication authentication) {
        return UserResponse.from(getCurrentUser.execute(CurrentUser.of(authentication).id()));
    }
}
