package com.jobwise.export.application.preview;

import com.jobwise.export.domain.error.ExportExpiredException;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.preview.IPreviewRepository;
import com.jobwise.export.domain.export.StoredObject;

import java.time.Clock;

/**
 * Opens a preview image for its owner: 404 ({@code ExportNotFoundException}) for a missing or another
 * user's preview, 410 ({@code ExportExpiredException}) once expired.
 */
public final class GetPreview {
    private final IPreviewRepository previews;
    private final IObjectStore objectStore;
    private final Clock clock;

    public GetPreview(IPreviewRepository previews, IObjectStore objectStore, Clock clock) {
        this.previews = previews;
        this.objectStore = objectStore;
        this.clock = clock;
    }

    public StoredObject execute(UserId userId, String previewId) {
        Preview preview = ExportId.parse(previewId).flatMap(id -> previews.findByIdAndUser(id, userId))
                .orElseThrow(() -> new ExportNotFoundException("Preview not found"));
        if (preview.isExpiredAt(clock.instant())) {
            throw new ExportExpiredException("Preview has expired and been deleted");
        }
        return objectStore.get(preview.objectKey()).orElseThrow(() -> new ExportNotFoundException("Preview not found"));
    }
}
