package com.jobwise.archfixture.adapters.s3;

import com.jobwise.archfixture.adapters.rest.Controller;
import com.jobwise.archfixture.application.IUseCase;

/** Fixture: an outbound adapter that uses another adapter and the application. */
public class Bucket {
    public Controller controller;
    public IUseCase useCase;
}
