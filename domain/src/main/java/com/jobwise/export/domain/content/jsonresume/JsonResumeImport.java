package com.jobwise.export.domain.content.jsonresume;

import java.util.List;
import java.util.Map;

/**
 * A JSON Resume document mapped to the service's content.
 *
 * @param contentStructured the spec's structured resume content (a JSON tree for {@code content_structured})
 * @param unmapped          JSON pointers (RFC 6901) into the JSON Resume document of the non-empty values the
 *                          content model has no place for, in document order
 */
public record JsonResumeImport(Map<String, Object> contentStructured, List<String> unmapped) {
    public JsonResumeImport {
        unmapped = List.copyOf(unmapped);
    }
}
