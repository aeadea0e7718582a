package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.domain.model.FileNames;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds a safe {@code Content-Disposition: attachment} header (RFC 6266): an ASCII {@code filename}
 * for old clients and a UTF-8 {@code filename*} (RFC 5987) for the real name.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + FileNames.asciiFallback(filename) + "\"; filename*=UTF-8''" + encoded;
    }
}
