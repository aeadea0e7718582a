package com.jobwise.export.domain.job;

import java.util.Arrays;
import java.util.Locale;

/**
 * One item's state: {@code pending} until it runs, then {@code completed} (an export exists), {@code failed}
 * (with the message a synchronous export would have answered) or {@code skipped} (the job was cancelled first).
 */
public enum JobItemStatus {
    PENDING, COMPLETED, FAILED, SKIPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks a status up by its wire name. */
    public static JobItemStatus fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown item status " + name));
    }
}
