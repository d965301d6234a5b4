package io.mentormatch.api.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortCache;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.cohort.ProgramZones;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.text.CsvCells;
import io.mentormatch.api.text.CsvValues;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.publication.internal.PublicationEntity;
import io.mentormatch.api.publication.internal.PublicationRepository;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.explain.Audience;

/**
 * Publishes a cohort's pairings and shows them: to the director as a list and a CSV file, to each resident and
 * mentor with the explanation, suggested first meetings and an iCalendar file for the first one.
 */
@Service
public class PublicationService {

    static final int SUGGESTED_SLOTS = 3;
    static final Duration MEETING_LENGTH = Duration.ofHours(1);

    private final PublicationRepository publications;
    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ProgramZones zones;
    private final Roster roster;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CohortCache<Pairings> pairings;

    PublicationService(PublicationRepository publications, ProposalRepository proposals, CohortService cohorts,
                       ProgramZones zones, Roster roster,
                       AuditLog audit, AccessPolicy access, CurrentActor actor, ApplicationEventPublisher events,
                       Clock clock, PlatformTransactionManager transactions) {
        this.publications = publications;
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.zones = zones;
        this.roster = roster;
        this.audit = audit;
        this.access = access;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
        this.pairings = new CohortCache<>(cohorts, transactions);
    }

    /**
     * Publishes the pairings. Refused while sent proposals are unanswered, unless the director overrides with a
     * reason; the override is in the audit log and on the publication.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public PublicationView publish(long cohortId, PublishRequest request) {
        if (request.override() && (request.reason() == null || request.reason().isBlank())) {
            throw new OverrideNeedsReason();
        }
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "publishing");
        }
        List<ProposalEntity> live = proposals.findLive(cohortId);
        // a re-match draft the director has not sent waits for nobody's answer: it neither blocks nor is published
        long open = live.stream().filter(ProposalEntity::isOpen).count();
        if (open > 0 && !request.override()) {
            throw new ProposalsStillOpen(open);
        }
        boolean overrode = open > 0;
        PublicationEntity publication = publications.saveAndFlush(new PublicationEntity(cohortId, clock.instant(),
                actor.name(), overrode, overrode ? request.reason().strip() : null));
        cohorts.advance(cohortId, CohortState.PUBLISHED);
        PublicationView view = view(publication, published(live).size());
        audit.record(overrode ? "cohort.published-with-override" : "cohort.published", "publication",
                publication.getId(), cohortId, Map.of("state", CohortState.PROPOSED, "openProposals", open), view);
        events.publishEvent(new CohortPublished(cohortId));
        return view;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public PublicationView get(long cohortId) {
        cohorts.find(cohortId);
        PublicationEntity publication = publications.findByCohortId(cohortId).orElseThrow(() -> new NotPublished(cohortId));
        return view(publication, published(proposals.findLive(cohortId)).size());
    }

    /** The cohorts the signed-in person may see whose pairings are published. */
    public List<CohortView> publishedCohorts() {
        return cohorts.all(Sort.by("id")).stream().filter(c -> c.state().published()).toList();
    }

    /** Every published pairing, for the director. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<PublishedPairing> pairings(long cohortId) {
        return pairings(cohortId, Audience.DIRECTOR);
    }

    private List<PublishedPairing> pairings(long cohortId, Audience reader) {
        return publishedPairings(cohortId).all().stream().map(p -> p.forReader(reader)).toList();
    }

    /**
     * The published pairings the signed-in person may read: every pairing for those who manage the cohort, else
     * their own, as its resident or as its mentor.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public VisiblePairings visiblePairings(long cohortId) {
        List<PublishedPairing> all = publishedPairings(cohortId).all();
        if (access.canManageCohort(cohortId)) {
            return new VisiblePairings(all.stream().map(p -> p.forReader(Audience.DIRECTOR)).toList(), true);
        }
        long userId = actor.require().userId();
        Set<String> ownResidents = roster.residentsOfAccount(userId).stream().filter(r -> r.cohortId() == cohortId)
                .map(ResidentView::code).collect(Collectors.toSet());
        Set<String> ownMentors = roster.mentorsOfAccount(userId).stream().filter(m -> m.cohortId() == cohortId)
                .map(MentorView::code).collect(Collectors.toSet());
        return new VisiblePairings(all.stream()
                .filter(p -> ownResidents.contains(p.resident()) || ownMentors.contains(p.mentor()))
                .map(p -> p.forReader(ownResidents.contains(p.resident()) ? Audience.PAIRED_RESIDENT : Audience.MENTOR))
                .toList(), false);
    }

    /** Served from memory after the access check and the stamp read: the most frequent read on publication day. */
    @PreAuthorize("@access.canActForResident(#cohortId, #residentCode)")
    public PublishedPairing forResident(long cohortId, String residentCode) {
        PublishedPairing pairing = publishedPairings(cohortId).byResident().get(residentCode);
        if (pairing == null) {
            throw new PairingNotFound(cohortId, residentCode);
        }
        return pairing.forReader(Audience.PAIRED_RESIDENT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentorCode)")
    public List<PublishedPairing> forMentor(long cohortId, String mentorCode) {
        Context context = context(cohortId);
        MentorView mentor = roster.mentor(cohortId, mentorCode)
                .orElseThrow(() -> new PairingNotFound(cohortId, mentorCode));
        return published(proposals.findLive(cohortId)).stream()
                .filter(p -> p.getMentorId().equals(mentor.id())).map(context::pairing)
                .map(PublishedPairing::forMentor).toList();
    }

    /** The first suggested meeting of one pairing, for its resident, its mentor or the director. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public String firstMeetingCalendar(long cohortId, long pairingId) {
        Context context = context(cohortId);
        ProposalEntity proposal = published(proposals.findLive(cohortId)).stream()
                .filter(p -> p.getId() == pairingId).findFirst()
                .orElseThrow(() -> new PairingNotFound(cohortId, "pairing " + pairingId));
        PublishedPairing pairing = context.pairing(proposal);
        if (!access.canManageCohort(cohortId) && !access.isResident(cohortId, pairing.resident())
                && !access.isMentor(cohortId, pairing.mentor())) {
            throw new AccessDeniedException("not your pairing");
        }
        if (pairing.suggestedFirstMeetings().isEmpty()) {
            throw new NoCommonAvailability(pairing.residentName(), pairing.mentorName());
        }
        // one file for both members, and forwarded as invitations are: it never says how the resident ranked
        pairing = pairing.forReader(Audience.CALENDAR);
        return ICalendar.event(ICalendar.Uid.of("pairing", pairingId, "first-meeting"), context.publishedAt,
                pairing.suggestedFirstMeetings().get(0), MEETING_LENGTH,
                "Mentoring: " + pairing.residentName() + " and " + pairing.mentorName(),
                "First meeting of your mentoring pairing.\n" + String.join("\n", pairing.reasons()));
    }

    /** The published pairings as CSV, with every cell safe to open in a spreadsheet. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public String csv(long cohortId) {
        List<PublishedPairing> pairings = pairings(cohortId, Audience.EXPORT);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("resident", "resident_name", "mentor", "mentor_name",
                "state", "fit_percent", "reasons", CsvValues.inZone("first_meeting", zone(cohorts.find(cohortId))),
                "layer").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PublishedPairing p : pairings) {
                printer.printRecord(CsvCells.safe(p.resident()), CsvCells.safe(p.residentName()),
                        CsvCells.safe(p.mentor()), CsvCells.safe(p.mentorName()), PairingWords.state(p.state()),
                        p.fitPercent(), CsvCells.safe(String.join("; ", p.reasons())),
                        p.suggestedFirstMeetings().isEmpty() ? "" : CsvValues.dateTime(p.suggestedFirstMeetings().get(0)),
                        PairingWords.layer(p.layer()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Every resident reads their pairing on publication day: the cohort's pairings are rendered once, and again
     * only when the cohort's data changes (a late acceptance or decline after an override, a new time zone).
     */
    private Pairings publishedPairings(long cohortId) {
        return pairings.get(cohortId, id -> {
            Context context = context(id);
            return Pairings.of(published(proposals.findLive(id)).stream().map(context::pairing).toList());
        });
    }

    /** Published pairings: accepted ones, and sent ones still unanswered when the director overrode. */
    private static List<ProposalEntity> published(List<ProposalEntity> live) {
        return live.stream().filter(p -> p.isSent()).toList();
    }

    private Context context(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        PublicationEntity publication = publications.findByCohortId(cohortId).orElseThrow(() -> new NotPublished(cohortId));
        return new Context(publication.getPublishedAt(), zone(cohort),
                roster.residentsOf(cohortId).stream().collect(Collectors.toMap(ResidentView::id, Function.identity())),
                roster.mentorsOf(cohortId).stream().collect(Collectors.toMap(MentorView::id, Function.identity())),
                cohort);
    }

    private ZoneId zone(CohortEntity cohort) {
        return zones.ofProgram(cohort.getProgramId());
    }

    private static PublicationView view(PublicationEntity p, int pairings) {
        return new PublicationView(p.getCohortId(), p.getPublishedAt(), p.getPublishedBy(), p.isOverrodeOpenProposals(),
                p.getOverrideReason(), pairings);
    }

    /**
     * @param byResident each resident's published pairing with their (faculty) mentor, as a resident reads it; with
     *                   peer mentoring, a resident's peer pairing is among {@code all}
     */
    private record Pairings(List<PublishedPairing> all, Map<String, PublishedPairing> byResident) {

        static Pairings of(List<PublishedPairing> all) {
            return new Pairings(all, all.stream().collect(Collectors.toUnmodifiableMap(PublishedPairing::resident,
                    Function.identity(), (first, later) -> first.peer() && !later.peer() ? later : first)));
        }
    }

    private record Context(Instant publishedAt, ZoneId zone, Map<Long, ResidentView> residents,
                           Map<Long, MentorView> mentors, CohortEntity cohort) {

        PublishedPairing pairing(ProposalEntity p) {
            ResidentView r = residents.get(p.getResidentId());
            MentorView m = mentors.get(p.getMentorId());
            WeeklyAvailability common = FirstMeetingSlots.common(List.of(r.availability(), m.availability()));
            Layer layer = cohort.layerOf(m.kind());
            return new PublishedPairing(p.getId(), r.code(), r.name(), r.email(), m.code(), m.name(),
                    m.email(), m.specialty(), p.getState(), p.getPairScore(),
                    FitScale.of(cohort, layer).percent(p.getPairScore()), p.getReasons(),
                    FirstMeetingSlots.next(common, publishedAt, zone, SUGGESTED_SLOTS), layer);
        }
    }
}
