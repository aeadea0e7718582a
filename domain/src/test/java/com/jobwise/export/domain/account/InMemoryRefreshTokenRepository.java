package com.jobwise.export.domain.account;


import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Thread-safe in-memory {@link IRefreshTokenRepository} for tests of the core. */
public class InMemoryRefreshTokenRepository implements IRefreshTokenRepository {
    private final Map<String, RefreshToken> rows = new HashMap<>();

    @Override
    public synchronized void save(RefreshToken token) {
        if (rows.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalStateException("duplicate refresh token hash");
        }
    }

    @Override
    public synchronized Optional<RefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(rows.get(tokenHash));
    }

    @Override
    public synchronized boolean markUsed(String tokenHash, Instant at) {
        RefreshToken token = rows.get(tokenHash);
        if (token == null || token.isUsed() || token.isRevoked()) {
            return false;
        }
        rows.put(tokenHash, new RefreshToken(token.tokenHash(), token.userId(), token.familyId(), token.issuedAt(),
                token.expiresAt(), at, null));
        return true;
    }

    @Override
    public synchronized int revokeFamily(String familyId, Instant at) {
        int revoked = 0;
        for (RefreshToken token : rows.values().stream().filter(t -> t.familyId().equals(familyId)).toList()) {
            if (!token.isRevoked()) {
                rows.put(token.tokenHash(), new RefreshToken(token.tokenHash(), token.userId(), token.familyId(),
                        token.issuedAt(), token.expiresAt(), token.usedAt(), at));
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = rows.size();
        rows.values().removeIf(t -> t.isExpiredAt(now));
        return before - rows.size();
    }
}
