package io.mentormatch.api.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortRepository;

/**
 * Tells a program's directors that a live pairing lost a member because the identity provider deprovisioned the
 * member's account (issue 23), in the transaction that deprovisioned it.
 */
@Component
public class DeprovisionMails {

    private final MailOutbox outbox;
    private final CohortRepository cohorts;

    DeprovisionMails(MailOutbox outbox, CohortRepository cohorts) {
        this.outbox = outbox;
        this.cohorts = cohorts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void pairingLostMember(long cohortId, String leaver, String resident, String mentor) {
        outbox.queueToDirectors(cohorts.findById(cohortId).orElseThrow(), MailTemplate.MEMBER_DEPROVISIONED, leaver,
                resident, mentor);
    }
}
