package com.jobwise.export.domain.content;

/** What a renderer lays out: a resume or a cover letter, both opening with the person's {@link Header}. */
public sealed interface DocumentContent permits ResumeContent, CoverLetterContent {
    Header header();

    DocumentType documentType();
}
