package com.jobwise.export.domain.error;

import java.time.Duration;
import java.util.Objects;

/**
 * Every rendering slot is taken and the queue in front of them is full (or the wait in it ran out): the request
 * is refused at once instead of slowing every other one down (503 with {@code Retry-After}). Nothing was rendered
 * or stored, so the client may simply retry after {@link #retryAfter()}.
 */
public final class ServiceBusyException extends ExportException {
    private final Duration retryAfter;

    /**
     * @param retryAfter how long the client should wait before retrying (at least one second on the wire)
     */
    public ServiceBusyException(Duration retryAfter) {
        super("The service is busy rendering other documents; please retry in a moment");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the client should wait before retrying. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
