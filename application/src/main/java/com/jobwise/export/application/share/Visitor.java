package com.jobwise.export.application.share;

/** Who opens a public share link: the client address (hashed before it is stored or used) and user agent. */
public record Visitor(String clientIp, String userAgent) {
}
