package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.adapters.s3.S3Settings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;

/**
 * Creates the object store: the S3 adapter against the configured bucket, or, when no S3 is
 * configured, against an embedded S3 server started here (bucket {@code exports-local}).
 */
@Factory
class StorageFactory {
    private static final Logger LOG = LoggerFactory.getLogger(StorageFactory.class);
    static final String EMBEDDED_BUCKET = "exports-local";

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(condition = EmbeddedS3Condition.class)
    EmbeddedS3Server embeddedS3Server(S3Configuration configuration) {
        EmbeddedS3Server server = EmbeddedS3Server.start(Path.of(configuration.getEmbeddedDir()));
        LOG.info("No S3 configured: embedded S3 server at {} storing under {}", server.endpoint(),
                Path.of(configuration.getEmbeddedDir()).toAbsolutePath());
        return server;
    }

    @Singleton
    @Bean(preDestroy = "close")
    S3ObjectStore objectStore(S3Configuration configuration, io.micronaut.context.BeanProvider<EmbeddedS3Server> embedded) {
        if (configuration.embedded()) {
            EmbeddedS3Server server = embedded.get();
            S3ObjectStore store = S3ObjectStore.create(S3Settings.of(EMBEDDED_BUCKET, configuration.getRegion())
                    .withEndpoint(server.endpoint())
                    .withStaticCredentials(server.accessKey(), server.secretKey())
                    .withPayloadSigning(S3Settings.PayloadSigning.parse(configuration.getPayloadSigning())));
            store.ensureBucketExists();
            return store;
        }
        if (S3Configuration.isBlank(configuration.getBucket())) {
            throw new IllegalStateException("S3_ENDPOINT is set but S3_EXPORTS_BUCKET is not: name the bucket");
        }
        S3Settings settings = S3Settings.of(configuration.getBucket(), configuration.getRegion())
                .withPayloadSigning(S3Settings.PayloadSigning.parse(configuration.getPayloadSigning()));
        if (!S3Configuration.isBlank(configuration.getEndpoint())) {
            settings = settings.withEndpoint(URI.create(configuration.getEndpoint()));
        }
        return S3ObjectStore.create(settings);
    }
}
