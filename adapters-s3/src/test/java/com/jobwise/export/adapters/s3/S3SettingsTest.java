package com.jobwise.export.adapters.s3;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {

    @Test
    void readsBucketAndRegionFromTheEnvironmentAndLeavesCredentialsToTheDefaultChain() {
        S3Settings settings = S3Settings.fromEnvironment(Map.of(
                "S3_EXPORTS_BUCKET", "jobwise-exports-dev", "S3_EXPORTS_REGION", "us-west-2"));

        assertThat(settings.bucket()).isEqualTo("jobwise-exports-dev");
        assertThat(settings.region()).isEqualTo("us-west-2");
        assertThat(settings.endpointOverride()).isEmpty();
        assertThat(settings.pathStyleAccess()).isFalse();
        assertThat(settings.hasStaticCredentials()).isFalse();
    }

    @Test
    void anEndpointSwitchesToPathStyleAccess() {
        S3Settings settings = S3Settings.fromEnvironment(Map.of("S3_EXPORTS_BUCKET", "b-1",
                "S3_EXPORTS_REGION", "us-east-1", "S3_ENDPOINT", " http://127.0.0.1:9000 "));

        assertThat(settings.endpointOverride()).hasValue(URI.create("http://127.0.0.1:9000"));
        assertThat(settings.pathStyleAccess()).isTrue();
    }

    @Test
    void aBlankEndpointCountsAsAbsent() {
        S3Settings settings = S3Settings.fromEnvironment(Map.of("S3_EXPORTS_BUCKET", "b-1",
                "S3_EXPORTS_REGION", "us-east-1", "S3_ENDPOINT", "  "));

        assertThat(settings.endpointOverride()).isEmpty();
    }

    @Test
    void namesEveryMissingVariable() {
        assertThatThrownBy(() -> S3Settings.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S3_EXPORTS_BUCKET").hasMessageContaining("S3_EXPORTS_REGION");
        assertThatThrownBy(() -> S3Settings.fromEnvironment(Map.of("S3_EXPORTS_BUCKET", "b-1", "S3_EXPORTS_REGION", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S3_EXPORTS_REGION").hasMessageNotContaining("S3_EXPORTS_BUCKET");
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> S3Settings.of("Upper_Case", "us-east-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> S3Settings.of("ok-bucket", "us west")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> S3Settings.of("ok-bucket", "us-east-1").withEndpoint(URI.create("ftp://host/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> S3Settings.fromEnvironment(Map.of("S3_EXPORTS_BUCKET", "b-1",
                "S3_EXPORTS_REGION", "us-east-1", "S3_ENDPOINT", "localhost:9000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> S3Settings.of("ok-bucket", "us-east-1").withStaticCredentials("id", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        S3Settings settings = S3Settings.of("ok-bucket", "us-east-1").withStaticCredentials("AKIDEXAMPLE", "s3cr3t-value");

        assertThat(settings.toString()).doesNotContain("s3cr3t-value").contains("ok-bucket");
    }

    @Test
    void payloadSigningIsAutoUnlessAlwaysIsAsked() {
        assertThat(S3Settings.of("ok-bucket", "us-east-1").payloadSigning()).isEqualTo(S3Settings.PayloadSigning.AUTO);
        assertThat(S3Settings.PayloadSigning.parse(" Always ")).isEqualTo(S3Settings.PayloadSigning.ALWAYS);
        assertThat(S3Settings.PayloadSigning.parse("auto")).isEqualTo(S3Settings.PayloadSigning.AUTO);
        assertThat(S3Settings.PayloadSigning.parse("")).isEqualTo(S3Settings.PayloadSigning.AUTO);
        assertThatThrownBy(() -> S3Settings.PayloadSigning.parse("never")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never");
        S3Settings always = S3Settings.of("ok-bucket", "us-east-1").withPayloadSigning(S3Settings.PayloadSigning.ALWAYS)
                .withEndpoint(URI.create("https://s3.example.com")).withStaticCredentials("id", "secret");
        assertThat(always.payloadSigning()).isEqualTo(S3Settings.PayloadSigning.ALWAYS);
        assertThat(always.toString()).contains("payloadSigning=ALWAYS");
    }
}
