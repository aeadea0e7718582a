package com.jobwise.export.domain.share;

import java.util.Objects;

import java.time.Instant;

/**
 * One line of a share's access log.
 *
 * @param clientIpHash SHA-256 of the client's IP address in lower-case hex (the address itself is never stored)
 * @param userAgent    the client's {@code User-Agent}, cut to {@link #MAX_USER_AGENT} characters; may be empty
 */
public record ShareAccess(ShareId shareId, Instant at, String clientIpHash, String userAgent, ShareAction action) {
    public static final int MAX_USER_AGENT = 512;

    public ShareAccess {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(clientIpHash, "clientIpHash");
        Objects.requireNonNull(action, "action");
        userAgent = userAgent == null ? "" : userAgent.length() > MAX_USER_AGENT
                ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
    }
}
