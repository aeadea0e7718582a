package com.jobwise.export.adapters.rest.idempotency;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.http.FilterOrders;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.application.idempotency.FinishIdempotentRequest;
import com.jobwise.export.application.idempotency.ReserveIdempotencyKey;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.InProgress;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Mismatch;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Replay;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Reservation;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Reserved;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.RecordedOutcome;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on the routes that create something: those annotated {@link Idempotent} (this filter
 * is their filter matcher), today {@code POST /api/v1/exports/pdf}, {@code /docx}, {@code /json-resume},
 * the text-based formats ({@code /txt}, {@code /md}, {@code /html}, {@code /json}, {@code /csv}, {@code /tex}),
 * {@code /batch}, {@code /preview}, {@code /jobs}, {@code /jobs/bulk} and {@code POST /api/v1/generations}.
 *
 * <p>Keyed by (user, key): the user comes from the bearer token, so one user's key never meets another's.
 * The request's fingerprint is the SHA-256 of method, path and body bytes. Before the route runs the key is
 * reserved through the {@link ReserveIdempotencyKey} use case (atomic across instances):
 * <ul>
 *   <li>a first request runs; a 2xx answer is stored (status, content type, exact body bytes) for
 *       {@code export.idempotency.retention} (24 h); any other answer frees the key, since nothing was
 *       created and a retry should run again;</li>
 *   <li>a retry with the same key and body gets the stored answer again with
 *       {@code Idempotency-Replayed: true}, and nothing runs: no export, no S3 object, no rate budget spent
 *       (this filter runs before the rate limiter);</li>
 *   <li>the same key with a different body answers 422; while the first request still runs, 409 with
 *       {@code Retry-After: 1}.</li>
 * </ul>
 * A key is 1-255 printable ASCII characters, otherwise 400. Without the header the request runs as usual
 * (or answers 400 when {@code export.idempotency.required} is set).
 *
 * <p>{@code POST /api/v1/auth/register} is deliberately not covered: it has no authenticated user to scope
 * the key by, its answer carries tokens that must not be stored, and registering an e-mail twice is already
 * refused (409).
 */
@Idempotent
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(FilterOrders.IDEMPOTENCY)
@Requires(beans = ReserveIdempotencyKey.class)
public class IdempotencyFilter {
    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Marks a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    static final String MISMATCH_DETAIL = "Idempotency-Key was already used with a different request";
    static final String IN_PROGRESS_DETAIL = "A request with this Idempotency-Key is still in progress";
    static final String INVALID_DETAIL = "Idempotency-Key must be 1 to 255 printable ASCII characters";
    static final String MISSING_DETAIL = "Idempotency-Key header is required";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String RESERVATION = IdempotencyFilter.class.getName() + ".reservation";

    private record Held(UserId user, String key, String token) {
    }

    private final ReserveIdempotencyKey reserve;
    private final FinishIdempotentRequest finish;
    private final IdempotencySettings settings;
    private final JsonMapper json;

    public IdempotencyFilter(ReserveIdempotencyKey reserve, FinishIdempotentRequest finish,
                             IdempotencySettings settings, JsonMapper json) {
        this.reserve = reserve;
        this.finish = finish;
        this.settings = settings;
        this.json = json;
    }

    /** Reserves the key, or answers the stored response, 409, 422 or 400. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> reserve(HttpRequest<?> request, @Nullable @Body byte[] body) {
        String path = trimSlash(request.getPath());
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return settings.isRequired() ? problem(HttpStatus.BAD_REQUEST, MISSING_DETAIL) : null;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return problem(HttpStatus.BAD_REQUEST, INVALID_DETAIL);
        }
        Optional<Authentication> principal = request.getUserPrincipal(Authentication.class);
        if (principal.isEmpty() || !UserId.isValid(principal.get().getName())) {
            return null; // the security filter answers anonymous callers
        }
        UserId user = new UserId(principal.get().getName());
        Reservation reservation = reserve.execute(user, key, fingerprint(request.getMethodName(), path, body));
        return switch (reservation) {
            case Reserved reserved -> {
                request.setAttribute(RESERVATION, new Held(user, key, reserved.token()));
                yield null;
            }
            case Replay replay -> replay(replay.outcome());
            case InProgress ignored -> problem(HttpStatus.CONFLICT, IN_PROGRESS_DETAIL).header("Retry-After", "1");
            case Mismatch ignored -> problem(HttpStatus.UNPROCESSABLE_ENTITY, MISMATCH_DETAIL);
        };
    }

    /**
     * Keeps a 2xx answer for replay (its body serialized with the server's own JSON mapper, so a replay carries
     * the same bytes) or frees the key after any other answer.
     */
    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Held> held = request.getAttribute(RESERVATION, Held.class);
        if (held.isEmpty()) {
            return;
        }
        request.removeAttribute(RESERVATION, Held.class);
        Held reservation = held.get();
        try {
            RecordedOutcome stored = response.code() >= 200 && response.code() < 300 ? storable(response) : null;
            if (stored == null) {
                finish.failed(reservation.user(), reservation.key(), reservation.token());
                return;
            }
            if (!finish.succeeded(reservation.user(), reservation.key(), reservation.token(), stored)) {
                LOG.warn("Idempotency-Key reservation expired before the response was stored; a retry may run again");
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not store the response of an idempotent request: {}", e.getMessage(), e);
        }
    }

    /** The response as stored bytes, or {@code null} when it cannot be stored (a stream, a file). */
    @Nullable
    private RecordedOutcome storable(MutableHttpResponse<?> response) {
        Object body = response.body();
        MediaType type = response.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] raw) {
            bytes = raw;
        } else if (body instanceof CharSequence text) {
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        } else if (type.getExtension().equals(MediaType.EXTENSION_JSON) || type.getSubtype().endsWith("+json")) {
            try {
                bytes = json.writeValueAsBytes(body);
            } catch (IOException e) {
                LOG.warn("Idempotent response could not be serialized ({}); not stored", body.getClass().getSimpleName());
                return null;
            }
        } else {
            return null; // a stream or file: nothing a replay could repeat
        }
        return new RecordedOutcome(response.code(), type.toString(), bytes);
    }

    private static MutableHttpResponse<?> replay(RecordedOutcome stored) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(stored.code()))
                .body(stored.payload());
        if (stored.mediaType() != null) {
            response.contentType(stored.mediaType());
        }
        return response.header(REPLAYED_HEADER, "true");
    }

    private static MutableHttpResponse<Problem> problem(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(status.getCode(), status.getReason(), detail));
    }

    /** SHA-256 (hex) of {@code METHOD path\n} followed by the body bytes. */
    static String fingerprint(String method, String path, @Nullable byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                digest.update(body);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
