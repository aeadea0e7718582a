package com.jobwise.export.application.export;

import java.util.Map;

/**
 * One item of a batch (spec: "Batch Export"): {@code format} is {@code pdf} or {@code docx};
 * the rest as for a single export.
 */
public record BatchItem(String generationId, String format, String template, Map<String, Object> options,
                        String filename) {
}
