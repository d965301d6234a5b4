package io.mentormatch.api.mentor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.recommend.RecommendationIndexes;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.roster.MentorProfileChange;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * A mentor's own profile for a cohort: specialty, interests, availability, capacity and whether they take
 * mentees. Editable until matching starts, by the mentor or the cohort's directors.
 */
@Service
public class MentorProfileService {

    private final CohortService cohorts;
    private final Roster roster;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final RecommendationIndexes indexes;
    private final Clock clock;

    MentorProfileService(CohortService cohorts, Roster roster, CurrentActor currentActor, AuditLog audit,
                         RecommendationIndexes indexes, Clock clock) {
        this.clock = clock;
        this.cohorts = cohorts;
        this.roster = roster;
        this.currentActor = currentActor;
        this.audit = audit;
        this.indexes = indexes;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentor.value())")
    public MentorProfileView profile(long cohortId, MentorId mentor) {
        return view(cohorts.find(cohortId), find(cohortId, mentor));
    }

    @Transactional
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentor.value())")
    public MentorProfileView save(long cohortId, MentorId mentor, long version, MentorProfile profile) {
        // the index is read before any row of the cohort, as its cache asks
        RecommendationIndex index = profile.preferredResidents().isEmpty() ? null : indexes.of(cohortId);
        CohortEntity cohort = cohorts.find(cohortId);
        MentorView entity = find(cohortId, mentor);
        if (!cohort.getState().rosterEditable()) {
            throw new CohortLocked(cohort.getState(), "changing a mentor profile");
        }
        MentorProfile before = profileOf(entity);
        ConcurrentEdit.check("the mentor profile", version, entity.version(), changes(profile, before));
        List<FieldProblem> problems = new ArrayList<>();
        List<String> badSlots = profile.availability().stream().filter(slot -> WeeklyAvailability.hourOfWeek(slot) < 0).toList();
        if (!badSlots.isEmpty()) {
            problems.add(FieldProblem.of("availability", "Some of the hours you sent are not hours of"
                    + " the week. Reload the page and tick your free hours again."));
        }
        problems.addAll(PreferredResidents.problems(cohort, index, mentor, profile.preferredResidents()));
        if (!problems.isEmpty()) {
            throw new InvalidMentorProfile(problems);
        }
        MentorView saved = roster.saveProfile(entity.id(), new MentorProfileChange(profile.specialty(),
                profile.interests(), profile.availability().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
                profile.capacity(), profile.accepting(), profile.preferredResidents()), clock.instant());
        indexes.mentorSaved(cohortId, saved);
        audit.record("mentor-profile.saved", "mentor", mentor.value(), cohortId, before, profileOf(saved));
        return view(cohort, saved);
    }

    /** The signed-in person's profiles, one per cohort in which they mentor. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MentorMembership> myProfiles() {
        return roster.mentorsOfAccount(currentActor.require().userId()).stream()
                .map(m -> {
                    CohortEntity cohort = cohorts.find(m.cohortId());
                    return new MentorMembership(cohort.getId(), cohort.getName(), cohort.getState(), m.code());
                })
                .toList();
    }

    /** The signed-in person's profile in this cohort; refused when they are not one of its mentors. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MentorMembership myProfile(long cohortId) {
        return myProfiles().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a mentor of this cohort"));
    }

    private MentorView find(long cohortId, MentorId mentor) {
        return roster.mentor(cohortId, mentor.value())
                .orElseThrow(() -> new MentorNotFound(cohortId, mentor));
    }

    private static MentorProfileView view(CohortEntity cohort, MentorView m) {
        return new MentorProfileView(cohort.getId(), m.code(), m.name(), m.kind(), profileOf(m),
                cohort.getState().rosterEditable(), m.version(), m.awaitsConfirmation());
    }

    private static MentorProfile profileOf(MentorView m) {
        return new MentorProfile(m.specialty(), m.interests(), m.availability(), m.capacity(), m.accepting(),
                m.preferredResidents());
    }

    private static List<ConcurrentEdit.Change> changes(MentorProfile yours, MentorProfile current) {
        List<ConcurrentEdit.Change> changes = new ArrayList<>();
        change(changes, "specialty", yours.specialty(), current.specialty());
        change(changes, "interests", yours.interests(), current.interests());
        change(changes, "availability", yours.availability(), current.availability());
        change(changes, "capacity", yours.capacity(), current.capacity());
        change(changes, "accepting", yours.accepting(), current.accepting());
        change(changes, "preferredResidents", yours.preferredResidents(), current.preferredResidents());
        return changes;
    }

    private static void change(List<ConcurrentEdit.Change> changes, String field, Object yours, Object current) {
        if (!Objects.equals(yours, current)) {
            changes.add(new ConcurrentEdit.Change(field, yours, current));
        }
    }
}
