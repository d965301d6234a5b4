package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;

/** The profiles of the residents proposed to a mentor, for the mentor's inbox. */
@Service
public class MenteeProfiles {

    private final ProposalRepository proposals;
    private final MentorRepository mentors;
    private final ResidentRepository residents;

    MenteeProfiles(ProposalRepository proposals, MentorRepository mentors, ResidentRepository residents) {
        this.proposals = proposals;
        this.mentors = mentors;
        this.residents = residents;
    }

    /** Every resident whose current proposal was sent to this mentor, by resident id. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentorCode)")
    public Map<String, MenteeProfile> forMentor(long cohortId, String mentorCode) {
        MentorEntity mentor = mentors.findByCohortIdAndCode(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        List<Long> residentIds = proposals.findSentToMentor(mentor.getId()).stream()
                .map(ProposalEntity::getResidentId).distinct().toList();
        return residents.findAllById(residentIds).stream()
                .map(MenteeProfiles::profile)
                .collect(Collectors.toMap(MenteeProfile::resident, Function.identity()));
    }

    private static MenteeProfile profile(ResidentEntity r) {
        return new MenteeProfile(r.getCode(), r.getName(), r.getSpecialty(), r.getCareerGoal(), r.getInterests(),
                r.isOpenToOtherSpecialties());
    }
}
