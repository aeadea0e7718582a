package com.jobwise.export.domain.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An open object of the store: its bytes as a stream, its length in bytes and content type.
 * Close it to release the connection.
 */
public record StoredObject(InputStream content, long sizeBytes, String contentType) implements AutoCloseable {

    /** Reads the whole object and closes it. */
    public byte[] readAllBytes() {
        try (InputStream in = content) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
