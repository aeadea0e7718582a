package com.jobwise.export.application.generation;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.content.IGenerationRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Validates and stores a generation under a new UUID. Structured content must follow the spec's
 * content schema ({@code InvalidContentException}, 422, naming the JSON path); a wrong
 * {@code document_type} answers {@code InvalidOptionException} (422).
 */
public final class CreateGeneration {
    private final IGenerationRepository generations;
    private final Clock clock;

    public CreateGeneration(IGenerationRepository generations, Clock clock) {
        this.generations = generations;
        this.clock = clock;
    }

    public Generation execute(CreateGenerationCommand command) {
        DocumentType type = DocumentType.fromWireName(command.documentType())
                .filter(t -> t != DocumentType.ZIP)
                .orElseThrow(() -> new InvalidOptionException("document_type",
                        "document_type must be one of: resume, cover_letter"));
        boolean noText = command.contentText() == null || command.contentText().isBlank();
        if (command.contentStructured() == null && noText) {
            throw new InvalidContentException("content_structured or content_text is required");
        }
        if (command.contentStructured() != null) {
            ContentReader.read(type, command.contentStructured());
        }
        Generation generation = new Generation(GenerationId.newId(), command.userId(), type,
                command.contentStructured(), command.contentText(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        generations.save(generation);
        return generation;
    }
}
