package io.mentormatch.api.account;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.mentormatch.api.access.CurrentActor;

/** The second factor's parts of the security filter chain, in one place for {@link SecurityConfiguration}. */
@Component
class SecondFactors {

    private final SecondFactorSignIn signIn;
    private final SecondFactor secondFactor;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final String enrolmentPage;
    private final Clock clock;

    SecondFactors(SecondFactorSignIn signIn, SecondFactor secondFactor, UserAccountRepository accounts,
                  ApplicationEventPublisher events,
                  @Value("${mentormatch.security.second-factor-enrolment-page:}") String enrolmentPage, Clock clock) {
        this.clock = clock;
        this.signIn = signIn;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.events = events;
        this.enrolmentPage = enrolmentPage;
    }

    SecondFactorSignIn signIn() {
        return signIn;
    }

    SecondFactorCodeFilter codeFilter() {
        return new SecondFactorCodeFilter(signIn, new AccountDetailsService(accounts, clock), events);
    }

    SecondFactorEnrolmentRequired enrolmentRequired(CurrentActor currentActor, String passwordChangePage) {
        return new SecondFactorEnrolmentRequired(currentActor, secondFactor, enrolmentPage, passwordChangePage);
    }
}
