package com.jobwise.export.domain.export;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.account.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test-data builders shared by the contracts and the adapters' tests. Every call uses fresh ids. */
public final class TestData {
    private TestData() {
    }

    /** A fresh, valid user id. */
    public static UserId newUser() {
        return new UserId("u-" + UUID.randomUUID().toString().substring(0, 18));
    }

    /** Now, truncated to microseconds (what PostgreSQL keeps). */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A small structured resume as a JSON tree. */
    public static Map<String, Object> resumeTree(String name) {
        return Map.of(
                "header", Map.of("name", name, "email", "someone@example.com", "title", "Engineer"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", "Builds reliable systems."),
                        Map.of("type", "experience", "entries", List.of(Map.of(
                                "id", "e1", "title", "Software Engineer", "company", "Acme",
                                "start_date", "2020-01", "is_current", true,
                                "bullets", List.of("Shipped things that matter.")))),
                        Map.of("type", "skills", "categories", List.of(
                                Map.of("name", "Technical Skills", "items", List.of("Java", "SQL"))))),
                "metadata", Map.of("total_years_experience", 5));
    }

    /** A new resume generation of {@code user}. */
    public static Generation generation(UserId user) {
        return new Generation(GenerationId.newId(), user, DocumentType.RESUME, resumeTree("Ada Lovelace"),
                null, now());
    }

    /** A fresh builder for an export row of {@code user}. */
    public static ExportBuilder export(UserId user) {
        return new ExportBuilder(user);
    }

    /** Builder of {@link Export} rows with plausible defaults. */
    public static final class ExportBuilder {
        private final UserId user;
        private final ExportId id = ExportId.newId();
        private GenerationId generationId = GenerationId.newId();
        private DocumentType documentType = DocumentType.RESUME;
        private ExportFormat format = ExportFormat.PDF;
        private String template = "modern";
        private long size = 1234;
        private Instant createdAt = now();
        private Instant expiresAt;
        private Map<String, Object> metadata = Map.of("ats_score", 88.5, "processing_time_seconds", 0.2);
        private Map<String, Object> options = Map.of("font_size", 11);

        private ExportBuilder(UserId user) {
            this.user = user;
        }

        public ExportBuilder generationId(GenerationId value) {
            generationId = value;
            return this;
        }

        public ExportBuilder documentType(DocumentType value) {
            documentType = value;
            return this;
        }

        public ExportBuilder format(ExportFormat value) {
            format = value;
            return this;
        }

        public ExportBuilder template(String value) {
            template = value;
            return this;
        }

        public ExportBuilder size(long value) {
            size = value;
            return this;
        }

        public ExportBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public ExportBuilder expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        public ExportBuilder options(Map<String, Object> value) {
            options = value;
            return this;
        }

        public ExportBuilder metadata(Map<String, Object> value) {
            metadata = value;
            return this;
        }

        public Export build() {
            Instant expiry = expiresAt != null ? expiresAt : createdAt.plus(Duration.ofDays(30));
            return new Export(id, user, generationId, documentType, format, template, "resume." + format.extension(),
                    Export.objectKeyFor(user, id, format), size, format == ExportFormat.PDF ? 2 : null,
                    options, metadata, 0, expiry, createdAt);
        }
    }
}
