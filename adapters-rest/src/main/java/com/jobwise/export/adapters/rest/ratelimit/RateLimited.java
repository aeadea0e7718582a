package com.jobwise.export.adapters.rest.ratelimit;

import com.jobwise.export.domain.ratelimit.RateLimitedOperation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that spends one unit of the caller's budget for {@link #value()} (API spec, "Rate limiting");
 * {@link RateLimitFilter} reads the operation from the matched route, so a new limited route is this one
 * annotation, with no list of paths to keep in step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
    /** The budget the route spends. */
    RateLimitedOperation value();
}
