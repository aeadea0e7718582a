package com.jobwise.export.adapters.s3.bench;

import com.jobwise.export.adapters.s3.S3ProxyFixture;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.http.TlsTrustManagersProvider;

import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Properties;

/**
 * S3Proxy (in-memory store, SigV4) listening on https only, with a throw-away self-signed EC certificate for
 * 127.0.0.1 made by the JDK's keytool, and the trust the SDK's HTTP clients need for it. Benchmarks only.
 */
final class HttpsS3Proxy implements AutoCloseable {
    private static final String PASSWORD = "bench-only";

    private final S3Proxy proxy;
    private final Path directory;
    private final TlsTrustManagersProvider trust;

    private HttpsS3Proxy(S3Proxy proxy, Path directory, TlsTrustManagersProvider trust) {
        this.proxy = proxy;
        this.directory = directory;
        this.trust = trust;
    }

    static HttpsS3Proxy start() throws Exception {
        Path directory = Files.createTempDirectory("s3-bench-tls");
        Path keyStore = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "s3", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).inheritIO().start();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(BlobStores.create("transient", new Properties()))
                .secureEndpoint(URI.create("https://127.0.0.1:0"))
                .keyStore(keyStore.toString(), PASSWORD)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return new HttpsS3Proxy(proxy, directory, factory::getTrustManagers);
    }

    URI endpoint() {
        return URI.create("https://127.0.0.1:" + proxy.getSecurePort());
    }

    TlsTrustManagersProvider trust() {
        return trust;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
