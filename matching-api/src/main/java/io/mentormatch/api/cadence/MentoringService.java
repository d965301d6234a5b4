package io.mentormatch.api.cadence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;

/** What a resident or mentor sees of their own mentoring year. */
@Service
public class MentoringService {

    private final PairingDirectory directory;
    private final CadenceService cadences;

    MentoringService(PairingDirectory directory, CadenceService cadences) {
        this.directory = directory;
        this.cadences = cadences;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyPairing> myPairings() {
        Map<Long, List<Pairing>> byCohort = directory.mine().stream()
                .collect(Collectors.groupingBy(Pairing::cohortId));
        List<MyPairing> out = new ArrayList<>();
        byCohort.forEach((cohortId, pairings) -> cadences.assess(cohortId, pairings, false).values()
                .forEach(a -> out.add(view(a))));
        out.sort((a, b) -> Long.compare(a.pairingId(), b.pairingId()));
        return out;
    }

    private MyPairing view(CadenceService.Assessed a) {
        Pairing p = a.pairing();
        return new MyPairing(p.cohortId(), p.cohortName(), p.pairingId(),
                new MyPairing.Person(p.resident().code(), p.resident().name()),
                new MyPairing.Person(p.mentor().code(), p.mentor().name()),
                a.health().status(), a.health().nextMeetingDue(), a.tally().meetings(),
                directory.side(p).orElse(false), p.layer());
    }
}
