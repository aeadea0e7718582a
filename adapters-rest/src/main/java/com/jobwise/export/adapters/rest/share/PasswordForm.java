package com.jobwise.export.adapters.rest.share;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The form of {@code POST /s/{token}} ({@code application/x-www-form-urlencoded}). */
@Serdeable
@Schema(name = "SharePasswordForm", description = "The password form of a protected share link")
public record PasswordForm(@Nullable @Schema(description = "The link's password", example = "correct horse")
                           String password) {
}
