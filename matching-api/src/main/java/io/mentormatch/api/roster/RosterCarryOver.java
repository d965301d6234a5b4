package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.api.roster.internal.RosterMemberEntity;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.MentorKind;

/**
 * A new year's roster from last year's: the mentors (each to confirm their profile and capacity), the residents who
 * continue (with last year's ranking cleared), conflicts of interest, each continuing resident as a possible
 * senior-resident peer mentor (not accepting until the director turns them on), and last year's published pairs as
 * previous-pair rules.
 */
@Service
public class RosterCarryOver {

    /** Peer-mentor rows are named after the resident they are: {@code P-R001}. */
    static final String PEER_PREFIX = "P-";

    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final PairRuleRepository rules;

    RosterCarryOver(MentorRepository mentors, ResidentRepository residents, PairRuleRepository rules) {
        this.mentors = mentors;
        this.residents = residents;
        this.rules = rules;
    }

    /** The new year's carried mentors and residents: their new row ids by code. */
    public record Carried(Map<String, Long> mentorIds, Map<String, Long> residentIds) {
    }

    /**
     * Carries the roster of cohort {@code sourceId} into the new cohort {@code nextId}, written with the caller's
     * transaction. The peer mentors are not among the carried mentors.
     */
    public Carried carry(long sourceId, long nextId, Instant now) {
        Map<String, MentorEntity> mentorsByCode = carryMentors(sourceId, nextId);
        Map<String, ResidentEntity> residentsByCode = carryResidents(sourceId, nextId);
        addPeerMentors(nextId, residentsByCode, mentorsByCode.keySet(), now);
        carryConflicts(sourceId, nextId, residentsByCode, mentorsByCode, now);
        return new Carried(ids(mentorsByCode), ids(residentsByCode));
    }

    private static Map<String, Long> ids(Map<String, ? extends RosterMemberEntity> byCode) {
        Map<String, Long> ids = new HashMap<>();
        byCode.forEach((code, member) -> ids.put(code, member.getId()));
        return ids;
    }

    private Map<String, MentorEntity> carryMentors(long sourceId, long nextId) {
        Map<String, MentorEntity> carried = new HashMap<>();
        for (MentorEntity old : mentors.findByCohortIdOrderByCode(sourceId)) {
            MentorEntity mentor = new MentorEntity(nextId, old.getCode());
            copyProfile(old.getName(), old.getEmail(), old.getUserId(), old.getSpecialty(), old.getInterests(),
                    old.getAvailability(), mentor);
            mentor.setKind(old.getKind());
            mentor.setCapacity(old.getCapacity());
            mentor.setAccepting(old.isAccepting());
            mentor.setCarriedOver(true);
            carried.put(old.getCode(), mentors.save(mentor));
        }
        return carried;
    }

    private Map<String, ResidentEntity> carryResidents(long sourceId, long nextId) {
        Map<String, ResidentEntity> carried = new HashMap<>();
        for (ResidentEntity old : residents.findByCohortIdOrderByCode(sourceId)) {
            ResidentEntity resident = new ResidentEntity(nextId, old.getCode());
            copyProfile(old.getName(), old.getEmail(), old.getUserId(), old.getSpecialty(), old.getInterests(),
                    old.getAvailability(), resident);
            resident.setCareerGoal(old.getCareerGoal());
            resident.setAvoid(old.getAvoid());
            resident.setRanking(List.of());
            resident.setOpenToOtherSpecialties(old.isOpenToOtherSpecialties());
            carried.put(old.getCode(), residents.save(resident));
        }
        return carried;
    }

    /** A conflict of interest (a supervisor, an evaluator) outlasts the year; a decline does not. */
    private void carryConflicts(long sourceId, long nextId, Map<String, ResidentEntity> residentsByCode,
                                Map<String, MentorEntity> mentorsByCode, Instant now) {
        Map<Long, String> residentCodes = codes(residents.findByCohortIdOrderByCode(sourceId));
        Map<Long, String> mentorCodes = codes(mentors.findByCohortIdOrderByCode(sourceId));
        for (PairRuleEntity conflict : rules.findByCohortIdAndKind(sourceId, PairRuleKind.CONFLICT)) {
            rules.save(new PairRuleEntity(nextId, PairRuleKind.CONFLICT,
                    residentsByCode.get(residentCodes.get(conflict.getResidentId())).getId(),
                    mentorsByCode.get(mentorCodes.get(conflict.getMentorId())).getId(), conflict.getReason(), now));
        }
    }

    private static Map<Long, String> codes(List<? extends RosterMemberEntity> members) {
        Map<Long, String> codes = new HashMap<>();
        members.forEach(member -> codes.put(member.getId(), member.getCode()));
        return codes;
    }

    /**
     * Residents moving on to PGY-2+ may mentor the new year's residents: each gets a senior-resident row, not
     * accepting until the director turns it on, and a conflict with themselves so nobody mentors themselves.
     */
    private void addPeerMentors(long nextId, Map<String, ResidentEntity> residentsByCode, Set<String> mentorCodes,
                                Instant now) {
        List<PairRuleEntity> themselves = new ArrayList<>();
        for (ResidentEntity resident : residentsByCode.values()) {
            String code = PEER_PREFIX + resident.getCode();
            if (code.length() > TextLimits.CODE || mentorCodes.contains(code)) {
                continue;
            }
            MentorEntity peer = new MentorEntity(nextId, code);
            copyProfile(resident.getName(), null, null, resident.getSpecialty(), resident.getInterests(),
                    resident.getAvailability(), peer);
            peer.setKind(MentorKind.SENIOR_RESIDENT);
            peer.setCapacity(1);
            peer.setAccepting(false);
            peer = mentors.save(peer);
            themselves.add(new PairRuleEntity(nextId, PairRuleKind.CONFLICT, resident.getId(), peer.getId(),
                    "same person", now));
        }
        // after the peers: a mentor's identity insert between two rules would cut their JDBC batch short
        rules.saveAll(themselves);
    }

    private static void copyProfile(String name, String email, Long userId, String specialty, List<String> interests,
                                    List<String> availability, RosterMemberEntity to) {
        to.setName(name);
        to.setEmail(email);
        to.setUserId(userId);
        to.setSpecialty(specialty);
        to.setInterests(interests);
        to.setAvailability(availability);
    }
}
