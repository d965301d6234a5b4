package io.mentormatch.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.account.UserAccountEntity;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.cohort.CohortState;

/**
 * The account behind the signed-in name is read once per request, so a change to it (a disabled account above all)
 * applies to the person's next request, whatever session they hold.
 */
@SpringBootTest
class CurrentActorTest {

    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()));

    @Autowired
    TestData data;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    AccessPolicy access;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TransactionTemplate tx;

    /** A new request signed in under this name, as a form, HTTP Basic or a session would present it. */
    private <T> T inRequestAs(String name, Supplier<T> work) {
        return inRequest(UsernamePasswordAuthenticationToken.authenticated(name, null, AUTHORITIES), work);
    }

    private <T> T inRequest(Authentication authentication, Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private Optional<Actor> actorSignedInAs(String name) {
        return inRequestAs(name, currentActor::find);
    }

    @Test
    void findsTheAccountByItsUserNameInAnyCase() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        UserAccountEntity director = accounts.findByUsernameIgnoreCase(world.director()).orElseThrow();

        Actor expected = new Actor(director.getId(), director.getUsername(), Role.DIRECTOR, world.programId());
        assertThat(actorSignedInAs(world.director())).contains(expected);
        assertThat(actorSignedInAs(world.director().toUpperCase(Locale.ROOT))).contains(expected);
        assertThat(actorSignedInAs("nobody-" + world.director())).isEmpty();
    }

    @Test
    void findsASingleSignOnByTheUserNameOfItsLinkedAccountNeverByTheEmail() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        String email = accounts.findByUsernameIgnoreCase(world.resident1()).orElseThrow().getEmail();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer("https://idp.example.org")
                .subject("subject-" + world.resident1()).claim("email", email).claim("email_verified", true).build();
        // as OidcAccounts presents the person: the provider's claims, named by the linked account's username
        OidcUser linked = new DefaultOidcUser(AUTHORITIES, idToken, IdTokenClaimNames.SUB) {
            @Override
            public String getName() {
                return world.resident1();
            }
        };

        assertThat(inRequest(new OAuth2AuthenticationToken(linked, AUTHORITIES, "hospital"), currentActor::find))
                .map(Actor::username).contains(world.resident1());
        assertThat(inRequest(new OAuth2AuthenticationToken(new DefaultOidcUser(AUTHORITIES, idToken, StandardClaimNames.EMAIL),
                AUTHORITIES, "hospital"), currentActor::find)).isEmpty();
        assertThat(actorSignedInAs(email)).isEmpty();
    }

    @Test
    void refusesADisabledAccountOnItsNextRequest() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        assertThat(inRequestAs(world.resident1(), () -> access.isResident(world.cohortId(), "R1"))).isTrue();

        tx.executeWithoutResult(status -> accounts.findByUsernameIgnoreCase(world.resident1()).orElseThrow().setEnabled(false));

        assertThat(actorSignedInAs(world.resident1())).isEmpty();
        assertThat(inRequestAs(world.resident1(), () -> access.isResident(world.cohortId(), "R1"))).isFalse();
    }

    @Test
    void knowsEachResidentAndMentorOnlyAsThemself() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        assertThat(inRequestAs(world.resident1(), () -> access.isResident(world.cohortId(), "R1"))).isTrue();
        assertThat(inRequestAs(world.resident1(), () -> access.isResident(world.cohortId(), "R2"))).isFalse();
        assertThat(inRequestAs(world.mentor1(), () -> access.isMentor(world.cohortId(), "F1"))).isTrue();
        assertThat(inRequestAs(world.mentor1(), () -> access.isMentor(world.cohortId(), "F2"))).isFalse();
        assertThat(inRequestAs(world.mentor1(), () -> access.isResident(world.cohortId(), "R1"))).isFalse();
        assertThat(inRequestAs(world.resident1(), () -> access.isResident(world.cohortId() + 1_000_000, "R1"))).isFalse();
    }
}
