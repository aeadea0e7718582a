package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.IObjectStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The object store contract on {@link S3ObjectStore} against two more S3 servers, same assertions on both:
 * S3Proxy's filesystem blob store (the embedded mode's back end) and LocalStack's S3 in Docker, the latter
 * skipped (not failed) when no Docker engine is available. (S3Proxy's transient store runs it in
 * {@link S3ObjectStoreS3ProxyTest}, with the adapter's own checks.)
 */
class S3ObjectStoreContractTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class S3ProxyFilesystem extends IObjectStoreContract {
        private S3ProxyFixture server;
        private S3ObjectStore s3Store;

        @BeforeAll
        void startServer(@TempDir Path baseDirectory) {
            server = S3ProxyFixture.startOnFilesystem(baseDirectory);
            s3Store = S3ObjectStore.create(server.settings("jobwise-exports-fs"));
            s3Store.ensureBucketExists();
        }

        @AfterAll
        void stopServer() {
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
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LocalStack extends IObjectStoreContract {
        private LocalStackContainer localstack;
        private S3ObjectStore s3Store;

        @BeforeAll
        void startContainer() {
            assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker engine");
            localstack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
                    .withServices(LocalStackContainer.Service.S3);
            localstack.start();
            s3Store = S3ObjectStore.create(S3Settings.of("jobwise-exports-localstack", localstack.getRegion())
                    .withEndpoint(localstack.getEndpoint())
                    .withStaticCredentials(localstack.getAccessKey(), localstack.getSecretKey()));
            s3Store.ensureBucketExists();
        }

        @AfterAll
        void stopContainer() {
            if (s3Store != null) {
                s3Store.close();
            }
            if (localstack != null) {
                localstack.stop();
            }
        }

        @Override
        protected IObjectStore createStore() {
            return s3Store;
        }
    }
}
