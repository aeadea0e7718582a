package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.StoredObject;

/** An export and its open object; the caller streams and closes {@link #content()}. */
public record ExportDownload(Export export, StoredObject content) {
}
