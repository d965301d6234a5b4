package io.mentormatch.api.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.publication.Publications;

/**
 * When each survey of a published cohort is due. The first-meeting survey is due once the pair first met
 * ({@link FirstMeetingDates}); the mid-year one six months and the end-of-year one eleven months after
 * publication. A due survey stays open until the next survey of the year opens (the first-meeting one until
 * mid-year, mid-year until end of year), yet at least {@link #MINIMUM_WINDOW} after it fell due; the end-of-year
 * survey stays open {@link #LAST_WINDOW}. Only while the cohort is published (not archived) and the pairing current
 * (a published proposal that no change superseded). Once closed it can no longer be answered, and its missing
 * answers count as not answered in the response rates: it was asked, nobody answered.
 */
@Component
class SurveyCalendar {

    static final Period FIRST_MEETING_WINDOW = Period.ofWeeks(4);
    static final Period MID_YEAR = Period.ofMonths(6);
    static final Period END_OF_YEAR = Period.ofMonths(11);
    /** A pair that first met a week before mid-year still has a month to say whether it is a good fit. */
    static final Period MINIMUM_WINDOW = Period.ofWeeks(4);
    /** The end-of-year survey has no next one: it closes about a month after the academic year ends. */
    static final Period LAST_WINDOW = Period.ofWeeks(8);

    private final CohortRepository cohorts;
    private final Publications publications;
    private final ProposalRepository proposals;
    private final FirstMeetingDates firstMeetings;
    private final Clock clock;

    SurveyCalendar(CohortRepository cohorts, Publications publications, ProposalRepository proposals,
                   FirstMeetingDates firstMeetings, Clock clock) {
        this.cohorts = cohorts;
        this.publications = publications;
        this.proposals = proposals;
        this.firstMeetings = firstMeetings;
        this.clock = clock;
    }

    /** The cohort's mentoring year while surveys are answered: empty unless the cohort is published. */
    Optional<Year> year(long cohortId) {
        return year(cohortId, EnumSet.of(CohortState.PUBLISHED));
    }

    /** The published cohorts, for a check that looks at every open survey window at once. */
    List<PublishedCohort> publishedCohorts() {
        return cohorts.findByState(CohortState.PUBLISHED).stream()
                .map(c -> new PublishedCohort(c.getId(), c.getProgramId(), c.getName())).toList();
    }

    record PublishedCohort(long cohortId, long programId, String name) {
    }

    /** The year as its results report it: an archived cohort keeps its report. */
    Optional<Year> report(long cohortId) {
        return year(cohortId, EnumSet.of(CohortState.PUBLISHED, CohortState.ARCHIVED));
    }

    /**
     * Read once per read-only transaction: the health view asks for the year twice (its at-risk signals and its
     * survey summary), and each read is the cohort's live proposals and an aggregate over all its meetings. A
     * writing transaction reads afresh, as it may have just changed the pairings.
     */
    private Optional<Year> year(long cohortId, Set<CohortState> states) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read(cohortId, states);
        }
        @SuppressWarnings("unchecked")
        Map<List<Object>, Optional<Year>> read = (Map<List<Object>, Optional<Year>>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SurveyCalendar.this);
                }
            });
        }
        return read.computeIfAbsent(List.of(cohortId, states), key -> read(cohortId, states));
    }

    private Optional<Year> read(long cohortId, Set<CohortState> states) {
        boolean published = cohorts.findById(cohortId).filter(c -> states.contains(c.getState())).isPresent();
        Optional<Instant> publishedAt = published ? publications.publishedAt(cohortId) : Optional.empty();
        return publishedAt.map(at -> {
            List<ProposalEntity> current = proposals.findLive(cohortId).stream().filter(ProposalEntity::isSent).toList();
            Map<Long, Instant> met = firstMeetings.firstMeetings(cohortId, at,
                    current.stream().map(ProposalEntity::getId).toList());
            return new Year(cohortId, at, current, met, clock.instant());
        });
    }

    static Instant after(Instant start, Period period) {
        return start.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** A published cohort's current pairings and when their surveys are due, read at {@code now}. */
    record Year(long cohortId, Instant publishedAt, List<ProposalEntity> pairings, Map<Long, Instant> firstMeetings,
                Instant now) {

        Optional<ProposalEntity> pairing(long pairingId) {
            return pairings.stream().filter(p -> p.getId() == pairingId).findFirst();
        }

        Optional<Instant> dueAt(long pairingId, SurveyKind kind) {
            return switch (kind) {
                case FIRST_MEETING -> Optional.ofNullable(firstMeetings.get(pairingId));
                case MID_YEAR -> Optional.of(after(publishedAt, MID_YEAR));
                case END_OF_YEAR -> Optional.of(after(publishedAt, END_OF_YEAR));
            };
        }

        /** The end of the survey's window: from then on it can no longer be answered. */
        Optional<Instant> closesAt(long pairingId, SurveyKind kind) {
            return dueAt(pairingId, kind).map(due -> switch (kind) {
                case FIRST_MEETING -> latest(after(publishedAt, MID_YEAR), after(due, MINIMUM_WINDOW));
                case MID_YEAR -> latest(after(publishedAt, END_OF_YEAR), after(due, MINIMUM_WINDOW));
                case END_OF_YEAR -> after(due, LAST_WINDOW);
            });
        }

        /**
         * When the survey's window closes for the cohort as a whole: when the next survey opens (eight weeks after
         * the end-of-year one opened). A pair that first met just before mid-year keeps its own few weeks after it.
         */
        Instant windowClosesAt(SurveyKind kind) {
            return switch (kind) {
                case FIRST_MEETING -> after(publishedAt, MID_YEAR);
                case MID_YEAR -> after(publishedAt, END_OF_YEAR);
                case END_OF_YEAR -> after(after(publishedAt, END_OF_YEAR), LAST_WINDOW);
            };
        }

        private static Instant latest(Instant one, Instant other) {
            return one.isAfter(other) ? one : other;
        }

        /** Open for answers: due, and its window not yet closed. */
        boolean isDue(long pairingId, SurveyKind kind) {
            return hasOpened(pairingId, kind) && closesAt(pairingId, kind).filter(now::isBefore).isPresent();
        }

        /** Asked: due now or before, whether its window is still open or has closed since. */
        boolean hasOpened(long pairingId, SurveyKind kind) {
            return dueAt(pairingId, kind).filter(due -> !due.isAfter(now)).isPresent();
        }

        /**
         * The current pairings that were asked this survey, open or closed: each owes two answers, and an answer
         * missing when the window closed stays missing.
         */
        List<Long> asked(SurveyKind kind) {
            return pairings.stream().map(ProposalEntity::getId).filter(id -> hasOpened(id, kind)).toList();
        }
    }
}
