package com.jobwise.export.application.generation;

import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.GenerationNotFoundException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IGenerationRepository;

/** Reads one of the user's generations; another user's answers {@code GenerationNotFoundException} (404). */
public final class GetGeneration {
    private final IGenerationRepository generations;

    public GetGeneration(IGenerationRepository generations) {
        this.generations = generations;
    }

    public Generation execute(UserId userId, String generationId) {
        return generations.findByIdAndUser(generationId, userId).orElseThrow(GenerationNotFoundException::new);
    }
}
