package com.jobwise.export.domain.error;

/** Storing the file would take the user over the storage limit (413); gives used and limit bytes. */
public final class QuotaExceededException extends ExportException {
    private final long usedBytes;
    private final long limitBytes;

    public QuotaExceededException(long usedBytes, long requestedBytes, long limitBytes) {
        super("Storage quota exceeded: " + usedBytes + " of " + limitBytes + " bytes used, this file needs "
                + requestedBytes + " more");
        this.usedBytes = usedBytes;
        this.limitBytes = limitBytes;
    }

    public long usedBytes() {
        return usedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
