package com.jobwise.export.adapters.s3.bench;

import com.jobwise.export.adapters.s3.S3Settings;

import java.util.function.UnaryOperator;

/** The benchmark's settings options: {@code payloadSigning=auto|always}. */
final class SettingsTuning {
    private SettingsTuning() {
    }

    static UnaryOperator<S3Settings> from(String[] args) {
        S3Settings.PayloadSigning signing = S3Settings.PayloadSigning.parse(S3PutBenchmark.arg(args, "payloadSigning", "auto"));
        return settings -> settings.withPayloadSigning(signing);
    }
}
