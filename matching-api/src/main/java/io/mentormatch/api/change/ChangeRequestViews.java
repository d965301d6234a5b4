package io.mentormatch.api.change;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;

/** Turns change requests into views, reading the pairings, residents and mentors they name in one query each. */
@Component
class ChangeRequestViews {

    private final ProposalRepository proposals;
    private final ResidentRepository residents;
    private final MentorRepository mentors;

    ChangeRequestViews(ProposalRepository proposals, ResidentRepository residents, MentorRepository mentors) {
        this.proposals = proposals;
        this.residents = residents;
        this.mentors = mentors;
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
        Map<Long, ResidentEntity> residentRows = byId(residents.findAllById(pairings.values().stream()
                .map(ProposalEntity::getResidentId).collect(Collectors.toSet())), ResidentEntity::getId);
        Map<Long, MentorEntity> mentorRows = byId(mentors.findAllById(pairings.values().stream()
                .map(ProposalEntity::getMentorId).collect(Collectors.toSet())), MentorEntity::getId);
        return requests.stream().map(r -> {
            ProposalEntity pairing = pairings.get(r.getPairingId());
            ResidentEntity resident = residentRows.get(pairing.getResidentId());
            MentorEntity mentor = mentorRows.get(pairing.getMentorId());
            MentorEntity newMentor = r.getNewPairingId() == null ? null
                    : mentorRows.get(pairings.get(r.getNewPairingId()).getMentorId());
            return new ChangeRequestView(r.getId(), r.getCohortId(), r.getPairingId(), resident.getCode(),
                    resident.getName(), mentor.getCode(), mentor.getName(), r.getRequesterRole(), r.getReason(),
                    r.getStatus(), r.getRequestedAt(), r.getDecidedAt(), r.getDecisionReason(), r.getNewPairingId(),
                    newMentor == null ? null : newMentor.getCode(), newMentor == null ? null : newMentor.getName(),
                    r.getVersion());
        }).toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
