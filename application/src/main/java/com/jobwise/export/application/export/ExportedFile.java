package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;

/** A stored export and the bytes of its file. */
public record ExportedFile(Export export, byte[] bytes) {
}
