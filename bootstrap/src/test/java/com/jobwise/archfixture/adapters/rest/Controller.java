package com.jobwise.archfixture.adapters.rest;

import com.jobwise.archfixture.adapters.s3.Bucket;

/** Fixture: closes a package cycle with the s3 adapter. */
public class Controller {
    public Bucket bucket;
}
