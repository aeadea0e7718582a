package com.jobwise.export.adapters.s3.bench;

import com.jobwise.export.adapters.s3.S3Settings;

import java.util.function.UnaryOperator;

/** The benchmark's hook for settings that only some versions of {@link S3Settings} have. */
final class SettingsTuning {
    private SettingsTuning() {
    }

    static UnaryOperator<S3Settings> from(String[] args) {
        return UnaryOperator.identity();
    }
}
