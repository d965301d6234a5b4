package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The identity providers a sign-in page offers: those configured under
 * {@code spring.security.oauth2.client.registration.<id>}, when {@code mentormatch.security.oidc.enabled} is on
 * (the condition under which {@link SecurityConfiguration} turns single sign-on on). Empty otherwise.
 */
@Component
public class OidcProviders {

    private final List<Provider> providers;

    OidcProviders(@Value("${mentormatch.security.oidc.enabled:false}") boolean enabled,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        // Boot's repository is iterable; a hand-made one that is not lists no providers
        if (enabled && registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(client.getAuthorizationGrantType())) {
                    found.add(new Provider(client.getClientName(),
                            "/oauth2/authorization/" + client.getRegistrationId()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    /**
     * @param name       what the person knows the provider as ({@code ...registration.<id>.client-name})
     * @param signInPath where a browser starts signing in with it
     */
    public record Provider(String name, String signInPath) {
    }
}
