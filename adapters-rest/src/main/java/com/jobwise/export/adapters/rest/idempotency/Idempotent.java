package com.jobwise.export.adapters.rest.idempotency;

import io.micronaut.http.annotation.FilterMatcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that creates something and honours {@code Idempotency-Key}: {@link IdempotencyFilter} runs
 * for exactly the routes that carry it (a Micronaut filter matcher), so a new creating route is this one
 * annotation, with no list of paths to keep in step.
 */
@FilterMatcher
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
