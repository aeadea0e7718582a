package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.domain.job.IWebhookSender;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link IWebhookSender} on Apache HttpClient 5. Each delivery gets a client whose DNS resolver answers the URL's
 * host with exactly the addresses the policy checked (and nothing else), so the connection goes to a checked
 * address while TLS still verifies the certificate for the host name (SNI, hostname verification) and the
 * {@code Host} header stays the name. No redirects are followed, no request is retried here (the scheduler
 * retries), and connect and read are bounded by {@code export.webhooks.timeout} (default 10 s).
 */
@Singleton
public class ApacheWebhookSender implements IWebhookSender {
    private final Timeout timeout;

    public ApacheWebhookSender(@Value("${export.webhooks.timeout:10s}") Duration timeout) {
        this.timeout = Timeout.ofMilliseconds(timeout.toMillis());
    }

    @Override
    public int post(URI url, List<InetAddress> addresses, byte[] body, Map<String, String> headers) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!stripBrackets(name).equalsIgnoreCase(stripBrackets(host))) {
                    throw new UnknownHostException("only the checked webhook host may be resolved");
                }
                return addresses.toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(pinned)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("export-service-webhooks/1").build()) {
            HttpPost post = new HttpPost(url);
            headers.forEach(post::setHeader);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return client.execute(post, response -> response.getCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
