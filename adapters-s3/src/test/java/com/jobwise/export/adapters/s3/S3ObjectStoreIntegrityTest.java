package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.error.StorageUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a PUT carries on the wire and that the server checks it: the body's CRC32C in a signed header, the
 * body whole (no aws-chunked encoding), the payload hash signed over http, and a body changed in transit
 * refused. Against S3Proxy in this JVM, through a {@link WireTap}.
 */
class S3ObjectStoreIntegrityTest {
    private static final String BUCKET = "jobwise-exports-integrity";

    private static S3ProxyFixture server;
    private static S3ObjectStore direct;
    private final String prefix = "exports/integrity-" + UUID.randomUUID() + "/";

    @BeforeAll
    static void startServer() {
        server = S3ProxyFixture.start();
        direct = S3ObjectStore.create(server.settings(BUCKET));
        direct.ensureBucketExists();
    }

    @AfterAll
    static void stopServer() {
        if (direct != null) {
            direct.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPutCarriesTheBodysCrc32cInASignedHeaderAndTheBodyWhole() throws Exception {
        byte[] bytes = pdfLike(70_000);
        try (WireTap tap = WireTap.start(server.endpoint());
             S3ObjectStore store = S3ObjectStore.create(server.settings(BUCKET).withEndpoint(tap.endpoint()))) {
            store.put(prefix + "a.pdf", bytes, "application/pdf");

            List<String> puts = tap.requestHeads().stream().filter(h -> h.startsWith("PUT ")).toList();
            assertThat(puts).hasSize(1);
            String head = puts.getFirst().toLowerCase();
            assertThat(head).contains("x-amz-checksum-crc32c: " + expectedCrc32c(bytes).toLowerCase() + "\r\n")
                    .contains("content-length: " + bytes.length + "\r\n")
                    .doesNotContain("aws-chunked").doesNotContain("x-amz-trailer").doesNotContain("unsigned-payload");
            assertThat(signedHeaders(head)).contains("x-amz-checksum-crc32c", "x-amz-content-sha256");
            assertThat(head).containsPattern("x-amz-content-sha256: [0-9a-f]{64}\r\n");
        }
        assertThat(direct.get(prefix + "a.pdf").orElseThrow().readAllBytes()).isEqualTo(bytes);
    }

    @Test
    void aBodyChangedInTransitIsRefusedAndTheStoredObjectIsKept() throws Exception {
        byte[] original = pdfLike(5_000);
        direct.put(prefix + "b.pdf", original, "application/pdf");
        try (WireTap tap = WireTap.tampering(server.endpoint());
             S3ObjectStore store = S3ObjectStore.create(server.settings(BUCKET).withEndpoint(tap.endpoint()))) {

            assertThatThrownBy(() -> store.put(prefix + "b.pdf", pdfLike(6_000), "application/pdf"))
                    .isInstanceOf(StorageUnavailableException.class);
        }
        assertThat(direct.get(prefix + "b.pdf").orElseThrow().readAllBytes()).isEqualTo(original);
    }

    @Test
    void theServerRefusesABodyWhoseCrc32cDoesNotMatch() {
        byte[] bytes = pdfLike(1_000);
        String wrong = expectedCrc32c("not the body".getBytes(StandardCharsets.US_ASCII));
        try (S3Client client = S3Client.builder().region(Region.of(S3ProxyFixture.REGION))
                .endpointOverride(server.endpoint()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL)))
                .serviceConfiguration(c -> c.chunkedEncodingEnabled(false))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {

            assertThatThrownBy(() -> client.putObject(b -> b.bucket(BUCKET).key(prefix + "c.pdf").checksumCRC32C(wrong),
                    RequestBody.fromBytes(bytes)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400));
            client.putObject(b -> b.bucket(BUCKET).key(prefix + "c.pdf").checksumCRC32C(expectedCrc32c(bytes)),
                    RequestBody.fromBytes(bytes));
        }
        assertThat(direct.exists(prefix + "c.pdf")).isTrue();
    }

    @Test
    void payloadSigningAlwaysTellsEverySigV4SchemeToSignThePayload() {
        var parameters = software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeParams.builder()
                .operation("PutObject").region(Region.of(S3ProxyFixture.REGION)).bucket(BUCKET).key("k").build();
        var defaults = software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider.defaultProvider();

        var options = S3ObjectStore.signingPayload(defaults).resolveAuthScheme(parameters);

        assertThat(options).isNotEmpty().allSatisfy(option -> assertThat(option.signerProperty(
                software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED)).isTrue());
        assertThat(defaults.resolveAuthScheme(parameters)).anySatisfy(option -> assertThat(option.signerProperty(
                software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED)).isNotEqualTo(true));
    }

    @Test
    void crc32cIsTheBigEndianValueInBase64() {
        // RFC 3720 B.4: 32 bytes of zeros have the CRC32C 0x8A9136AA
        assertThat(S3ObjectStore.crc32c(new byte[32])).isEqualTo("ipE2qg==");
    }

    private static String expectedCrc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long v = crc.getValue();
        return java.util.Base64.getEncoder().encodeToString(new byte[] {
                (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    private static String signedHeaders(String head) {
        int at = head.indexOf("signedheaders=");
        return head.substring(at, head.indexOf(',', at));
    }

    private static byte[] pdfLike(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }
}
