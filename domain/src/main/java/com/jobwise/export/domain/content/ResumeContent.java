package com.jobwise.export.domain.content;

import java.util.List;
import java.util.Map;

/** A structured resume: header, sections in the generation's order, and free-form metadata. */
public record ResumeContent(Header header, List<Section> sections, Map<String, Object> metadata)
        implements DocumentContent {

    public ResumeContent {
        header = header == null ? Header.empty() : header;
        sections = sections == null ? List.of() : List.copyOf(sections);
        metadata = metadata == null ? Map.of() : metadata;
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.RESUME;
    }
}
