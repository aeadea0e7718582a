package com.jobwise.export.adapters.persistence;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every database failure of the annotated adapter's methods, including opening and committing their
 * {@code @Transactional} transaction, leaves as the domain error {@link SqlErrors} picks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(SqlErrorInterceptor.class)
@interface TranslateSqlErrors {
    /** The error of a foreign-key violation (created with its no-argument constructor). */
    Class<? extends RuntimeException> missingParent() default IllegalStateException.class;
}
