package com.jobwise.archfixture.adapters.rest;

import com.jobwise.archfixture.adapters.persistence.ExportRow;
import com.jobwise.archfixture.adapters.s3.Bucket;
import com.jobwise.archfixture.domain.export.IExportStore;

/** Fixture: closes a package cycle with the s3 adapter, calls a port directly and uses a persistence row. */
public class Controller {
    public Bucket bucket;
    public IExportStore store;
    public ExportRow row;
}
