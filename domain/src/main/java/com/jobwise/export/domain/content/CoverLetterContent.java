package com.jobwise.export.domain.content;

import java.util.Map;

/** A structured cover letter: the sender's header and the {@link Letter}. */
public record CoverLetterContent(Header header, Letter letter, Map<String, Object> metadata)
        implements DocumentContent {

    public CoverLetterContent {
        header = header == null ? Header.empty() : header;
        metadata = metadata == null ? Map.of() : metadata;
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.COVER_LETTER;
    }
}
