package com.jobwise.export.domain.content;

import java.util.List;

/** The body of a cover letter: date, recipient, subject, greeting, paragraphs, closing and signature. */
public record Letter(
        String date,
        Recipient recipient,
        String subject,
        String greeting,
        List<String> paragraphs,
        String closing,
        String signature) {

    public Letter {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The addressee; every field may be {@code null}. */
    public record Recipient(String name, String title, String company, String address) {
    }
}
