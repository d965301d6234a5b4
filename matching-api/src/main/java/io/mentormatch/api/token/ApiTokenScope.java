package io.mentormatch.api.token;

import java.util.Locale;

/** What a token may do: READ only GET and HEAD requests, WRITE everything its account may do. */
public enum ApiTokenScope {
    READ, WRITE;

    /** As clients write it: "read" or "write". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ApiTokenScope ofWire(String scope) {
        return valueOf(scope.toUpperCase(Locale.ROOT));
    }
}
