package com.jobwise.export.domain.job;

/**
 * How far a job is: {@code total} items, {@code done} of them exported, {@code failed} failed, {@code skipped}
 * skipped by a cancellation. {@code done + failed + skipped <= total}.
 */
public record JobProgress(int total, int done, int failed, int skipped) {
}
