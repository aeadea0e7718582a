package com.jobwise.archfixture.application;

import com.jobwise.archfixture.domain.model.Leaky;

/** Fixture: a use case with a framework annotation and the I prefix outside the ports. */
@jakarta.inject.Singleton
public class IUseCase {
    public Leaky leaky;
}
