package com.jobwise.export.application.job;

import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ExportDocumentCommand;
import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.IExportRepository;

/**
 * Exports one item of a job through {@link ExportDocument} (the synchronous write protocol: object, then row
 * within quota, object removed if the row fails), idempotently on (job id, item index): the export id is
 * {@code JobId.itemExportId(index)}, so
 * <ul>
 *   <li>a re-run after the row was written finds it and only marks the item completed;</li>
 *   <li>a re-run after the object was PUT but before the row overwrites the same key and writes the row;</li>
 *   <li>two runs racing (a presumed-dead instance still alive) collide on the row's primary key: one row, one
 *       object, and the loser keeps the winner's object.</li>
 * </ul>
 * A client-caused failure (missing generation, quota, bad content, rendering) fails the item with the message a
 * synchronous export would answer; a storage outage propagates so the scheduler retries the job later.
 */
public final class RunJobItem {
    private final ExportDocument exportDocument;
    private final IExportRepository exports;
    private final IExportJobRepository jobs;

    public RunJobItem(ExportDocument exportDocument, IExportRepository exports, IExportJobRepository jobs) {
        this.exportDocument = exportDocument;
        this.exports = exports;
        this.jobs = jobs;
    }

    /** Runs {@code item} of {@code job} unless its export already exists; records the item's outcome. */
    public void execute(ExportJob job, JobItem item) {
        ExportId exportId = job.id().itemExportId(item.index());
        if (exists(job, exportId)) {
            jobs.completeItem(job.id(), item.index(), exportId);
            return;
        }
        try {
            exportDocument.executeWithContent(new ExportDocumentCommand(job.userId(), job.tier(), item.generationId(),
                    job.format(), job.template(), job.options(), null), exportId);
            jobs.completeItem(job.id(), item.index(), exportId);
        } catch (RuntimeException e) {
            if (exists(job, exportId)) {
                jobs.completeItem(job.id(), item.index(), exportId);
            } else if (e instanceof ExportException failure && !(e instanceof StorageUnavailableException)) {
                jobs.failItem(job.id(), item.index(), failure.getMessage());
            } else {
                throw e;
            }
        }
    }

    private boolean exists(ExportJob job, ExportId exportId) {
        return exports.findByIdAndUser(exportId, job.userId()).isPresent();
    }
}
