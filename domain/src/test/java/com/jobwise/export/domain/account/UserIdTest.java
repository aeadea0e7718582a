package com.jobwise.export.domain.account;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.preview.Preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user id rule (any provider's {@code sub}) and its injective, path-safe segment. */
class UserIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"auth0|abc", "google-oauth2|123", "a/../b", "x@example.com", "~abc", "..", "/", "!"})
    void anyPrintableAsciiSubjectIsAUserId(String sub) {
        assertThat(UserId.isValid(sub)).isTrue();
        assertThat(new UserId(sub).value()).isEqualTo(sub);
    }

    @Test
    void lengthIsOneTo255() {
        assertThat(UserId.isValid("x".repeat(255))).isTrue();
        assertThat(UserId.isValid("x".repeat(256))).isFalse();
        assertThat(UserId.isValid("")).isFalse();
        assertThat(UserId.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\tb", "a\nb", "a\u0000b", "a\u007Fb", "é", "a\u00A0b", "日本"})
    void whitespaceControlAndNonAsciiAreRefused(String sub) {
        assertThat(UserId.isValid(sub)).isFalse();
        assertThatThrownBy(() -> new UserId(sub)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainIdsKeepTheirRawSegmentSoExistingKeysStayTheSame() {
        for (String plain : List.of("u-1", "demo-user", "A_b-9", "x".repeat(64),
                "3f2b8c1e-1d2a-4b6e-9f0a-1234567890ab")) {
            assertThat(new UserId(plain).pathSegment()).isEqualTo(plain);
        }
        ExportId id = ExportId.newId();
        assertThat(Export.objectKeyFor(new UserId("u-1"), id, ExportFormat.PDF)).isEqualTo("exports/u-1/" + id + ".pdf");
        assertThat(Preview.objectKeyFor(new UserId("u-1"), id)).isEqualTo("previews/u-1/" + id + ".png");
    }

    @Test
    void otherIdsAreEncodedSafely() {
        assertThat(new UserId("a/../b").pathSegment()).isEqualTo("~YS8uLi9i");
        assertThat(new UserId("auth0|abc").pathSegment()).isEqualTo("~YXV0aDB8YWJj");
        assertThat(new UserId("x".repeat(65)).pathSegment()).startsWith("~");
        for (String sub : List.of("a/../b", "..", "/", "auth0|abc", "x@example.com", "~" + "~".repeat(254),
                "\\..\\x", "?%2F#", "\u007E".repeat(255))) {
            String segment = new UserId(sub).pathSegment();
            assertThat(segment).matches("~[A-Za-z0-9_-]+").doesNotContain("/", ".").hasSizeLessThanOrEqualTo(341);
        }
    }

    @Test
    void theSegmentIsInjective() {
        List<String> ids = List.of("abc", "~YWJj", "YWJj", "a|b", "a/b", "a.b", "a..b", "x".repeat(64),
                "x".repeat(65), "~", "-", "_", "auth0|abc", "google-oauth2|123", "a/../b", "x@example.com");
        Set<String> segments = new HashSet<>();
        ids.forEach(id -> segments.add(new UserId(id).pathSegment()));
        assertThat(segments).hasSameSizeAs(ids);
        assertThat(new UserId("~YWJj").pathSegment()).isNotEqualTo(new UserId("abc").pathSegment());
    }
}
