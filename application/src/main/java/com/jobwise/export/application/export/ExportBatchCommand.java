package com.jobwise.export.application.export;

import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.util.List;

/**
 * Export up to {@link ExportBatch#MAX_ITEMS} generations at once, optionally packaged as a ZIP.
 *
 * @param zipFilename the package's file name; {@code null} for {@code Application_Package.zip}
 */
public record ExportBatchCommand(UserId userId, Tier tier, List<BatchItem> items, boolean createZip,
                                 String zipFilename) {
    public ExportBatchCommand {
        items = items == null ? List.of() : items;
    }
}
