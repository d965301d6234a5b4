package io.mentormatch.api.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cadence.CadenceService;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.publication.FirstMeetingSlots;
import io.mentormatch.api.publication.ICalendar;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * Mentoring families of a published cohort: in a cohort with a family size, each faculty mentor's published
 * mentees form a family that meets together, in an hour when the mentor and every member are free, at the cohort's
 * mentoring cadence.
 */
@Service
public class FamilyService {

    static final int SUGGESTED_SLOTS = 3;
    static final Duration MEETING_LENGTH = Duration.ofHours(1);
    static final int YEAR_WEEKS = 52;

    private final PairingDirectory directory;
    private final PublicationService publications;
    private final CohortService cohorts;
    private final Roster roster;
    private final CadenceService cadences;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final Clock clock;

    FamilyService(PairingDirectory directory, PublicationService publications, CohortService cohorts,
                  Roster roster, CadenceService cadences, AccessPolicy access,
                  CurrentActor actor, Clock clock) {
        this.directory = directory;
        this.publications = publications;
        this.cohorts = cohorts;
        this.roster = roster;
        this.cadences = cadences;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    /** Every family of the cohort, for those who manage it; none in a one-to-one cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<Family> families(long cohortId) {
        return of(cohortId);
    }

    /** The caller's own family: the one they are a member of, or the one they lead; empty if none. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<Family> mine(long cohortId) {
        return own(cohortId, of(cohortId));
    }

    /** Every family for those who manage the cohort, else the caller's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public VisibleFamilies visible(long cohortId) {
        List<Family> all = of(cohortId);
        if (access.canManageCohort(cohortId)) {
            return new VisibleFamilies(all, Set.of());
        }
        return new VisibleFamilies(own(cohortId, all), ownResidents(cohortId));
    }

    /**
     * The family's meetings as one recurring event from its first group slot, at the cohort's cadence for a year:
     * for its members, its mentor and those who manage the cohort.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public String calendar(long cohortId, String mentorCode) {
        Family family = of(cohortId).stream().filter(f -> f.mentor().equals(mentorCode)).findFirst()
                .orElseThrow(() -> new FamilyNotFound(cohortId, mentorCode));
        if (!access.canManageCohort(cohortId) && !access.isMentor(cohortId, mentorCode)
                && family.members().stream().noneMatch(m -> access.isResident(cohortId, m.code()))) {
            throw new AccessDeniedException("not your family");
        }
        if (family.suggestedMeetings().isEmpty()) {
            throw new NoFamilyHour(family.mentorName());
        }
        return ICalendar.file(session(cohortId, family), clock.instant());
    }

    /** The caller's families' meetings in the cohort, as {@link #calendar} gives each: for their calendar feed. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<ICalendar.Event> mySessions(long cohortId) {
        return mine(cohortId).stream().filter(f -> !f.suggestedMeetings().isEmpty()).map(f -> session(cohortId, f)).toList();
    }

    private ICalendar.Event session(long cohortId, Family family) {
        int everyWeeks = cadences.get(cohortId).everyWeeks();
        String names = family.members().stream().map(Family.Member::name).collect(Collectors.joining(", "));
        return ICalendar.Event.series(ICalendar.Uid.of("family", cohortId, "mentor", familyMentorId(cohortId, family.mentor())),
                family.suggestedMeetings().get(0), MEETING_LENGTH, everyWeeks, (YEAR_WEEKS - 1) / everyWeeks + 1,
                "Mentoring family of " + family.mentorName(),
                "Meeting of your mentoring family, every " + everyWeeks + " weeks: " + family.mentorName()
                        + " with " + names + ".");
    }

    private long familyMentorId(long cohortId, String mentorCode) {
        return roster.mentor(cohortId, mentorCode).orElseThrow(() -> new FamilyNotFound(cohortId, mentorCode))
                .id();
    }

    private List<Family> own(long cohortId, List<Family> all) {
        Set<String> you = ownResidents(cohortId);
        Set<String> led = roster.mentorsOfAccount(actor.require().userId()).stream()
                .filter(m -> m.cohortId() == cohortId).map(MentorView::code).collect(Collectors.toSet());
        return all.stream().filter(f -> led.contains(f.mentor()) || f.members().stream().anyMatch(m -> you.contains(m.code())))
                .toList();
    }

    private Set<String> ownResidents(long cohortId) {
        return roster.residentsOfAccount(actor.require().userId()).stream().filter(r -> r.cohortId() == cohortId)
                .map(ResidentView::code).collect(Collectors.toSet());
    }

    /** The families, by mentor code; a cohort not (yet) published is refused as the pairings are. */
    private List<Family> of(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        publications.get(cohortId);
        Map<String, MentorKind> kinds = roster.mentorsOf(cohortId).stream()
                .collect(Collectors.toMap(MentorView::code, MentorView::kind));
        Map<String, List<Pairing>> byMentor = directory.ofCohort(cohortId).stream()
                .filter(p -> CohortInfo.leadsFamily(cohort.getFamilySize(), kinds.get(p.mentor().code())))
                .collect(Collectors.groupingBy(p -> p.mentor().code(), TreeMap::new, Collectors.toList()));
        return byMentor.values().stream().map(FamilyService::family).toList();
    }

    /** The group slots start after the last member joined: a member added by a change of mentor joins later. */
    private static Family family(List<Pairing> pairings) {
        Pairing.Member mentor = pairings.get(0).mentor();
        List<List<String>> everyone = new ArrayList<>();
        everyone.add(mentor.availability());
        pairings.forEach(p -> everyone.add(p.resident().availability()));
        WeeklyAvailability common = FirstMeetingSlots.common(everyone);
        Instant after = pairings.stream().map(Pairing::startedAt).max(Comparator.naturalOrder()).orElseThrow();
        List<Family.Member> members = pairings.stream()
                .map(p -> new Family.Member(p.resident().code(), p.resident().name(), p.resident().email()))
                .sorted(Comparator.comparing(Family.Member::name)).toList();
        return new Family(mentor.code(), mentor.name(), mentor.email(), members, common.hours(), common.slots(),
                FirstMeetingSlots.next(common, after, pairings.get(0).zone(), SUGGESTED_SLOTS));
    }
}
