package com.jobwise.export.adapters.rest.http;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browser origins in canonical form, so an allow-list entry and an {@code Origin} header compare by what they
 * name, not how they are written (RFC 6454): scheme and host lower case, the host's internationalised labels as
 * ASCII (IDNA, {@code bücher.example} → {@code xn--bcher-kva.example}), a trailing dot and a trailing slash
 * dropped, the scheme's default port (80, 443) left out. Anything that is not {@code scheme://host[:port]}
 * (a path, user info, the opaque origin {@code null}, a bad port) has no canonical form and matches nothing.
 */
final class Origins {
    private static final Pattern ORIGIN = Pattern.compile(
            "([a-z][a-z0-9+.-]*)://(\\[[0-9a-f:.]+]|[^/:@\\[\\]?#\\s]+)(?::(\\d{1,5}))?/?");

    private Origins() {
    }

    /** {@code origin} in canonical form, or empty when it is not a tuple origin. */
    static Optional<String> canonical(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        Matcher m = ORIGIN.matcher(origin.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1);
        String host = m.group(2);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String port = m.group(3);
        if (port != null) {
            int number = Integer.parseInt(port);
            if (number < 1 || number > 65535) {
                return Optional.empty();
            }
            boolean isDefault = (scheme.equals("http") && number == 80) || (scheme.equals("https") && number == 443);
            port = isDefault ? null : String.valueOf(number);
        }
        return Optional.of(scheme + "://" + host + (port == null ? "" : ":" + port));
    }
}
