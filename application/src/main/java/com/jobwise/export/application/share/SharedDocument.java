package com.jobwise.export.application.share;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.share.Share;

/**
 * A live share link and its export.
 *
 * @param unlocked whether the visitor may see the document: the link has no password, or the visitor
 *                 presented a valid grant (the cookie set after the right password)
 */
public record SharedDocument(Share share, Export export, boolean unlocked) {
}
