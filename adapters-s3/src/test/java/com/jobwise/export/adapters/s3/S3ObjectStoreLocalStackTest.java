package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.IObjectStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The object store contract against LocalStack's S3 in Docker. Skipped (not failed) when no Docker
 * engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class S3ObjectStoreLocalStackTest extends IObjectStoreContract {

    @Container
    private static final LocalStackContainer LOCALSTACK =
            new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4")).withServices(LocalStackContainer.Service.S3);

    private static S3ObjectStore s3Store;

    @BeforeAll
    static void createBucket() {
        s3Store = S3ObjectStore.create(S3Settings.of("jobwise-exports-localstack", LOCALSTACK.getRegion())
                .withEndpoint(LOCALSTACK.getEndpoint())
                .withStaticCredentials(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        s3Store.ensureBucketExists();
    }

    @AfterAll
    static void closeStore() {
        if (s3Store != null) {
            s3Store.close();
        }
    }

    @Override
    protected IObjectStore createStore() {
        return s3Store;
    }
}
