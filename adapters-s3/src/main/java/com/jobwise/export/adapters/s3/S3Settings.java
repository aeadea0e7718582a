package com.jobwise.export.adapters.s3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and as whom {@link S3ObjectStore} talks to S3.
 *
 * @param bucket          bucket holding the exports (S3 naming rules: 3-63 characters, lower-case letters,
 *                        digits, dots and hyphens), e.g. {@code jobwise-exports-dev}
 * @param region          AWS region used for request signing, e.g. {@code us-west-2}
 * @param endpoint        {@code http(s)} URI of an S3-compatible server (S3Proxy, LocalStack, MinIO), or
 *                        {@code null} for AWS itself; when present, path-style access is used
 * @param accessKeyId     static access key id, or {@code null} to use the SDK's default credentials chain
 *                        (environment {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile,
 *                        container or instance role)
 * @param secretAccessKey static secret, present exactly when {@code accessKeyId} is
 * @param payloadSigning  whether a PUT's SigV4 signature covers the SHA-256 of its body over https
 *                        ({@link PayloadSigning}); {@code null} means {@link PayloadSigning#AUTO}
 */
public record S3Settings(String bucket, String region, URI endpoint, String accessKeyId, String secretAccessKey,
                         PayloadSigning payloadSigning) {

    /**
     * Whether the SigV4 signature of an upload covers the body's SHA-256 ({@code x-amz-content-sha256}).
     * Every upload also carries the body's CRC32C ({@code x-amz-checksum-crc32c}, a signed header) that the
     * server checks before it stores the object, whatever is chosen here.
     */
    public enum PayloadSigning {
        /**
         * Over https the body is not hashed ({@code UNSIGNED-PAYLOAD}): TLS protects it in transit and the
         * signed CRC32C catches corruption. Over plain http (an S3-compatible server on a private network)
         * the body's SHA-256 is signed, since a CRC is no protection against a changed body; the AWS SDK
         * refuses to send an unsigned body over http anyway.
         */
        AUTO,
        /** The body's SHA-256 is signed over https too (for servers or policies that require it). */
        ALWAYS;

        /**
         * Parses {@code auto} or {@code always}, case-insensitively; blank means {@link #AUTO}.
         *
         * @throws IllegalArgumentException for any other value
         */
        public static PayloadSigning parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> AUTO;
                case "always" -> ALWAYS;
                default -> throw new IllegalArgumentException(
                        "S3 payload signing must be 'auto' or 'always'; got '" + value + "'");
            };
        }
    }

    /** Environment variable naming the bucket (API spec, "Required Configuration"). */
    public static final String BUCKET_VARIABLE = "S3_EXPORTS_BUCKET";
    /** Environment variable naming the region (API spec, "Required Configuration"). */
    public static final String REGION_VARIABLE = "S3_EXPORTS_REGION";
    /** Optional environment variable with the endpoint of an S3-compatible server. */
    public static final String ENDPOINT_VARIABLE = "S3_ENDPOINT";

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern REGION_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the offending field when a value is missing or malformed
     */
    public S3Settings {
        if (bucket == null || !BUCKET_NAME.matcher(bucket).matches()) {
            throw new IllegalArgumentException("S3 bucket name must be 3-63 lower-case letters, digits, dots or "
                    + "hyphens, starting and ending with a letter or digit; got '" + bucket + "'");
        }
        if (region == null || !REGION_NAME.matcher(region).matches()) {
            throw new IllegalArgumentException("S3 region must be a region name such as us-west-2; got '" + region + "'");
        }
        if (endpoint != null) {
            String scheme = endpoint.getScheme();
            if (!endpoint.isAbsolute() || endpoint.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("S3 endpoint must be an absolute http(s) URI with a host; got '"
                        + endpoint + "'");
            }
        }
        boolean hasId = accessKeyId != null && !accessKeyId.isBlank();
        boolean hasSecret = secretAccessKey != null && !secretAccessKey.isBlank();
        if (hasId != hasSecret || (!hasId && (accessKeyId != null || secretAccessKey != null))) {
            throw new IllegalArgumentException(
                    "S3 static credentials need both a non-blank access key id and a secret, or neither");
        }
        if (payloadSigning == null) {
            payloadSigning = PayloadSigning.AUTO;
        }
    }

    /** Settings for AWS S3 itself with the default credentials chain. */
    public static S3Settings of(String bucket, String region) {
        return new S3Settings(bucket, region, null, null, null, PayloadSigning.AUTO);
    }

    /** A copy that talks to the S3-compatible server at {@code endpoint} (path-style access). */
    public S3Settings withEndpoint(URI endpoint) {
        return new S3Settings(bucket, region, Objects.requireNonNull(endpoint, "endpoint"), accessKeyId, secretAccessKey,
                payloadSigning);
    }

    /** A copy that signs with the given static credentials instead of the default chain. */
    public S3Settings withStaticCredentials(String accessKeyId, String secretAccessKey) {
        return new S3Settings(bucket, region, endpoint, accessKeyId, secretAccessKey, payloadSigning);
    }

    /** A copy with the given {@link PayloadSigning}. */
    public S3Settings withPayloadSigning(PayloadSigning payloadSigning) {
        return new S3Settings(bucket, region, endpoint, accessKeyId, secretAccessKey,
                Objects.requireNonNull(payloadSigning, "payloadSigning"));
    }

    /** The endpoint override, empty for AWS S3 itself. */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    /** Whether requests address the bucket in the path ({@code http://host/bucket/key}): for custom endpoints. */
    public boolean pathStyleAccess() {
        return endpoint != null;
    }

    /** Whether static credentials replace the SDK's default credentials chain. */
    public boolean hasStaticCredentials() {
        return accessKeyId != null;
    }

    /**
     * Reads {@value #BUCKET_VARIABLE}, {@value #REGION_VARIABLE} and the optional {@value #ENDPOINT_VARIABLE}
     * (blank counts as absent). Credentials are left to the SDK's default chain, which itself reads
     * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} or uses an IAM role.
     *
     * @param environment variables, typically {@code System.getenv()}
     * @throws IllegalArgumentException naming every missing variable, or the malformed value
     */
    public static S3Settings fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        List<String> missing = new ArrayList<>();
        String bucket = value(environment, BUCKET_VARIABLE);
        String region = value(environment, REGION_VARIABLE);
        if (bucket == null) {
            missing.add(BUCKET_VARIABLE);
        }
        if (region == null) {
            missing.add(REGION_VARIABLE);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Missing S3 configuration: set " + String.join(" and ", missing));
        }
        String endpoint = value(environment, ENDPOINT_VARIABLE);
        URI endpointUri = null;
        if (endpoint != null) {
            try {
                endpointUri = new URI(endpoint);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(ENDPOINT_VARIABLE + " is not a valid URI: " + e.getMessage(), e);
            }
        }
        return new S3Settings(bucket, region, endpointUri, null, null, PayloadSigning.AUTO);
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "S3Settings[bucket=" + bucket + ", region=" + region + ", endpoint=" + endpoint
                + ", credentials=" + (hasStaticCredentials() ? "static (hidden)" : "default chain")
                + ", payloadSigning=" + payloadSigning + "]";
    }
}
