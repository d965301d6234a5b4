package io.mentormatch.api.access;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the current person may act on a program, cohort, resident or mentor.
 * Services use it in {@code @PreAuthorize("@access....")}, so the rule holds whether a REST controller or a web
 * page calls them. An unknown cohort is simply not one the person may act on (403 for non-admins): this does
 * not reveal which ids exist.
 */
@Component("access")
public class AccessPolicy {

    private final CurrentActor currentActor;
    private final CohortPrograms cohorts;
    private final Memberships membership;

    AccessPolicy(CurrentActor currentActor, CohortPrograms cohorts, Memberships membership) {
        this.currentActor = currentActor;
        this.cohorts = cohorts;
        this.membership = membership;
    }

    /**
     * Admins by their account as it is now (never by the authorities a session was signed in with), and the
     * system actor of background jobs, which has no account and gets its authority in code, not from a session.
     */
    public boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Optional<Actor> actor = currentActor.find();
        return actor.isPresent() ? actor.get().is(Role.ADMIN) : isSystemActor(authentication);
    }

    /** Admins and directors (of any program), by their account. */
    public boolean isManager() {
        return isAdmin() || directedProgram().isPresent();
    }

    private boolean isSystemActor(Authentication authentication) {
        return SystemActor.NAME.equals(authentication.getName()) && currentActor.account().isEmpty()
                && authentication.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    public boolean canManageProgram(Long programId) {
        return isAdmin() || programId != null && directedProgram().filter(programId::equals).isPresent();
    }

    /** Admins, and directors of the cohort's program. */
    public boolean canManageCohort(long cohortId) {
        // the cohort is read for directors only: residents and mentors, most requests, need no cohort read
        return isAdmin() || directedProgram().filter(programId -> cohorts.programOf(cohortId)
                .filter(programId::equals).isPresent()).isPresent();
    }

    /** The program the signed-in person directs, if they are a director. */
    private Optional<Long> directedProgram() {
        return currentActor.find().filter(actor -> actor.is(Role.DIRECTOR)).map(Actor::programId);
    }

    /** Those who manage the cohort, and its own mentors and residents. */
    public boolean canViewCohort(long cohortId) {
        return canManageCohort(cohortId) || isMember(cohortId);
    }

    /** The resident themself, or those who manage the cohort. */
    public boolean canActForResident(long cohortId, String residentCode) {
        return canManageCohort(cohortId) || isResident(cohortId, residentCode);
    }

    /** The mentor themself, or those who manage the cohort. */
    public boolean canActForMentor(long cohortId, String mentorCode) {
        return canManageCohort(cohortId) || isMentor(cohortId, mentorCode);
    }

    public boolean isResident(long cohortId, String residentCode) {
        Optional<Actor> actor = currentActor.find().filter(a -> a.is(Role.RESIDENT));
        return actor.isPresent() && membership.isResident(cohortId, residentCode, actor.get().userId());
    }

    public boolean isMentor(long cohortId, String mentorCode) {
        Optional<Actor> actor = currentActor.find().filter(a -> a.is(Role.MENTOR));
        return actor.isPresent() && membership.isMentor(cohortId, mentorCode, actor.get().userId());
    }

    /** The cohorts in which this person is a mentor or a resident. */
    @Transactional(readOnly = true)
    public Collection<Long> memberCohortIds(Actor actor) {
        return membership.cohortIdsOf(actor.userId());
    }

    private boolean isMember(long cohortId) {
        return currentActor.find().map(this::memberCohortIds).filter(ids -> ids.contains(cohortId)).isPresent();
    }
}
