package com.jobwise.export.domain.job;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** POSTs a webhook body over HTTP(S). */
public interface IWebhookSender {

    /**
     * POSTs {@code body} ({@code application/json}) to {@code url} with {@code headers}, connecting only to one of
     * {@code addresses} (already checked by {@link WebhookUrlPolicy}; the URL's host is still used for TLS SNI,
     * certificate checks and the {@code Host} header). Follows no redirect.
     *
     * @return the HTTP status code of the answer
     * @throws java.io.UncheckedIOException when no connection or no answer could be had
     */
    int post(URI url, List<InetAddress> addresses, byte[] body, Map<String, String> headers);
}
