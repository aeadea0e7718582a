package com.jobwise.archfixture.adapters.persistence;

import com.jobwise.archfixture.domain.export.IExportStore;

/** Fixture: the port's implementation, which makes {@link IExportStore} a port. */
public class JdbcExportStore implements IExportStore {
    public ExportRow row;

    @Override
    public void purge() {
    }
}
