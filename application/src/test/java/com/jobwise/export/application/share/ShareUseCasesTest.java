package com.jobwise.export.application.share;

import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.account.FakePasswordHasher;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import com.jobwise.export.domain.share.InMemoryShareRepository;
import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.domain.share.ShareAction;
import com.jobwise.export.domain.share.ShareTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareUseCasesTest {
    final Instant now = TestData.now();
    final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final InMemoryShareRepository shares = new InMemoryShareRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemoryRateLimiter limiter = new InMemoryRateLimiter(op -> new RateLimit(
            op == RateLimitedOperation.SHARE_PASSWORD ? 3 : 100, Duration.ofHours(1)));
    final CreateShare create = new CreateShare(exports, shares, hasher, clock, new SecureRandom());
    final OpenShare open = new OpenShare(shares, exports, generations, store,
            (content, template, options, watermark) -> new byte[]{1}, hasher, limiter, clock);
    final List<DocumentContent> previewed = new ArrayList<>();
    final OpenShare openRecording = new OpenShare(shares, exports, generations, store,
            (content, template, options, watermark) -> {
                previewed.add(content);
                return new byte[]{1};
            }, hasher, limiter, clock);
    final UserId alice = TestData.newUser();
    final Visitor visitor = new Visitor("203.0.113.9", "Phone");

    Export export(Instant expiresAt) {
        Export export = TestData.export(alice).createdAt(now.minusSeconds(10)).expiresAt(expiresAt).build();
        exports.save(export);
        store.put(export.objectKey(), "pdf".getBytes(StandardCharsets.UTF_8), "application/pdf");
        return export;
    }

    @Test
    void tokenIsLongRandomAndStoredOnlyAsItsHash() {
        Export export = export(now.plus(Duration.ofDays(3)));
        CreatedShare created = create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null));

        assertThat(created.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(created.share().tokenHash()).isEqualTo(ShareTokens.hash(created.token())).isNotEqualTo(created.token());
        assertThat(created.share().expiresAt()).isEqualTo(export.expiresAt());
        assertThat(created.share().allowDownload()).isTrue();
        assertThat(create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null)).token())
                .isNotEqualTo(created.token());
    }

    @Test
    void expiryIsNeverLaterThanTheExports() {
        Export export = export(now.plus(Duration.ofHours(2)));
        String id = export.id().toString();
        assertThat(create.execute(new CreateShareCommand(alice, id, 60L, null, false)).share().expiresAt())
                .isEqualTo(now.plusSeconds(60));
        assertThat(create.execute(new CreateShareCommand(alice, id, 999_999_999L, null, false)).share().expiresAt())
                .isEqualTo(export.expiresAt());
        assertThatThrownBy(() -> create.execute(new CreateShareCommand(alice, id, 0L, null, null)))
                .isInstanceOf(InvalidOptionException.class);
        assertThatThrownBy(() -> create.execute(new CreateShareCommand(TestData.newUser(), id, null, null, null)))
                .isInstanceOf(ExportNotFoundException.class);
    }

    @Test
    void theSharedPreviewOfAnAnonymisedExportIsAnonymisedToo() {
        Generation generation = TestData.generation(alice);
        generations.save(generation);
        Export export = TestData.export(alice).generationId(generation.id()).expiresAt(now.plus(Duration.ofDays(1)))
                .options(Map.of("anonymize", true)).build();
        exports.save(export);
        CreatedShare created = create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null));

        openRecording.preview(openRecording.open(created.token(), null, visitor));

        assertThat(previewed).singleElement().satisfies(content -> {
            assertThat(content.header().name()).isEqualTo("A. L.");
            assertThat(content.header().email()).isNull();
        });
    }

    @Test
    void passwordUnlocksWithAGrantAndWrongOnesAreLoggedAndThrottled() {
        Export export = export(now.plus(Duration.ofDays(1)));
        CreatedShare created = create.execute(new CreateShareCommand(alice, export.id().toString(), null, "s3cret", null));

        SharedDocument locked = open.open(created.token(), null, visitor);
        assertThat(locked.unlocked()).isFalse();
        assertThat(open.unlock(locked, "wrong", visitor)).isEmpty();
        String grant = open.unlock(locked, "s3cret", visitor).orElseThrow();
        assertThat(open.open(created.token(), grant, visitor).unlocked()).isTrue();
        assertThat(open.open(created.token(), grant + "x", visitor).unlocked()).isFalse();
        assertThat(open.open(created.token(), "9999999999.forged", visitor).unlocked()).isFalse();
        assertThat(open.unlock(locked, "s3cret", visitor)).isPresent();
        assertThatThrownBy(() -> open.unlock(locked, "s3cret", visitor)).isInstanceOf(RateLimitedException.class);
        assertThat(shares.findAccessLog(created.share().id(), alice, 10)).extracting(a -> a.action())
                .containsExactly(ShareAction.PASSWORD_FAILED);
    }

    @Test
    void unknownIs404AndRevokedExpiredOrDeletedIs410() {
        Export export = export(now.plus(Duration.ofDays(1)));
        CreatedShare created = create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null));
        assertThatThrownBy(() -> open.open(ShareTokens.newToken(new SecureRandom()), null, visitor))
                .isInstanceOf(ExportNotFoundException.class);
        assertThatThrownBy(() -> open.open("../etc", null, visitor)).isInstanceOf(ExportNotFoundException.class);

        SharedDocument document = open.open(created.token(), null, visitor);
        open.view(document, visitor);
        open.download(document, visitor).content();
        assertThat(shares.findByTokenHash(created.share().tokenHash()).orElseThrow().downloadCount()).isEqualTo(1);

        new RevokeShare(shares, clock).execute(alice, export.id().toString(), created.share().id().toString());
        assertThatThrownBy(() -> open.open(created.token(), null, visitor)).isInstanceOf(ExportExpiredException.class);

        CreatedShare other = create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null));
        exports.delete(export.id(), alice);
        assertThatThrownBy(() -> open.open(other.token(), null, visitor)).isInstanceOf(ExportExpiredException.class);
    }

    @Test
    void anotherUserCannotRevokeOrReadTheLog() {
        Export export = export(now.plus(Duration.ofDays(1)));
        CreatedShare created = create.execute(new CreateShareCommand(alice, export.id().toString(), null, null, null));
        UserId bob = TestData.newUser();
        assertThatThrownBy(() -> new RevokeShare(shares, clock).execute(bob, export.id().toString(),
                created.share().id().toString())).isInstanceOf(ExportNotFoundException.class);
        assertThatThrownBy(() -> new GetShareAccessLog(shares).execute(bob, export.id().toString(),
                created.share().id().toString())).isInstanceOf(ExportNotFoundException.class);
        assertThatThrownBy(() -> new ListShares(exports, shares).execute(bob, export.id().toString()))
                .isInstanceOf(ExportNotFoundException.class);
        assertThat(new ListShares(exports, shares).execute(alice, export.id().toString())).hasSize(1);
    }
}
