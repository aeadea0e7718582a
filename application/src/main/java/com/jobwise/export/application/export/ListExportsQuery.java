package com.jobwise.export.application.export;

import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

/**
 * The list endpoint's query (spec: {@code GET /exports/files}); filters are wire names or {@code null}.
 *
 * @param limit  results per page, 1 to 100
 * @param offset results to skip, 0 or more
 */
public record ListExportsQuery(UserId userId, Tier tier, String format, String documentType, String template,
                               int limit, int offset) {
}
