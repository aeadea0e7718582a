package com.jobwise.archfixture.domain.model;

import com.jobwise.archfixture.adapters.s3.Bucket;

/** Fixture: a domain class that depends on an adapter and on a framework annotation. */
@io.micronaut.context.annotation.Bean
public class Leaky {
    public Bucket bucket;
}
