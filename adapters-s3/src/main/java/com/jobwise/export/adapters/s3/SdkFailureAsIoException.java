package com.jobwise.export.adapters.s3;

import software.amazon.awssdk.core.exception.SdkException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Keeps the {@link InputStream} contract: SDK runtime failures while reading become {@link IOException}s. */
final class SdkFailureAsIoException extends FilterInputStream {
    SdkFailureAsIoException(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (SdkException e) {
            throw new IOException("reading the S3 object failed", e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (SdkException e) {
            throw new IOException("reading the S3 object failed", e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (SdkException e) {
            throw new IOException("reading the S3 object failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (SdkException e) {
            throw new IOException("closing the S3 object stream failed", e);
        }
    }
}
