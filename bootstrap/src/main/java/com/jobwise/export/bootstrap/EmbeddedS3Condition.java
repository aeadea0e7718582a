package com.jobwise.export.bootstrap;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when neither {@code export.s3.bucket} nor {@code export.s3.endpoint} is set ({@link S3Configuration#embedded}). */
public final class EmbeddedS3Condition implements Condition {
    @Override
    public boolean matches(ConditionContext context) {
        return S3Configuration.embedded(context.getProperty("export.s3.bucket", String.class).orElse(null),
                context.getProperty("export.s3.endpoint", String.class).orElse(null));
    }
}
