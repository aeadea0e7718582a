package com.jobwise.export.domain.job;

import com.jobwise.export.domain.error.InvalidOptionException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which webhook URLs the service will call (server-side request forgery guard). A URL must be absolute
 * {@code https} without user info; {@code http} is allowed only for a host in the allow-list. Every address the
 * host resolves to must be public: loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16,
 * including the cloud metadata address 169.254.169.254; fe80::/10), CGNAT (100.64/10), "this network" (0/8),
 * multicast, IPv6 unique-local (fc00::/7), site-local and unspecified addresses are refused unless the host is
 * allow-listed. The check runs when a job is created and again right before each delivery (DNS rebinding);
 * the sender then connects only to the addresses this check returned.
 */
public final class WebhookUrlPolicy {
    private final Set<String> allowedHosts;
    private final Function<String, List<InetAddress>> resolver;

    /**
     * @param allowedHosts host names (or literal IPs) that may use http and internal addresses, case-insensitive
     * @param resolver     host name → addresses; throws {@link UnknownHostException} wrapped in an unchecked one
     *                     when the name does not resolve
     */
    public WebhookUrlPolicy(Set<String> allowedHosts, Function<String, List<InetAddress>> resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /** The system resolver ({@link InetAddress#getAllByName}). */
    public static WebhookUrlPolicy withSystemResolver(Set<String> allowedHosts) {
        return new WebhookUrlPolicy(allowedHosts, host -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host", e);
            }
        });
    }

    /** A checked URL and the addresses the sender may connect to. */
    public record Target(URI url, List<InetAddress> addresses) {
    }

    /**
     * Checks {@code url} and resolves its host.
     *
     * @throws InvalidOptionException ({@code webhook_url}, 422) naming the reason, never the resolved address
     */
    public Target check(String url) {
        URI uri = parse(url);
        String host = hostOf(uri);
        boolean allowListed = allowedHosts.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowListed)) {
            throw refused("webhook_url must use https");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.apply(host);
        } catch (RuntimeException e) {
            throw refused("webhook_url host does not resolve");
        }
        if (addresses == null || addresses.isEmpty()) {
            throw refused("webhook_url host does not resolve");
        }
        if (!allowListed && addresses.stream().anyMatch(WebhookUrlPolicy::isInternal)) {
            throw refused("webhook_url must not point to a loopback, private, link-local or metadata address");
        }
        return new Target(uri, List.copyOf(addresses));
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw refused("webhook_url must be an absolute https URL of at most 2048 characters");
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getScheme() == null || uri.getRawUserInfo() != null || uri.getHost() == null
                    || uri.getRawFragment() != null) {
                throw refused("webhook_url must be an absolute https URL without user info or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("webhook_url is not a valid URL");
        }
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static InvalidOptionException refused(String message) {
        return new InvalidOptionException("webhook_url", message);
    }

    /** Whether {@code address} is one a webhook must not reach (see the class comment). */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first == 127
                    || (first == 100 && second >= 64 && second <= 127)      // CGNAT 100.64/10
                    || (first == 169 && second == 254)                       // link-local and metadata
                    || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)  // IETF protocol assignments
                    || first >= 240;                                         // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {                                      // unique local fc00::/7
                return true;
            }
            if (isMappedOrCompatibleV4(b)) {                                 // ::ffff:a.b.c.d hides an IPv4 address
                try {
                    return isInternal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        }
        return true;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
