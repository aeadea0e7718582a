package com.jobwise.export.application.generation;

import com.jobwise.export.domain.account.UserId;

import java.util.Map;

/**
 * Stores a generation so it can be exported (the service's own {@code POST /generations}).
 *
 * @param documentType      {@code resume} or {@code cover_letter}
 * @param contentStructured the spec's structured content as a JSON tree, or {@code null}
 * @param contentText       plain text, or {@code null}; at least one of the two is required
 */
public record CreateGenerationCommand(UserId userId, String documentType, Map<String, Object> contentStructured,
                                      String contentText) {
}
