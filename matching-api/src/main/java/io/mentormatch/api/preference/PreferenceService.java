package io.mentormatch.api.preference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortDataVersion;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentForm;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * A resident's preference form: read, save (until the deadline, every version kept), history and recommended
 * mentors. The resident acts on their own form; the cohort's directors may act on any form of the cohort.
 */
@Service
public class PreferenceService {

    private static final int MAX_RECOMMENDATIONS = 20;

    private final CohortService cohorts;
    private final CohortDataVersion dataVersion;
    private final Roster roster;
    private final PreferenceFormVersionRepository versions;
    private final MentorRecommender recommender;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    PreferenceService(CohortService cohorts, CohortDataVersion dataVersion, Roster roster,
                      PreferenceFormVersionRepository versions, MentorRecommender recommender,
                      CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.cohorts = cohorts;
        this.dataVersion = dataVersion;
        this.roster = roster;
        this.versions = versions;
        this.recommender = recommender;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForResident(#cohortId, #resident.value())")
    public PreferenceFormView form(long cohortId, ResidentId resident) {
        CohortEntity cohort = cohorts.find(cohortId);
        return view(cohort, find(cohortId, resident));
    }

    /**
     * Many residents save at once before the deadline: the cohort is only share-locked (a director's change waits
     * for the saves in flight, the state and deadline checked here hold until the commit) and the save is counted
     * apart from the cohort's other changes ({@link CohortDataVersion#countAsFormSave}), so saves do not queue on the
     * cohort row.
     *
     * @param version the version of the form the client read; a stale one is refused with what changed
     * @throws PreferencesClosed        when the cohort is not open for preferences
     * @throws PreferenceDeadlinePassed from the deadline on
     * @throws InvalidPreferences       naming every problem of the form at once
     */
    @Transactional
    @PreAuthorize("@access.canActForResident(#cohortId, #resident.value())")
    public PreferenceFormView save(long cohortId, ResidentId resident, long version, PreferenceForm form) {
        CohortEntity cohort = cohorts.sharedCohort(cohortId);
        ResidentView entity = find(cohortId, resident);
        dataVersion.countAsFormSave(cohortId, entity.id());
        if (cohort.getState() != CohortState.OPEN_FOR_PREFERENCES) {
            throw new PreferencesClosed(cohort.getState());
        }
        Instant now = clock.instant();
        if (deadlinePassed(cohort, now)) {
            throw new PreferenceDeadlinePassed(cohort.getPreferenceDeadline());
        }
        PreferenceForm before = formOf(entity);
        ConcurrentEdit.check("the preference form", version, entity.version(), changes(form, before));
        List<FieldProblem> problems = problems(cohort, form);
        if (!problems.isEmpty()) {
            throw new InvalidPreferences(problems);
        }
        ResidentView saved = roster.saveForm(entity.id(), new ResidentForm(form.careerGoal(), form.interests(),
                form.availability().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(), form.ranking(), form.avoid(),
                form.openToOtherSpecialties()), now);
        int number = (int) versions.countByResidentId(saved.id()) + 1;
        versions.save(new PreferenceFormVersionEntity(saved.id(), number, formOf(saved), now, currentActor.name()));
        audit.record("preference-form.saved", "resident", resident.value(), cohortId, before, formOf(saved));
        return view(cohort, saved, number);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForResident(#cohortId, #resident.value())")
    public List<PreferenceVersionView> versions(long cohortId, ResidentId resident) {
        return versions.findByResidentIdOrderByNumberAsc(find(cohortId, resident).id()).stream()
                .map(PreferenceVersionView::of).toList();
    }

    /** Served from the cohort's cached index after the access check and the stamp read: no transaction. */
    @PreAuthorize("@access.canActForResident(#cohortId, #resident.value())")
    public List<RecommendedMentor> recommendations(long cohortId, ResidentId resident, int limit) {
        return recommender.recommend(cohortId, resident, Math.max(1, Math.min(limit, MAX_RECOMMENDATIONS)));
    }

    /**
     * Mentors for the form as the resident is typing it, nothing saved. No transaction: the cached index needs
     * none while the cohort's data is unchanged.
     *
     * @throws InvalidPreferences when the draft breaks a rule a save would check, naming every problem
     */
    @PreAuthorize("@access.canActForResident(#cohortId, #resident.value())")
    public List<RecommendedMentor> draftRecommendations(long cohortId, ResidentId resident, PreferenceForm draft,
                                                        int limit) {
        List<FieldProblem> problems = problems(cohorts.find(cohortId), draft);
        if (!problems.isEmpty()) {
            throw new InvalidPreferences(problems);
        }
        return recommender.recommendDraft(cohortId, () -> find(cohortId, resident), draft,
                Math.max(1, Math.min(limit, MAX_RECOMMENDATIONS)));
    }

    /** The signed-in person's forms, one per cohort in which they are a resident. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ResidentMembership> myForms() {
        return roster.residentsOfAccount(currentActor.require().userId()).stream()
                .map(r -> {
                    CohortEntity cohort = cohorts.find(r.cohortId());
                    return new ResidentMembership(cohort.getId(), cohort.getName(), cohort.getState(), r.code(),
                            closedEarly(cohort), cohort.getPreferencesClosedAt());
                })
                .toList();
    }

    /** The signed-in person's form in this cohort; refused when they are not one of its residents. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ResidentMembership myForm(long cohortId) {
        return myForms().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a resident of this cohort"));
    }

    private ResidentView find(long cohortId, ResidentId resident) {
        return roster.resident(cohortId, resident.value())
                .orElseThrow(() -> new ResidentNotFound(cohortId, resident));
    }

    private PreferenceFormView view(CohortEntity cohort, ResidentView r) {
        return view(cohort, r, versions.countByResidentId(r.id()));
    }

    private PreferenceFormView view(CohortEntity cohort, ResidentView r, long savedVersions) {
        boolean editable = cohort.getState() == CohortState.OPEN_FOR_PREFERENCES && !deadlinePassed(cohort, clock.instant());
        return new PreferenceFormView(cohort.getId(), r.code(), r.name(), r.specialty(),
                cohort.getPreferenceDeadline(), editable, cohort.getMaxRankedMentors(), formOf(r), r.formSavedAt(),
                savedVersions, r.version());
    }

    private static boolean deadlinePassed(CohortEntity cohort, Instant now) {
        return cohort.getPreferenceDeadline() != null && !now.isBefore(cohort.getPreferenceDeadline());
    }

    private static PreferenceForm formOf(ResidentView r) {
        return new PreferenceForm(r.careerGoal(), r.interests(), r.availability(), r.ranking(),
                r.avoid(), r.openToOtherSpecialties());
    }

    /**
     * The rules a field annotation cannot check, each problem a sentence naming the mentor: known mentors, mentors
     * taking mentees, the ranking limit, nobody both ranked and avoided, well-formed slots.
     */
    private List<FieldProblem> problems(CohortEntity cohort, PreferenceForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, MentorView> known = roster.mentorsOf(cohort.getId(),
                Stream.concat(form.ranking().stream(), form.avoid().stream()).collect(Collectors.toSet()));
        int max = cohort.getMaxRankedMentors();
        if (form.ranking().size() > max) {
            problems.add(FieldProblem.of("ranking", "You ranked " + form.ranking().size() + " mentors; this program"
                    + " allows at most " + max + ". Remove " + (form.ranking().size() - max) + " of them."));
        }
        Set<String> seen = new HashSet<>();
        for (String code : form.ranking()) {
            MentorView mentor = known.get(code);
            if (mentor == null) {
                problems.add(FieldProblem.of("ranking", "A mentor in your ranking is no longer in this cohort. Remove"
                        + " them from your ranking."));
            } else if (!seen.add(code)) {
                problems.add(FieldProblem.of("ranking", mentor.name() + " is in your ranking twice. Keep one."));
            } else if (!mentor.accepting()) {
                problems.add(FieldProblem.of("ranking", mentor.name() + " is not taking mentees this year, so you"
                        + " cannot rank them. Remove them from your ranking."));
            }
            if (mentor != null && form.avoid().contains(code)) {
                problems.add(FieldProblem.of("avoid", "You ranked " + mentor.name() + " and also asked never to get"
                        + " them. Choose one."));
            }
        }
        if (form.avoid().stream().anyMatch(code -> !known.containsKey(code))) {
            problems.add(FieldProblem.of("avoid", "A mentor you asked never to get is no longer in this cohort. Reload"
                    + " the page and check the list."));
        }
        if (form.availability().stream().anyMatch(slot -> WeeklyAvailability.hourOfWeek(slot) < 0)) {
            problems.add(FieldProblem.of("availability", "Some of the hours you sent are not hours of the week. Reload"
                    + " the page and tick your free hours again."));
        }
        return problems;
    }

    private static List<ConcurrentEdit.Change> changes(PreferenceForm yours, PreferenceForm current) {
        List<ConcurrentEdit.Change> changes = new ArrayList<>();
        change(changes, "careerGoal", yours.careerGoal(), current.careerGoal());
        change(changes, "interests", yours.interests(), current.interests());
        change(changes, "availability", yours.availability(), current.availability());
        change(changes, "ranking", yours.ranking(), current.ranking());
        change(changes, "avoid", yours.avoid(), current.avoid());
        change(changes, "openToOtherSpecialties", yours.openToOtherSpecialties(), current.openToOtherSpecialties());
        return changes;
    }

    private static void change(List<ConcurrentEdit.Change> changes, String field, Object yours, Object current) {
        if (!Objects.equals(yours, current)) {
            changes.add(new ConcurrentEdit.Change(field, yours, current));
        }
    }

    /** Whether the forms closed before the deadline (when the closing time is not kept: with the deadline ahead). */
    private boolean closedEarly(CohortEntity cohort) {
        Instant deadline = cohort.getPreferenceDeadline();
        if (cohort.getState().takesPreferences() || deadline == null) {
            return false;
        }
        Instant closed = cohort.getPreferencesClosedAt();
        return (closed == null ? clock.instant() : closed).isBefore(deadline);
    }
}
