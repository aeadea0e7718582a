package com.jobwise.archfixture.adapters.persistence;

/** Fixture: a persistence internal (a row), used outside the persistence adapter by the REST controller. */
public class ExportRow {
}
