package com.jobwise.export.application.share;

import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;
import com.jobwise.export.domain.export.StoredObject;
import com.jobwise.export.domain.share.Share;
import com.jobwise.export.domain.share.ShareAccess;
import com.jobwise.export.domain.share.ShareAction;
import com.jobwise.export.domain.share.ShareTokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public side of a share link, for a visitor without an account.
 *
 * <ul>
 *   <li>{@link #open}: every public request starts here. Spends one unit of the visitor's per-IP budget
 *   ({@code SHARE_PUBLIC}, key: SHA-256 of the IP), then resolves the token: unknown or malformed → 404
 *   ({@code ExportNotFoundException}); revoked, expired, or its export deleted or expired → 410
 *   ({@code ExportExpiredException}).</li>
 *   <li>{@link #unlock}: checks a password with bcrypt ({@code SHARE_PASSWORD} budget per link, 10 per 15
 *   minutes by default) and returns a grant: {@code <expiry epoch seconds>.<HMAC-SHA256>} keyed by the link's
 *   bcrypt hash, so it needs no server secret, works on every instance, and dies with the link.</li>
 *   <li>{@link #view}, {@link #download}, {@link #preview}: only for an unlocked link; views and downloads
 *   are counted and logged (time, SHA-256 of the IP, user agent).</li>
 * </ul>
 *
 * <p>The preview is the first page rendered with {@link IPreviewRenderer} from the export's stored
 * generation with the export's template and options (no watermark), for PDF and DOCX alike; exports are
 * immutable, so it is cached in memory per export (at most {@value #CACHE_ENTRIES} entries).
 */
public final class OpenShare {
    /** How long the cookie set after the right password stays valid. */
    public static final Duration GRANT_VALIDITY = Duration.ofMinutes(30);
    static final int CACHE_ENTRIES = 64;

    private final IShareRepository shares;
    private final IExportRepository exports;
    private final IGenerationRepository generations;
    private final IObjectStore objectStore;
    private final IPreviewRenderer previewRenderer;
    private final IPasswordHasher hasher;
    private final IRateLimiter limiter;
    private final Clock clock;
    private final Map<String, byte[]> previews = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            });

    public OpenShare(IShareRepository shares, IExportRepository exports, IGenerationRepository generations,
                     IObjectStore objectStore, IPreviewRenderer previewRenderer, IPasswordHasher hasher,
                     IRateLimiter limiter, Clock clock) {
        this.shares = shares;
        this.exports = exports;
        this.generations = generations;
        this.objectStore = objectStore;
        this.previewRenderer = previewRenderer;
        this.hasher = hasher;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Resolves a token for a visitor, spending one unit of the visitor's per-IP budget.
     *
     * @param grant the grant cookie's value, or {@code null}
     */
    public SharedDocument open(String token, String grant, Visitor visitor) {
        spend(new UserId("share-ip~" + ShareTokens.hash(String.valueOf(visitor.clientIp()))),
                RateLimitedOperation.SHARE_PUBLIC);
        if (!ShareTokens.isWellFormed(token)) {
            throw ShareErrors.notFound();
        }
        Share share = shares.findByTokenHash(ShareTokens.hash(token)).orElseThrow(ShareErrors::notFound);
        Instant now = clock.instant();
        if (share.isEndedAt(now)) {
            throw ShareErrors.gone();
        }
        Export export = exports.findByIdAndUser(share.exportId(), share.userId())
                .filter(e -> !e.isExpiredAt(now))
                .orElseThrow(ShareErrors::gone);
        return new SharedDocument(share, export, !share.hasPassword() || grantValid(share, grant, now));
    }

    /**
     * Checks the link's password.
     *
     * @return the grant to hand back in a cookie, or empty for a wrong password (logged as password_failed)
     * @throws RateLimitedException when the link's password budget is spent
     */
    public Optional<String> unlock(SharedDocument document, String password, Visitor visitor) {
        Share share = document.share();
        if (!share.hasPassword()) {
            return Optional.of("");
        }
        spend(new UserId("share~" + share.id()), RateLimitedOperation.SHARE_PASSWORD);
        if (password != null && hasher.matches(password, share.passwordHash())) {
            long expiry = clock.instant().plus(GRANT_VALIDITY).getEpochSecond();
            return Optional.of(expiry + "." + sign(share, expiry));
        }
        log(share, visitor, ShareAction.PASSWORD_FAILED);
        return Optional.empty();
    }

    /** Counts and logs a view of an unlocked link. */
    public void view(SharedDocument document, Visitor visitor) {
        requireUnlocked(document);
        log(document.share(), visitor, ShareAction.VIEW);
    }

    /** Opens the shared file for download and counts it (404 when the link does not allow downloads). */
    public StoredObject download(SharedDocument document, Visitor visitor) {
        requireUnlocked(document);
        if (!document.share().allowDownload()) {
            throw new ExportNotFoundException("Download is not allowed for this link");
        }
        StoredObject object = objectStore.get(document.export().objectKey())
                .orElseThrow(ShareErrors::gone);
        log(document.share(), visitor, ShareAction.DOWNLOAD);
        return object;
    }

    /** PNG of the document's first page (cached per export). */
    public byte[] preview(SharedDocument document) {
        requireUnlocked(document);
        Export export = document.export();
        String key = export.id().toString();
        byte[] cached = previews.get(key);
        if (cached != null) {
            return cached;
        }
        Generation generation = generations.findByIdAndUser(export.generationId(), export.userId())
                .orElseThrow(() -> new ExportNotFoundException("Preview not available"));
        Template template = TemplateCatalog.require(export.template());
        TemplateOptions options;
        try {
            options = TemplateOptions.resolve(template, export.options(), ExportFormat.PDF);
        } catch (InvalidOptionException e) {
            options = TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF);
        }
        // The page shows what the export holds: anonymised when the export was.
        byte[] png = previewRenderer.renderFirstPage(
                ContentAnonymizer.when(options.anonymize(), ContentReader.read(generation)), template, options, false);
        previews.put(key, png);
        return png;
    }

    private void requireUnlocked(SharedDocument document) {
        if (!document.unlocked()) {
            throw new IllegalStateException("the share link is locked by a password");
        }
    }

    private void spend(UserId key, RateLimitedOperation operation) {
        RateLimitDecision decision = limiter.tryConsume(key, operation);
        if (!decision.allowed()) {
            throw new RateLimitedException(operation.key(), decision.retryAfter());
        }
    }

    private void log(Share share, Visitor visitor, ShareAction action) {
        shares.recordAccess(new ShareAccess(share.id(), clock.instant(),
                ShareTokens.hash(String.valueOf(visitor.clientIp())), visitor.userAgent(), action));
    }

    private boolean grantValid(Share share, String grant, Instant now) {
        if (grant == null) {
            return false;
        }
        int dot = grant.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(grant.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (expiry <= now.getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(sign(share, expiry).getBytes(StandardCharsets.US_ASCII),
                grant.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(Share share, long expiry) {
        byte[] tag = ShareTokens.hmacSha256(share.passwordHash().getBytes(StandardCharsets.UTF_8),
                (share.id() + "." + expiry).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }
}
