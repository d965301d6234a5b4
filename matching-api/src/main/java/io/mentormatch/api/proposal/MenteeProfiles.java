package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;

/** The profiles of the residents proposed to a mentor, for the mentor's inbox. */
@Service
public class MenteeProfiles {

    private final ProposalRepository proposals;
    private final Roster roster;

    MenteeProfiles(ProposalRepository proposals, Roster roster) {
        this.proposals = proposals;
        this.roster = roster;
    }

    /** Every resident whose current proposal was sent to this mentor, by resident id. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentorCode)")
    public Map<String, MenteeProfile> forMentor(long cohortId, String mentorCode) {
        MentorView mentor = roster.mentor(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        List<Long> residentIds = proposals.findSentToMentor(mentor.id()).stream()
                .map(ProposalEntity::getResidentId).distinct().toList();
        return roster.residents(residentIds).values().stream()
                .map(MenteeProfiles::profile)
                .collect(Collectors.toMap(MenteeProfile::resident, Function.identity()));
    }

    private static MenteeProfile profile(ResidentView r) {
        return new MenteeProfile(r.code(), r.name(), r.specialty(), r.careerGoal(), r.interests(),
                r.openToOtherSpecialties());
    }
}
