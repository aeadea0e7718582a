package com.jobwise.export.domain.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds the {@code Content-Disposition} value of a download, whether the service streams it or a
 * pre-signed GET asks S3 to send it back: always {@code attachment}, an ASCII {@code filename} safe to quote, and, when the name is not plain ASCII, an
 * RFC 6266/8187 {@code filename*} with the UTF-8 original (ARCHITECTURE.md, "Rendering is a trust boundary").
 */
public final class ContentDisposition {
    /** Used when nothing printable is left of the requested name. */
    static final String FALLBACK_NAME = "download";
    static final int MAX_NAME_LENGTH = 150;

    private ContentDisposition() {
    }

    /** {@code attachment; filename="…"} plus {@code filename*=UTF-8''…} when the name has non-ASCII characters. */
    public static String attachment(String requestedName) {
        String name = cleaned(requestedName);
        String ascii = asciiName(name);
        StringBuilder value = new StringBuilder("attachment; filename=\"").append(ascii).append('"');
        if (!ascii.equals(name)) {
            value.append("; filename*=UTF-8''").append(percentEncode(name));
        }
        return value.toString();
    }

    /** Last path segment without control characters, trimmed, shortened; {@link #FALLBACK_NAME} when empty. */
    static String cleaned(String requestedName) {
        if (requestedName == null) {
            return FALLBACK_NAME;
        }
        String name = requestedName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return FALLBACK_NAME;
        }
        return shorten(name);
    }

    /** Accents folded (é → e), then anything outside {@code [A-Za-z0-9._()-]} becomes one underscore per run. */
    static String asciiName(String cleanedName) {
        String folded = Normalizer.normalize(cleanedName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String ascii = folded.replaceAll("[^A-Za-z0-9._()\\-]+", "_");
        String ext = extension(ascii);
        String base = ascii.substring(0, ascii.length() - ext.length()).replaceAll("^[._]+|[._]+$", "");
        if (base.chars().noneMatch(Character::isLetterOrDigit)) {
            base = FALLBACK_NAME;
        }
        return shorten(base + ext);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,10}") ? ext : "";
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String base = name.substring(0, name.length() - ext.length());
        int keep = MAX_NAME_LENGTH - ext.length();
        return base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())))) + ext;
    }

    /** RFC 8187 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
