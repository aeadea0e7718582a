package com.jobwise.export.domain.error;

/**
 * The object store or database could not be reached; the client may retry (503). {@link #part()} says which,
 * so the answer can name it.
 */
public final class StorageUnavailableException extends ExportException {
    /** The part of the service that is down. */
    public enum Part {
        /** The object store (S3) holding the files. */
        STORAGE,
        /** The database holding the rows. */
        DATABASE
    }

    private final Part part;

    /** An object-store outage. */
    public StorageUnavailableException(String message, Throwable cause) {
        this(Part.STORAGE, message, cause);
    }

    /** An outage of {@code part}. */
    public StorageUnavailableException(Part part, String message, Throwable cause) {
        super(message, cause);
        this.part = part == null ? Part.STORAGE : part;
    }

    /** Which part is down. */
    public Part part() {
        return part;
    }

    /** The client-facing sentence naming the part that is down (no host, bucket or driver detail). */
    public String clientDetail() {
        return part == Part.DATABASE ? "The database is temporarily unavailable; please retry"
                : "Storage is temporarily unavailable; please retry";
    }
}
