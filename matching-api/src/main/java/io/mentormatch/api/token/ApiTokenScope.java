package io.mentormatch.api.token;

import java.util.Locale;

/**
 * What a token may do: READ only GET and HEAD requests, WRITE everything its account may do, SCIM only the SCIM
 * provisioning endpoints under {@code /scim/v2} (an administrator's token, one per identity provider), and nothing
 * under {@code /api}: a token an identity provider holds must not be a general administrator's key.
 */
public enum ApiTokenScope {
    READ, WRITE, SCIM;

    /** As clients write it: "read", "write" or "scim". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ApiTokenScope ofWire(String scope) {
        return valueOf(scope.toUpperCase(Locale.ROOT));
    }
}
