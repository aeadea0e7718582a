package com.jobwise.export.adapters.s3;

import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.export.IObjectStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The object store contract against S3Proxy's filesystem blob store (the embedded mode's back end). */
class S3ObjectStoreS3ProxyFilesystemTest extends IObjectStoreContract {
    @TempDir
    static Path baseDirectory;

    private static S3ProxyFixture server;
    private static S3ObjectStore s3Store;

    @BeforeAll
    static void startServer() {
        server = S3ProxyFixture.startOnFilesystem(baseDirectory);
        s3Store = S3ObjectStore.create(server.settings("jobwise-exports-fs"));
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
}
