package com.jobwise.export.application.generation;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.jsonresume.IJsonResumeValidator;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ImportJsonResume: refuses what the validator refuses, stores the mapped resume, reports unmapped pointers. */
class ImportJsonResumeTest {
    private final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    private final UserId alice = new UserId("alice");

    private ImportJsonResume useCase(IJsonResumeValidator validator) {
        return new ImportJsonResume(new CreateGeneration(generations, Clock.systemUTC()), validator);
    }

    @Test
    void aValidDocumentIsStoredAsAResume() {
        ImportedGeneration imported = useCase(doc -> List.of()).execute(alice, Map.of(
                "basics", Map.of("name", "Ann", "image", "https://example.com/a.png")));

        assertThat(imported.generation().documentType()).isEqualTo(DocumentType.RESUME);
        assertThat(imported.unmapped()).containsExactly("/basics/image");
        assertThat(generations.findByIdAndUser(imported.generation().id(), alice)).isPresent();
        assertThat(imported.generation().contentStructured().get("header").toString()).contains("name=Ann");
    }

    @Test
    void schemaViolationsAreRefusedWithTheirPointersAndNothingIsStored() {
        InvalidContentException.Violation violation = new InvalidContentException.Violation("/basics/email", "bad");

        assertThatThrownBy(() -> useCase(doc -> List.of(violation)).execute(alice, Map.of("basics", Map.of())))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> {
                    assertThat(e.violations()).containsExactly(violation);
                    assertThat(e.getMessage()).contains("/basics/email bad");
                });
    }
}
