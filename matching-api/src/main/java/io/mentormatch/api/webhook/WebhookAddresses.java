package io.mentormatch.api.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses a webhook may have: https, no user information, and a host on the allow-list of the chat services'
 * webhook hosts ({@code mentormatch.webhooks.allowed-hosts}; {@code *.example.com} allows every subdomain). The
 * server posts to the address on its own, so an open choice would let anyone who may edit it probe internal services
 * (server-side request forgery); redirects are not followed either ({@link WebhookConfiguration}).
 */
@Component
class WebhookAddresses {

    private final List<String> allowed;

    WebhookAddresses(@Value("${mentormatch.webhooks.allowed-hosts}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why the address may not be used, in the director's words; empty when it may. */
    Optional<String> problem(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a web address. Copy the whole webhook address from Slack or Teams.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("The address must start with https:// so that messages travel encrypted.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("This is not a webhook address. Copy the whole webhook address from Slack or Teams.");
        }
        if (!isAllowed(uri.getHost())) {
            return Optional.of("Only Slack and Microsoft Teams webhook addresses are accepted, such as "
                    + "https://hooks.slack.com/services/... or a Teams workflow address.");
        }
        return Optional.empty();
    }

    boolean isAllowed(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return allowed.stream().anyMatch(pattern -> pattern.startsWith("*.")
                ? lower.endsWith(pattern.substring(1)) && lower.length() > pattern.length() - 1
                : lower.equals(pattern));
    }

    /** What the settings page shows: the host and the last four characters, enough to tell two addresses apart. */
    static String masked(String address) {
        URI uri = URI.create(address.strip());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String tail = path.length() > 4 ? path.substring(path.length() - 4) : "";
        return "https://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…" + tail;
    }
}
