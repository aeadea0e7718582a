package com.jobwise.export.domain.content.jsonresume;

import com.jobwise.export.domain.error.InvalidContentException;

import java.util.List;
import java.util.Map;

/** Checks a document against the official JSON Resume schema v1.0.0. Implementations are thread-safe. */
public interface IJsonResumeValidator {

    /**
     * The schema violations of {@code document} (a JSON tree of plain Java values), each with its JSON pointer;
     * empty when the document is valid.
     */
    List<InvalidContentException.Violation> validate(Map<String, Object> document);
}
