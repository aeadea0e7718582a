package com.jobwise.archfixture.adapters.s3;

import com.jobwise.archfixture.adapters.rest.Controller;
import com.jobwise.archfixture.application.IUseCase;
import com.jobwise.archfixture.domain.port.ObjectStore;

/** Fixture: an outbound adapter that uses another adapter and the application, and implements an I-less port. */
public class Bucket implements ObjectStore {
    public Controller controller;
    public IUseCase useCase;

    @Override
    public void put(String key) {
    }
}
