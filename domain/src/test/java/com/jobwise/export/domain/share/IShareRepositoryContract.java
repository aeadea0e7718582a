package com.jobwise.export.domain.share;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link IShareRepository} honours; subclass once per backend. */
public abstract class IShareRepositoryContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    protected IShareRepository repository;

    protected abstract IShareRepository createRepository();

    /** Backends whose shares reference {@code exports} insert the parent row here. */
    protected void givenExport(Export export) {
    }

    /** Deletes the export row (in a database, the foreign key's {@code ON DELETE SET NULL} acts). */
    protected abstract void deleteExport(Export export);

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    Export export(UserId user) {
        Export export = TestData.export(user).build();
        givenExport(export);
        return export;
    }

    Share share(Export export, Instant createdAt, String passwordHash) {
        return Share.create(ShareId.newId(), ShareTokens.hash(ShareTokens.newToken(RANDOM)), export.id(),
                export.userId(), passwordHash, true, createdAt.plus(Duration.ofDays(7)), createdAt);
    }

    @Test
    void savedShareIsFoundByTokenHashAndByItsOwner() {
        UserId user = TestData.newUser();
        Export export = export(user);
        Share share = share(export, TestData.now(), "$2a$12$hash");
        repository.save(share);

        assertThat(repository.findByTokenHash(share.tokenHash())).contains(share);
        assertThat(repository.findByTokenHash(ShareTokens.hash("other"))).isEmpty();
        assertThat(repository.findByIdAndUser(share.id(), export.id(), user)).contains(share);
        assertThat(repository.findByIdAndUser(share.id(), export.id(), TestData.newUser())).isEmpty();
        assertThat(repository.findByIdAndUser(share.id(), ExportId.newId(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(ShareId.newId(), export.id(), user)).isEmpty();
    }

    @Test
    void sharesOfAnExportAreListedNewestFirstForTheOwnerOnly() {
        UserId user = TestData.newUser();
        Export export = export(user);
        Export other = export(user);
        Instant now = TestData.now();
        Share older = share(export, now.minusSeconds(60), null);
        Share newer = share(export, now, null);
        repository.save(older);
        repository.save(newer);
        repository.save(share(other, now, null));

        assertThat(repository.findByExport(export.id(), user)).extracting(Share::id)
                .containsExactly(newer.id(), older.id());
        assertThat(repository.findByExport(export.id(), TestData.newUser())).isEmpty();
    }

    @Test
    void revokeSetsRevokedAtOnceAndOnlyForTheOwner() {
        UserId user = TestData.newUser();
        Share share = share(export(user), TestData.now(), null);
        repository.save(share);
        Instant at = TestData.now().plusSeconds(5);

        assertThat(repository.revoke(share.id(), TestData.newUser(), at)).isFalse();
        assertThat(repository.findByTokenHash(share.tokenHash()).orElseThrow().revokedAt()).isNull();
        assertThat(repository.revoke(share.id(), user, at)).isTrue();
        assertThat(repository.revoke(share.id(), user, at.plusSeconds(60))).isTrue();
        assertThat(repository.findByTokenHash(share.tokenHash()).orElseThrow().revokedAt()).isEqualTo(at);
        assertThat(repository.revoke(ShareId.newId(), user, at)).isFalse();
    }

    @Test
    void accessesAreCountedAndLoggedNewestFirst() {
        UserId user = TestData.newUser();
        Export export = export(user);
        Share share = share(export, TestData.now(), null);
        repository.save(share);
        Instant t = TestData.now();
        String ip = ShareTokens.hash("203.0.113.7");

        repository.recordAccess(new ShareAccess(share.id(), t.plusSeconds(1), ip, "Phone", ShareAction.VIEW));
        repository.recordAccess(new ShareAccess(share.id(), t.plusSeconds(2), ip, "Phone", ShareAction.DOWNLOAD));
        repository.recordAccess(new ShareAccess(share.id(), t.plusSeconds(3), ip, "", ShareAction.PASSWORD_FAILED));
        repository.recordAccess(new ShareAccess(share.id(), t.plusSeconds(4), ip, "Phone", ShareAction.VIEW));

        Share counted = repository.findByTokenHash(share.tokenHash()).orElseThrow();
        assertThat(counted.viewCount()).isEqualTo(2);
        assertThat(counted.downloadCount()).isEqualTo(1);
        assertThat(counted.lastViewedAt()).isEqualTo(t.plusSeconds(4));
        List<ShareAccess> log = repository.findAccessLog(share.id(), user, 10);
        assertThat(log).extracting(ShareAccess::action).containsExactly(ShareAction.VIEW,
                ShareAction.PASSWORD_FAILED, ShareAction.DOWNLOAD, ShareAction.VIEW);
        assertThat(log.get(0)).isEqualTo(new ShareAccess(share.id(), t.plusSeconds(4), ip, "Phone", ShareAction.VIEW));
        assertThat(repository.findAccessLog(share.id(), user, 2)).hasSize(2);
        assertThat(repository.findAccessLog(share.id(), TestData.newUser(), 10)).isEmpty();
    }

    @Test
    void aShareOutlivesItsExportWithoutIt() {
        UserId user = TestData.newUser();
        Export export = export(user);
        Share share = share(export, TestData.now(), null);
        repository.save(share);

        deleteExport(export);

        Share kept = repository.findByTokenHash(share.tokenHash()).orElseThrow();
        assertThat(kept.exportId()).isNull();
        assertThat(kept.isEndedAt(TestData.now())).isTrue();
        assertThat(repository.findByExport(export.id(), user)).isEmpty();
    }
}
