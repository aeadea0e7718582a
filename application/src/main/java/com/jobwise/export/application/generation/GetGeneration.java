package com.jobwise.export.application.generation;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.IGenerationRepository;

/** Reads one of the user's generations; another user's answers {@code GenerationNotFoundException} (404). */
public final class GetGeneration {
    private final IGenerationRepository generations;

    public GetGeneration(IGenerationRepository generations) {
        this.generations = generations;
    }

    public Generation execute(UserId userId, String generationId) {
        return GenerationId.parse(generationId).flatMap(id -> generations.findByIdAndUser(id, userId)).orElseThrow(GenerationNotFoundException::new);
    }
}
