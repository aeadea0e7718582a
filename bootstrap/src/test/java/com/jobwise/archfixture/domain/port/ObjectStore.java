package com.jobwise.archfixture.domain.port;

/** Fixture: a port without the I prefix. */
public interface ObjectStore {
    void put(String key);
}
