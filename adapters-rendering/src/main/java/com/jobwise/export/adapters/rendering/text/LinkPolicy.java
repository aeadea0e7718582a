package com.jobwise.export.adapters.rendering.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one link policy of every rendered format (PDF and DOCX): user text becomes a live link only
 * as an {@code http}/{@code https} URL with a host and no user info, or as a {@code mailto:} of one
 * plain e-mail address (no query such as {@code ?bcc=}). A bare host name such as
 * {@code linkedin.com/in/x} gets {@code https://}; {@code javascript:}, {@code data:}, {@code file:},
 * any other scheme, text with spaces and URLs with user info ({@code https://user@host}) stay plain
 * text. Stateless.
 */
public final class LinkPolicy {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s@<>()\\[\\],;:\"?&#/\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\\.[A-Za-z]{2,}");
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?::\\d{1,5})?(?:[/?#]\\S*)?");

    private LinkPolicy() {
    }

    /**
     * A contact item or URL as shown and linked.
     *
     * @param text what the reader sees (never blank)
     * @param href the live link target (ASCII), or {@code null} when the text stays plain
     */
    public record Link(String text, String href) {
    }

    /**
     * A web address field (LinkedIn, GitHub, website, project URL): linked when {@link #webHref}
     * allows it and then shown without scheme, {@code www.} or trailing slash; otherwise shown as
     * written. {@code null} for blank input.
     */
    public static Link web(String raw) {
        String s = oneLine(raw);
        if (s == null) {
            return null;
        }
        String href = webHref(s);
        return new Link(href == null ? s : display(s), href);
    }

    /** An e-mail field: shown as written, linked with {@code mailto:} when it is one plain address. */
    public static Link email(String raw) {
        String s = oneLine(raw);
        return s == null ? null : new Link(s, mailtoHref(s));
    }

    /**
     * An {@code http} or {@code https} URL as a normalised ASCII string, or {@code null}. A bare
     * domain gets {@code https://}; other schemes, user info, a missing host and spaces are refused.
     */
    public static String webHref(String raw) {
        String u = oneLine(raw);
        if (u == null || u.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String candidate = u;
        if (!HAS_SCHEME.matcher(u).matches() || u.matches("(?i)^[a-z0-9.-]+:\\d{1,5}(?:[/?#].*)?$")) {
            if (!BARE_HOST.matcher(u).matches()) {
                return null;
            }
            candidate = "https://" + u;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * {@code mailto:} plus the address when {@code raw} is one plain e-mail address (optionally
     * written with {@code mailto:}); {@code null} otherwise.
     */
    public static String mailtoHref(String raw) {
        String e = oneLine(raw);
        if (e == null) {
            return null;
        }
        if (e.regionMatches(true, 0, "mailto:", 0, 7)) {
            e = e.substring(7);
        }
        return EMAIL.matcher(e).matches() ? "mailto:" + e : null;
    }

    /** The live target of any link-like text: {@link #webHref}, else {@link #mailtoHref}, else {@code null}. */
    public static String href(String raw) {
        String web = webHref(raw);
        return web != null ? web : mailtoHref(raw);
    }

    /** What the reader sees for an address: without scheme, {@code www.} and trailing slashes. */
    public static String display(String raw) {
        String s = oneLine(raw);
        if (s == null) {
            return null;
        }
        String shown = s.replaceFirst("(?i)^(?:https?://|mailto:)", "").replaceFirst("(?i)^www\\.", "");
        while (shown.length() > 1 && shown.endsWith("/")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown;
    }

    private static String oneLine(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        return s.isEmpty() ? null : s;
    }
}
