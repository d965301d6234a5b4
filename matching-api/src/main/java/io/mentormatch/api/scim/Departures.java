package io.mentormatch.api.scim;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.mentormatch.api.account.UserView;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.notification.DeprovisionMails;

/**
 * When an identity provider deprovisions a person, each of their live pairings keeps its history (meetings, goals,
 * surveys) and its program's directors hear that it lost a member: by mail and in the cohort's audit log.
 */
@Component
class Departures {

    private final PairingDirectory pairings;
    private final DeprovisionMails mails;
    private final AuditLog audit;

    Departures(PairingDirectory pairings, DeprovisionMails mails, AuditLog audit) {
        this.pairings = pairings;
        this.mails = mails;
        this.audit = audit;
    }

    /** In the transaction that disabled the account. */
    void left(UserView account) {
        for (Pairing pairing : pairings.liveOf(account.id())) {
            audit.record("pairing.member-deprovisioned", "proposal", pairing.pairingId(), pairing.cohortId(), null,
                    Map.of("member", account.displayName(), "resident", pairing.resident().name(),
                            "mentor", pairing.mentor().name()));
            mails.pairingLostMember(pairing.cohortId(), account.displayName(), pairing.resident().name(),
                    pairing.mentor().name());
        }
    }
}
