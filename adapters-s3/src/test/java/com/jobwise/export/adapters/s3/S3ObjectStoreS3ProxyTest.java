package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.IObjectStoreContract;
import com.jobwise.export.domain.export.ObjectSummary;
import com.jobwise.export.domain.export.StoredObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The object store contract and the S3-specific behaviour (pre-signed URLs, batch deletes, error
 * translation) against S3Proxy running in this JVM: real HTTP requests, real SigV4 signatures.
 */
class S3ObjectStoreS3ProxyTest extends IObjectStoreContract {
    private static final String BUCKET = "jobwise-exports-test";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static S3ProxyFixture server;
    private static S3ObjectStore s3Store;

    @BeforeAll
    static void startServer() {
        server = S3ProxyFixture.start();
        s3Store = S3ObjectStore.create(server.settings(BUCKET));
        s3Store.ensureBucketExists();
    }

    @AfterAll
    static void stopServer() {
        if (s3Store != null) {
            s3Store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected IObjectStore createStore() {
        return s3Store;
    }

    private static HttpResponse<byte[]> fetch(URI url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void presignedUrlFetchesTheBytesAsAnAttachmentWithoutCredentials() throws Exception {
        byte[] bytes = "%PDF-1.7 presigned".getBytes(StandardCharsets.UTF_8);
        store.put(prefix + "resume.pdf", bytes, "application/pdf");

        URI url = store.presignGet(prefix + "resume.pdf", Duration.ofMinutes(5), "Lebenslauf Müller.pdf");
        HttpResponse<byte[]> response = fetch(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Lebenslauf_Muller.pdf\"; filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf");
        assertThat(url.getRawQuery()).contains("X-Amz-Expires=300").contains("X-Amz-Signature=")
                .doesNotContain(S3ProxyFixture.CREDENTIAL);
    }

    @Test
    void presignedUrlWithATamperedSignatureIsRefused() throws Exception {
        store.put(prefix + "t.pdf", new byte[] {1, 2}, "application/pdf");
        URI url = store.presignGet(prefix + "t.pdf", Duration.ofMinutes(5), "t.pdf");

        String query = url.getRawQuery();
        int at = query.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        char flipped = query.charAt(at) == '0' ? '1' : '0';
        URI tampered = URI.create(url.toString().replace(query, query.substring(0, at) + flipped + query.substring(at + 1)));

        assertThat(tampered).isNotEqualTo(url);
        assertThat(fetch(tampered).statusCode()).isEqualTo(403);
    }

    @Test
    void presignedUrlCannotBeRedirectedToAnotherKey() throws Exception {
        store.put(prefix + "mine.pdf", new byte[] {1}, "application/pdf");
        store.put(prefix + "theirs.pdf", new byte[] {2}, "application/pdf");
        URI url = store.presignGet(prefix + "mine.pdf", Duration.ofMinutes(5), "mine.pdf");

        URI other = URI.create(url.toString().replace("mine.pdf?", "theirs.pdf?"));

        assertThat(other).isNotEqualTo(url);
        assertThat(fetch(other).statusCode()).isEqualTo(403);
    }

    @Test
    void presignedUrlIsRefusedOnceItsValidityHasPassed() throws Exception {
        store.put(prefix + "e.pdf", new byte[] {1}, "application/pdf");
        URI url = store.presignGet(prefix + "e.pdf", Duration.ofSeconds(1), "e.pdf");

        Thread.sleep(2_500);

        assertThat(fetch(url).statusCode()).isEqualTo(403);
    }

    @Test
    void presignValidityIsCappedAtFifteenMinutes() {
        store.put(prefix + "v.pdf", new byte[] {1}, "application/pdf");

        assertThat(store.presignGet(prefix + "v.pdf", Duration.ofMinutes(15), "v.pdf").getRawQuery())
                .contains("X-Amz-Expires=900");
        assertThatThrownBy(() -> store.presignGet(prefix + "v.pdf", Duration.ofMinutes(15).plusSeconds(1), "v.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.presignGet(prefix + "v.pdf", Duration.ZERO, "v.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysWithSpacesAndNonAsciiCharactersRoundTrip() throws Exception {
        String key = prefix + "dir/ä b+c&d=e.pdf";
        byte[] bytes = {4, 5, 6};
        store.put(key, bytes, "application/pdf");

        assertThat(store.get(key).orElseThrow().readAllBytes()).isEqualTo(bytes);
        assertThat(store.list(prefix + "dir/")).extracting(ObjectSummary::key).containsExactly(key);
        assertThat(fetch(store.presignGet(key, Duration.ofMinutes(1), "x.pdf")).body()).isEqualTo(bytes);
    }

    @Test
    void getStreamsLargeObjects() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(42).nextBytes(bytes);
        store.put(prefix + "big.bin", bytes, "application/octet-stream");

        try (StoredObject object = store.get(prefix + "big.bin").orElseThrow()) {
            assertThat(object.sizeBytes()).isEqualTo(bytes.length);
            InputStream in = object.content();
            byte[] head = in.readNBytes(1000);
            assertThat(head).isEqualTo(java.util.Arrays.copyOf(bytes, 1000));
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, bytes.length));
        }
    }

    @Test
    void deleteAllSplitsMoreThanAThousandKeysIntoBatchesAndRemovesThemAll() {
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        ExecutionInterceptor countBatches = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof DeleteObjectsRequest request) {
                    batchSizes.add(request.delete().objects().size());
                }
            }
        };
        var credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL));
        S3Client client = S3Client.builder()
                .region(Region.of(S3ProxyFixture.REGION))
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(countBatches))
                .build();
        S3Presigner presigner = S3Presigner.builder().region(Region.of(S3ProxyFixture.REGION))
                .endpointOverride(server.endpoint()).credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();

        try (S3ObjectStore counted = new S3ObjectStore(client, presigner, BUCKET)) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 1005; i++) {
                keys.add(prefix + "bulk/" + i + ".pdf");
            }
            keys.parallelStream().forEach(key -> counted.put(key, new byte[] {7}, "application/pdf"));
            counted.put(prefix + "survivor.pdf", new byte[] {8}, "application/pdf");
            assertThat(counted.list(prefix + "bulk/")).hasSize(1005);

            counted.deleteAll(keys);

            assertThat(batchSizes).containsExactly(1000, 5);
            assertThat(counted.list(prefix)).extracting(ObjectSummary::key).containsExactly(prefix + "survivor.pdf");
        }
    }

    @Test
    void wrongCredentialsAreReportedAsStorageUnavailable() {
        store.put(prefix + "w.pdf", new byte[] {1}, "application/pdf");
        S3Settings wrong = S3Settings.of(BUCKET, S3ProxyFixture.REGION).withEndpoint(server.endpoint())
                .withStaticCredentials(S3ProxyFixture.IDENTITY, "not-the-secret");

        try (S3ObjectStore impostor = S3ObjectStore.create(wrong)) {
            assertThatThrownBy(() -> impostor.put(prefix + "w.pdf", new byte[] {2}, "application/pdf"))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageNotContaining(prefix);
            assertThatThrownBy(() -> impostor.get(prefix + "w.pdf")).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> impostor.exists(prefix + "w.pdf")).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> impostor.list(prefix)).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> impostor.delete(prefix + "w.pdf")).isInstanceOf(StorageUnavailableException.class);
        }
        assertThat(store.get(prefix + "w.pdf").orElseThrow().readAllBytes()).containsExactly(1);
    }

    @Test
    void aMissingBucketIsAnErrorNotAMissingObject() {
        try (S3ObjectStore noBucket = S3ObjectStore.create(server.settings("no-such-bucket-" + UUID.randomUUID()))) {
            assertThatThrownBy(() -> noBucket.get(prefix + "a.pdf")).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> noBucket.put(prefix + "a.pdf", new byte[] {1}, "application/pdf"))
                    .isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void anUnreachableServerIsReportedAsStorageUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        S3Settings nowhere = S3Settings.of(BUCKET, S3ProxyFixture.REGION)
                .withEndpoint(URI.create("http://127.0.0.1:" + closedPort))
                .withStaticCredentials(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL);

        try (S3ObjectStore unreachable = S3ObjectStore.create(nowhere)) {
            assertThatThrownBy(() -> unreachable.exists(prefix + "a.pdf"))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("HeadObject");
        }
    }

    @Test
    void ensureBucketExistsCreatesAMissingBucketAndIsIdempotent() {
        String bucket = "fresh-" + UUID.randomUUID();
        try (S3ObjectStore fresh = S3ObjectStore.create(server.settings(bucket))) {
            fresh.ensureBucketExists();
            fresh.ensureBucketExists();

            fresh.put("exports/1/x.pdf", new byte[] {1}, "application/pdf");
            assertThat(fresh.exists("exports/1/x.pdf")).isTrue();
            assertThat(store.exists("exports/1/x.pdf")).isFalse();
        }
    }
}
