package com.jobwise.export.adapters.persistence;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/** Runs outside the transaction interceptor, so failures to begin or commit are translated too. */
@Singleton
@InterceptorBean(TranslateSqlErrors.class)
final class SqlErrorInterceptor implements MethodInterceptor<Object, Object> {

    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            Class<?> parent = context.classValue(TranslateSqlErrors.class, "missingParent")
                    .orElse(IllegalStateException.class);
            Supplier<RuntimeException> onMissingParent = parent == IllegalStateException.class ? null
                    : () -> instantiate(parent);
            throw SqlErrors.translate(context.getDeclaringType().getSimpleName() + "." + context.getMethodName(),
                    e, onMissingParent);
        }
    }

    private static RuntimeException instantiate(Class<?> type) {
        try {
            return (RuntimeException) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }
}
