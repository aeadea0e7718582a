package com.jobwise.export.adapters.s3;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An S3Proxy server running in this JVM on a free loopback port, backed by an in-memory ("transient")
 * or directory ("filesystem") blob store and checking AWS SigV2/V4 signatures, so the AWS SDK signs and
 * sends real HTTP requests. Start one per test class and close it afterwards.
 */
public final class S3ProxyFixture implements AutoCloseable {
    /** Access key id the server accepts. */
    public static final String IDENTITY = "test-access-key";
    /** Secret key the server accepts. */
    public static final String CREDENTIAL = "test-secret-key";
    /** Region the clients sign for. */
    public static final String REGION = "eu-west-1";

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3ProxyFixture(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** Starts a server keeping objects in memory. */
    public static S3ProxyFixture start() {
        return start("transient", new Properties());
    }

    /** Starts a server keeping objects as files under {@code baseDirectory}. */
    static S3ProxyFixture startOnFilesystem(Path baseDirectory) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", baseDirectory.toString());
        return start("filesystem", properties);
    }

    /** Starts the server; port 0 lets the OS pick a free one, read back after start. */
    private static S3ProxyFixture start(String provider, Properties properties) {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create(provider, properties))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
            return new S3ProxyFixture(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
        } catch (Exception e) {
            throw new IllegalStateException("could not start S3Proxy", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Settings for a bucket on this server with the right credentials. */
    public S3Settings settings(String bucket) {
        return S3Settings.of(bucket, REGION).withEndpoint(endpoint).withStaticCredentials(IDENTITY, CREDENTIAL);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop S3Proxy", e);
        }
    }
}
