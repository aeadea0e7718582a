package com.jobwise.export.application.preview;

import com.jobwise.export.domain.account.UserId;

import java.util.Map;

/** Preview a generation with a template (spec: {@code POST /exports/preview}). */
public record PreviewCommand(UserId userId, String generationId, String template, Map<String, Object> options) {
}
