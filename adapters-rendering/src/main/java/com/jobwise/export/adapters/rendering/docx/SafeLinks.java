package com.jobwise.export.adapters.rendering.docx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The link policy of the rendering trust boundary: user text becomes a hyperlink only with the
 * schemes http, https or mailto. A bare e-mail address becomes {@code mailto:}, a bare host name
 * such as {@code linkedin.com/in/x} becomes {@code https://}; anything else stays plain text.
 */
final class SafeLinks {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern EMAIL = Pattern.compile("^[^@/\\s:]+@[^@/\\s:]+\\.[^@/\\s:]+$");
    private static final Pattern HOST = Pattern.compile("^(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}(?::\\d{1,5})?(?:[/?#].*)?$");

    private SafeLinks() {
    }

    /** The hyperlink target for {@code raw}, ASCII-encoded, or {@code null} when it must stay text. */
    static String target(String raw) {
        String s = XmlText.clean(raw).strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (HAS_SCHEME.matcher(s).matches()) {
            String scheme = s.substring(0, s.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return null;
            }
        } else if (EMAIL.matcher(s).matches()) {
            s = "mailto:" + s;
        } else if (HOST.matcher(s).matches()) {
            s = "https://" + s;
        } else {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("mailto") && (uri.getHost() == null || uri.getHost().isBlank())) {
                return null;
            }
            if (scheme.equals("mailto") && (uri.getSchemeSpecificPart() == null
                    || uri.getSchemeSpecificPart().isBlank())) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** What the reader sees for a link: the address without scheme, {@code www.} or trailing slash. */
    static String display(String raw) {
        String s = XmlText.clean(raw).strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://", "http://", "mailto:"}) {
            if (lower.startsWith(prefix)) {
                s = s.substring(prefix.length());
                lower = lower.substring(prefix.length());
                break;
            }
        }
        if (lower.startsWith("www.")) {
            s = s.substring(4);
        }
        while (s.endsWith("/") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
