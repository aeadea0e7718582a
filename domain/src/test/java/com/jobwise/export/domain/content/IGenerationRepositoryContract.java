package com.jobwise.export.domain.content;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link IGenerationRepository} honours; subclass once per backend. */
public abstract class IGenerationRepositoryContract {
    protected IGenerationRepository repository;

    protected abstract IGenerationRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    @Test
    void structuredContentRoundTripsAsTheSameTree() {
        UserId user = TestData.newUser();
        Generation generation = TestData.generation(user);
        repository.save(generation);

        Generation found = repository.findByIdAndUser(generation.id(), user).orElseThrow();
        assertThat(found.documentType()).isEqualTo(DocumentType.RESUME);
        assertThat(found.contentStructured()).isEqualTo(generation.contentStructured());
        assertThat(found.contentText()).isNull();
        assertThat(found.createdAt()).isEqualTo(generation.createdAt());
    }

    @Test
    void plainTextGenerationKeepsItsTextExactly() {
        UserId user = TestData.newUser();
        String text = "ZOË ŁUKASIEWICZ\nИнженер — “quotes” €\n\nSKILLS\nJava";
        Generation generation = new Generation(GenerationId.newId(), user, DocumentType.COVER_LETTER, null,
                text, TestData.now());
        repository.save(generation);

        Generation found = repository.findByIdAndUser(generation.id(), user).orElseThrow();
        assertThat(found.contentStructured()).isNull();
        assertThat(found.contentText()).isEqualTo(text);
        assertThat(found.documentType()).isEqualTo(DocumentType.COVER_LETTER);
    }

    @Test
    void numbersBooleansAndNullsSurvive() {
        UserId user = TestData.newUser();
        Map<String, Object> tree = new java.util.HashMap<>();
        tree.put("header", Map.of("name", "N"));
        tree.put("sections", List.of(Map.of("type", "education", "entries", List.of(
                Map.of("degree", "BSc", "gpa", 3.8, "honors", List.of())))));
        tree.put("metadata", Map.of("total_projects", 2, "flag", true));
        tree.put("nothing", null);
        Generation generation = new Generation(GenerationId.newId(), user, DocumentType.RESUME, tree, null,
                TestData.now());
        repository.save(generation);

        Map<String, Object> found = repository.findByIdAndUser(generation.id(), user).orElseThrow()
                .contentStructured();
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) found.get("metadata");
        assertThat(((Number) metadata.get("total_projects")).intValue()).isEqualTo(2);
        assertThat(metadata.get("flag")).isEqualTo(true);
        assertThat(found).containsKey("nothing");
        assertThat(found.get("nothing")).isNull();
    }

    @Test
    void anotherUsersGenerationIsInvisible() {
        UserId owner = TestData.newUser();
        Generation generation = TestData.generation(owner);
        repository.save(generation);

        assertThat(repository.findByIdAndUser(generation.id(), TestData.newUser())).isEmpty();
        assertThat(repository.findByIdAndUser(GenerationId.newId(), owner)).isEmpty();
    }
}
