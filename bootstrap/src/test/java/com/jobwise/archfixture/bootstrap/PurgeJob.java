package com.jobwise.archfixture.bootstrap;

import com.jobwise.archfixture.domain.export.IExportStore;

/** Fixture: scheduled work that calls a port instead of a use case (the delay keeps it from ever running). */
public class PurgeJob {
    public IExportStore store;

    @io.micronaut.scheduling.annotation.Scheduled(fixedDelay = "1000d", initialDelay = "1000d")
    public void run() {
        if (store != null) {
            store.purge();
        }
    }
}
