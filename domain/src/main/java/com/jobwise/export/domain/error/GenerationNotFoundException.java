package com.jobwise.export.domain.error;

import com.jobwise.export.domain.content.Generation;

/** The generation does not exist or belongs to another user (404; the spec's message). */
public final class GenerationNotFoundException extends ExportException {
    public GenerationNotFoundException() {
        super("Generation not found or does not belong to user");
    }
}
