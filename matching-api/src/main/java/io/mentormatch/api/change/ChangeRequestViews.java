package io.mentormatch.api.change;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.mentormatch.api.change.internal.ChangeRequestEntity;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;

/** Turns change requests into views, reading the pairings, residents and mentors they name in one query each. */
@Component
class ChangeRequestViews {

    private final ProposalRepository proposals;
    private final Roster roster;

    ChangeRequestViews(ProposalRepository proposals, Roster roster) {
        this.proposals = proposals;
        this.roster = roster;
    }

    ChangeRequestView view(ChangeRequestEntity request) {
        return views(List.of(request)).get(0);
    }

    List<ChangeRequestView> views(List<ChangeRequestEntity> requests) {
        Set<Long> pairingIds = new HashSet<>();
        requests.forEach(r -> {
            pairingIds.add(r.getPairingId());
            if (r.getNewPairingId() != null) {
                pairingIds.add(r.getNewPairingId());
            }
        });
        Map<Long, ProposalEntity> pairings = byId(proposals.findAllById(pairingIds), ProposalEntity::getId);
        Map<Long, ResidentView> residentRows = roster.residents(pairings.values().stream()
                .map(ProposalEntity::getResidentId).collect(Collectors.toSet()));
        Map<Long, MentorView> mentorRows = roster.mentors(pairings.values().stream()
                .map(ProposalEntity::getMentorId).collect(Collectors.toSet()));
        return requests.stream().map(r -> {
            ProposalEntity pairing = pairings.get(r.getPairingId());
            ResidentView resident = residentRows.get(pairing.getResidentId());
            MentorView mentor = mentorRows.get(pairing.getMentorId());
            MentorView newMentor = r.getNewPairingId() == null ? null
                    : mentorRows.get(pairings.get(r.getNewPairingId()).getMentorId());
            return new ChangeRequestView(r.getId(), r.getCohortId(), r.getPairingId(), resident.code(),
                    resident.name(), mentor.code(), mentor.name(), r.getRequesterRole(), r.getReason(),
                    r.getStatus(), r.getRequestedAt(), r.getDecidedAt(), r.getDecisionReason(), r.getNewPairingId(),
                    newMentor == null ? null : newMentor.code(), newMentor == null ? null : newMentor.name(),
                    r.getVersion());
        }).toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
