package com.jobwise.archfixture.domain.export;

/** Fixture: a well-named port, used where it must not be (by a controller and by a scheduled job). */
public interface IExportStore {
    void purge();
}
