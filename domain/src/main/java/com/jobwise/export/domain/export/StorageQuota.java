package com.jobwise.export.domain.export;

import com.jobwise.export.domain.account.Tier;

/**
 * Bytes of live exports a user may keep, by tier (spec: "Storage Limits": free 100 MB, pro 1 GB).
 *
 * @param freeBytes limit of the free tier in bytes
 * @param proBytes  limit of the pro tier in bytes
 */
public record StorageQuota(long freeBytes, long proBytes) {
    /** The spec's limits: 100 MiB and 1 GiB. */
    public static final StorageQuota SPEC_DEFAULT = new StorageQuota(100L * 1024 * 1024, 1024L * 1024 * 1024);

    /** The limit in bytes for {@code tier}. */
    public long limitFor(Tier tier) {
        return tier == Tier.PRO ? proBytes : freeBytes;
    }
}
