package com.jobwise.export.application.generation;

import com.jobwise.export.domain.content.jsonresume.JsonResumeImport;
import com.jobwise.export.domain.content.jsonresume.JsonResumeReader;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.jsonresume.IJsonResumeValidator;

import java.util.List;
import java.util.Map;

/**
 * Stores a JSON Resume document (schema v1.0.0) as a resume generation: checks it against the official schema
 * ({@link InvalidContentException}, 422, with one violation per JSON pointer), maps it to the spec's structured
 * content with {@link JsonResumeReader} and stores that through {@link CreateGeneration}.
 */
public final class ImportJsonResume {
    private final CreateGeneration createGeneration;
    private final IJsonResumeValidator validator;

    public ImportJsonResume(CreateGeneration createGeneration, IJsonResumeValidator validator) {
        this.createGeneration = createGeneration;
        this.validator = validator;
    }

    /** Validates, maps and stores {@code document} for {@code userId}. */
    public ImportedGeneration execute(UserId userId, Map<String, Object> document) {
        List<InvalidContentException.Violation> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new InvalidContentException("json_resume does not follow the JSON Resume schema v1.0.0: "
                    + violations.getFirst().pointer() + " " + violations.getFirst().message(), violations);
        }
        JsonResumeImport mapped = JsonResumeReader.read(document);
        return new ImportedGeneration(createGeneration.execute(new CreateGenerationCommand(userId, "resume",
                mapped.contentStructured(), null)), mapped.unmapped());
    }
}
