package com.jobwise.export.domain.content;

/**
 * Contact block of the spec's content schema ({@code header}); every field may be {@code null}.
 * URLs are kept as given; renderers link only http, https and mailto.
 */
public record Header(
        String name,
        String title,
        String email,
        String phone,
        String location,
        String linkedin,
        String github,
        String website) {

    /** A header with no field set. */
    public static Header empty() {
        return new Header(null, null, null, null, null, null, null, null);
    }
}
