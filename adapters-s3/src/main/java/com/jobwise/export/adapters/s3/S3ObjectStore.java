package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.export.ContentDisposition;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.ObjectSummary;
import com.jobwise.export.domain.export.StoredObject;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * {@link IObjectStore} on Amazon S3 (AWS SDK v2, synchronous, Apache HTTP client with a connection pool).
 * Objects are private (no ACL is ever set); clients reach them only through the service or a pre-signed GET valid
 * for at most {@link #MAX_PRESIGN_VALIDITY} (API spec, "S3 Storage Model", "Security Notes").
 *
 * <p>Every SDK failure ({@link SdkException}: service errors, network, credentials) becomes a
 * {@link StorageUnavailableException} whose message names the operation but never a key, bucket or URL;
 * the SDK exception is kept as the cause for logs. A missing key is not an error: {@link #get} is empty,
 * {@link #exists} false, deletes succeed. Note: without {@code s3:ListBucket} S3 answers a missing key
 * with 403, which this adapter reports as unavailable, so grant it on the bucket.
 *
 * <p>Thread-safe. {@link #close()} releases the HTTP connections of the clients it was given or built.
 */
public final class S3ObjectStore implements IObjectStore, AutoCloseable {

    /** Longest validity {@link #presignGet} accepts (API spec: "short expirations (e.g., 5–15 minutes)"). */
    public static final Duration MAX_PRESIGN_VALIDITY = IObjectStore.MAX_PRESIGN_VALIDITY;
    /** S3's limit of keys per {@code DeleteObjects} request. */
    public static final int MAX_KEYS_PER_DELETE = 1000;
    /** TCP connect timeout of the HTTP client {@link #create} builds. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Socket read timeout of the HTTP client {@link #create} builds. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Pooled connections of the HTTP client {@link #create} builds: at least the uploads that may run at once
     * (32 export workers), so that each keeps its connection (and TLS session) from one PUT to the next.
     */
    public static final int MAX_CONNECTIONS = 50;

    private static final String UNAVAILABLE = "Object storage is temporarily unavailable, please retry";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final List<AutoCloseable> alsoClosed;

    /**
     * Uses ready clients, e.g. in tests. The store takes ownership: {@link #close()} closes both.
     *
     * @param s3        client used for every request
     * @param presigner presigner for {@link #presignGet}; configure it with the same region, endpoint,
     *                  path style and credentials as {@code s3}
     * @param bucket    bucket holding the objects
     */
    public S3ObjectStore(S3Client s3, S3Presigner presigner, String bucket) {
        this(s3, presigner, bucket, List.of());
    }

    private S3ObjectStore(S3Client s3, S3Presigner presigner, String bucket, List<AutoCloseable> alsoClosed) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("bucket must not be blank");
        }
        this.bucket = bucket;
        this.alsoClosed = alsoClosed;
    }

    /**
     * Builds the {@link S3Client} and {@link S3Presigner} for {@code settings}: the given region, the
     * endpoint override with path-style access when set, static credentials when set and otherwise the
     * SDK's default credentials chain, an Apache HTTP client pooling up to {@link #MAX_CONNECTIONS} connections
     * with {@link #CONNECT_TIMEOUT} and {@link #READ_TIMEOUT}, the SDK's standard retries (no API-call or attempt
     * timeout, so no timer task per request). Nothing is sent over the network here.
     *
     * <p>Uploads are sent whole, never {@code aws-chunked}: the body is in memory, so its hashes are known
     * before the request starts and per-chunk signatures add nothing. The payload hash is signed as
     * {@link S3Settings#payloadSigning()} says; see {@link #put}.
     */
    public static S3ObjectStore create(S3Settings settings) {
        return create(settings, ApacheHttpClient.builder()
                .maxConnections(MAX_CONNECTIONS)
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(READ_TIMEOUT));
    }

    /**
     * Like {@link #create(S3Settings)} with another HTTP client, e.g. to compare clients in a benchmark.
     *
     * @param httpClient builder of the client's HTTP client; the store builds it and closes it with itself
     */
    public static S3ObjectStore create(S3Settings settings, SdkHttpClient.Builder<?> httpClient) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(httpClient, "httpClient");
        AwsCredentialsProvider credentials = settings.hasStaticCredentials()
                ? StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()))
                : DefaultCredentialsProvider.builder().build();
        Region region = Region.of(settings.region());
        S3Configuration serviceConfiguration = S3Configuration.builder()
                .pathStyleAccessEnabled(settings.pathStyleAccess())
                .build();

        var clientBuilder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration.toBuilder().chunkedEncodingEnabled(false).build())
                .httpClientBuilder(httpClient);
        var presignerBuilder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration);
        if (settings.payloadSigning() == S3Settings.PayloadSigning.ALWAYS) {
            clientBuilder.authSchemeProvider(signingPayload(S3AuthSchemeProvider.defaultProvider()));
        }
        settings.endpointOverride().ifPresent(endpoint -> {
            clientBuilder.endpointOverride(endpoint);
            presignerBuilder.endpointOverride(endpoint);
        });
        List<AutoCloseable> alsoClosed = credentials instanceof AutoCloseable closeable ? List.of(closeable) : List.of();
        return new S3ObjectStore(clientBuilder.build(), presignerBuilder.build(), settings.bucket(), alsoClosed);
    }

    /** The bucket this store writes to. */
    public String bucket() {
        return bucket;
    }

    /**
     * Creates the bucket when it does not exist yet (private, in the client's region). Meant for the
     * embedded S3 server and tests; production buckets are provisioned outside the service.
     *
     * @throws StorageUnavailableException when S3 cannot be reached or refuses
     */
    public void ensureBucketExists() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return;
        } catch (NoSuchBucketException e) {
            // create it below
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw unavailable("HeadBucket", e);
            }
        } catch (SdkException e) {
            throw unavailable("HeadBucket", e);
        }
        try {
            CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket);
            Region region = s3.serviceClientConfiguration().region();
            if (region != null && !Region.US_EAST_1.equals(region)) {
                request.createBucketConfiguration(c -> c.locationConstraint(region.id()));
            }
            s3.createBucket(request.build());
        } catch (BucketAlreadyOwnedByYouException e) {
            // created concurrently: fine
        } catch (SdkException e) {
            throw unavailable("CreateBucket", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>One {@code PutObject} carrying the body's CRC32C ({@code x-amz-checksum-crc32c}, computed here once,
     * so the SDK computes no checksum of its own); S3 refuses the upload ({@code BadDigest}, reported as
     * unavailable) when the bytes it received do not match. The array is sent as it is, not copied: do not
     * change it during the call.
     */
    @Override
    public void put(String key, byte[] bytes, String contentType) {
        requireKey(key);
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        String crc32c = crc32c(bytes);
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length)
                            .checksumCRC32C(crc32c),
                    RequestBody.fromContentProvider(ContentStreamProvider.fromByteArrayUnsafe(bytes), bytes.length,
                            contentType));
        } catch (SdkException e) {
            throw unavailable("PutObject", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The stream reads straight from the HTTP response; a failure while reading surfaces as an
     * {@link IOException}.
     */
    @Override
    public Optional<StoredObject> get(String key) {
        requireKey(key);
        try {
            ResponseInputStream<GetObjectResponse> response = s3.getObject(b -> b.bucket(bucket).key(key));
            GetObjectResponse metadata = response.response();
            long size = metadata.contentLength() == null ? -1 : metadata.contentLength();
            return Optional.of(new StoredObject(new SdkFailureAsIoException(response), size, metadata.contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw unavailable("GetObject", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>A HEAD answer carries no error code, so a 404 counts as "no object" even if the bucket itself
     * is missing.
     */
    @Override
    public boolean exists(String key) {
        requireKey(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw unavailable("HeadObject", e);
        } catch (SdkException e) {
            throw unavailable("HeadObject", e);
        }
    }

    @Override
    public void delete(String key) {
        requireKey(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            // S3 answers 204 for a missing key; some compatible servers answer NoSuchKey: same outcome
        } catch (SdkException e) {
            throw unavailable("DeleteObject", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Duplicates are removed; keys go out in {@code DeleteObjects} requests of at most
     * {@value #MAX_KEYS_PER_DELETE}. Every batch is attempted; if S3 reports keys it could not delete,
     * a {@link StorageUnavailableException} follows at the end (its cause lists the keys and error codes,
     * for logs). A request that fails as a whole stops at once.
     */
    @Override
    public void deleteAll(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        distinct.forEach(S3ObjectStore::requireKey);
        List<S3Error> errors = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_KEYS_PER_DELETE) {
            List<ObjectIdentifier> batch = distinct.subList(from, Math.min(from + MAX_KEYS_PER_DELETE, distinct.size()))
                    .stream().map(key -> ObjectIdentifier.builder().key(key).build()).toList();
            DeleteObjectsResponse response;
            try {
                response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
            } catch (SdkException e) {
                throw unavailable("DeleteObjects", e);
            }
            response.errors().stream().filter(error -> !"NoSuchKey".equals(error.code())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            StringBuilder detail = new StringBuilder("S3 could not delete " + errors.size() + " of "
                    + distinct.size() + " keys:");
            errors.stream().limit(20).forEach(error -> detail.append(' ').append(error.key())
                    .append(" (").append(error.code()).append(')'));
            throw new StorageUnavailableException(UNAVAILABLE + " (DeleteObjects: " + errors.size()
                    + " objects not deleted)", new IllegalStateException(detail.toString()));
        }
    }

    /** {@inheritDoc} Follows {@code ListObjectsV2} continuation tokens until the listing is complete. */
    @Override
    public List<ObjectSummary> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(o -> new ObjectSummary(o.key(), o.size() == null ? 0 : o.size(), o.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw unavailable("ListObjectsV2", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Signed locally (SigV4 query string, no request to S3). The response carries
     * {@code Content-Disposition: attachment} with an ASCII {@code filename} and, for non-ASCII names, a
     * UTF-8 {@code filename*}. The URL is a bearer credential: never log it.
     *
     * @param validity more than zero and at most {@link #MAX_PRESIGN_VALIDITY}
     * @throws IllegalArgumentException when {@code validity} is out of range or the key is blank
     */
    @Override
    public URI presignGet(String key, Duration validity, String downloadFilename) {
        requireKey(key);
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_PRESIGN_VALIDITY) > 0) {
            throw new IllegalArgumentException("pre-signed URL validity must be more than 0 and at most "
                    + MAX_PRESIGN_VALIDITY.toMinutes() + " minutes; got " + validity);
        }
        String disposition = ContentDisposition.attachment(downloadFilename);
        try {
            return presigner.presignGetObject(p -> p.signatureDuration(validity)
                            .getObjectRequest(g -> g.bucket(bucket).key(key).responseContentDisposition(disposition)))
                    .url().toURI();
        } catch (SdkException e) {
            throw unavailable("PresignGetObject", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK produced a pre-signed URL that is not a valid URI", e);
        }
    }

    /** Closes the presigner, the client (and its HTTP connections) and a credentials provider it built. */
    @Override
    public void close() {
        presigner.close();
        s3.close();
        for (AutoCloseable closeable : alsoClosed) {
            try {
                closeable.close();
            } catch (Exception e) {
                // best effort: nothing else holds these resources
            }
        }
    }

    /** Base64 of the big-endian CRC32C of {@code bytes}, as S3's {@code x-amz-checksum-crc32c} header wants it. */
    static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        int value = (int) crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {
                (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** The SDK's S3 auth schemes with SigV4 told to sign the payload's SHA-256 over https too. */
    static S3AuthSchemeProvider signingPayload(S3AuthSchemeProvider delegate) {
        return parameters -> delegate.resolveAuthScheme(parameters).stream()
                .map(option -> option.toBuilder()
                        .putSignerProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                        .build())
                .toList();
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("object key must not be blank");
        }
    }

    private static StorageUnavailableException unavailable(String operation, SdkException cause) {
        return new StorageUnavailableException(UNAVAILABLE + " (" + operation + ")", cause);
    }
}
