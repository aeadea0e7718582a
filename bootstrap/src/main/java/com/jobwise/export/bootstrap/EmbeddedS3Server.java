package com.jobwise.export.bootstrap;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * An S3 protocol server (S3Proxy) in this JVM on a free loopback port, storing objects as files
 * under a directory, checking AWS signatures with credentials made up for this run. The service
 * talks to it through the same AWS SDK adapter it uses against real S3.
 */
public final class EmbeddedS3Server implements AutoCloseable {
    private final S3Proxy proxy;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3Server(S3Proxy proxy, URI endpoint, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts a server whose objects live under {@code directory} (created if missing). */
    public static EmbeddedS3Server start(Path directory) {
        try {
            Files.createDirectories(directory);
            Properties properties = new Properties();
            // jclouds refuses a base directory with "." segments (HeadBucket answers 400): normalize it.
            properties.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().normalize().toString());
            HexFormat hex = HexFormat.of();
            SecureRandom random = new SecureRandom();
            byte[] key = new byte[10];
            byte[] secret = new byte[20];
            random.nextBytes(key);
            random.nextBytes(secret);
            String accessKey = "EMBEDDED" + hex.formatHex(key).toUpperCase();
            String secretKey = hex.formatHex(secret);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("filesystem", properties))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("embedded S3 server did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
            return new EmbeddedS3Server(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()), accessKey, secretKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded S3 server", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded S3 server", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the embedded S3 server", e);
        }
    }
}
