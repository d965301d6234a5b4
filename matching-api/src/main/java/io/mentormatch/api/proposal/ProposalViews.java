package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/** Turns proposal rows into the views the director and the mentors see; shared by the proposal use cases. */
@Component
class ProposalViews {

    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final Clock clock;

    ProposalViews(ResidentRepository residents, MentorRepository mentors, Clock clock) {
        this.residents = residents;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** The whole roster of the cohort, read once per request. */
    Names names(long cohortId) {
        return new Names(byId(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getId),
                byId(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getId));
    }

    /** Only the residents and mentors these rows name, e.g. for one page of a list. */
    Names names(Collection<ProposalEntity> rows) {
        return new Names(byId(residents.findAllById(rows.stream().map(ProposalEntity::getResidentId).distinct().toList()),
                ResidentEntity::getId),
                byId(mentors.findAllById(rows.stream().map(ProposalEntity::getMentorId).distinct().toList()),
                        MentorEntity::getId));
    }

    /** The rows as the director reads them. */
    List<ProposalView> views(CohortEntity cohort, List<ProposalEntity> rows, Names names) {
        Map<String, MentorKind> kinds = kinds(cohort);
        return rows.stream().map(p -> view(cohort, p, names, kinds)).toList();
    }

    /** The row as the director reads it. */
    ProposalView view(CohortEntity cohort, ProposalEntity p, Names names) {
        return view(cohort, p, names, kinds(cohort));
    }

    /** The mentor's copy: the reasons in the mentor's words, and how the resident ranked them left out. */
    ProposalView mentorView(CohortEntity cohort, ProposalEntity p, Names names) {
        ResidentEntity resident = names.resident(p.getResidentId());
        MentorEntity mentor = names.mentor(p.getMentorId());
        return view(cohort, p, resident, mentor, null, reasons(p, Audience.MENTOR, resident, mentor));
    }

    private ProposalView view(CohortEntity cohort, ProposalEntity p, Names names, Map<String, MentorKind> kinds) {
        ResidentEntity resident = names.resident(p.getResidentId());
        MentorEntity mentor = names.mentor(p.getMentorId());
        return view(cohort, p, resident, mentor, rank(cohort, resident, mentor, kinds),
                reasons(p, Audience.DIRECTOR, resident, mentor));
    }

    private ProposalView view(CohortEntity cohort, ProposalEntity p, ResidentEntity resident, MentorEntity mentor,
                              Integer rank, List<String> reasons) {
        Instant respondBy = p.isSent() ? respondBy(cohort, p) : null;
        boolean overdue = p.isOpen() && clock.instant().isAfter(respondBy);
        Layer layer = cohort.layerOf(mentor.getKind());
        return new ProposalView(p.getId(), resident.getCode(), resident.getName(), mentor.getCode(), mentor.getName(),
                p.getState(), p.getPairScore(), FitScale.of(cohort, layer).percent(p.getPairScore()), rank, reasons,
                p.isPinned(), p.getSentAt(), respondBy, overdue,
                p.getDecisionReason(), p.getDecidedAt(), p.getVersion(), layer);
    }

    /** The stored reasons (the resident's words) in the reader's words. */
    private static List<String> reasons(ProposalEntity p, Audience reader, ResidentEntity resident,
                                        MentorEntity mentor) {
        return PairExplainer.forAudience(p.getReasons(), reader, resident.getName(), mentor.getName());
    }

    /** With peer mentoring, every mentor's kind by code: a ranking position counts within the mentor's layer. */
    private Map<String, MentorKind> kinds(CohortEntity cohort) {
        return cohort.isPeerMentoring() ? mentors.findByCohortIdOrderByCode(cohort.getId()).stream()
                .collect(Collectors.toMap(MentorEntity::getCode, MentorEntity::getKind)) : Map.of();
    }

    /** The mentor's 1-based place in the resident's ranking among the mentors of its layer, as the explanation says. */
    private static int rank(CohortEntity cohort, ResidentEntity resident, MentorEntity mentor,
                            Map<String, MentorKind> kinds) {
        if (!cohort.isPeerMentoring()) {
            return resident.getRanking().indexOf(mentor.getCode()) + 1;
        }
        Layer layer = cohort.layerOf(mentor.getKind());
        return resident.getRanking().stream()
                .filter(code -> kinds.containsKey(code) && cohort.layerOf(kinds.get(code)) == layer).toList()
                .indexOf(mentor.getCode()) + 1;
    }

    /** A resident without a current pairing, as the review list shows one. */
    static ProposalView unmatched(ResidentEntity r) {
        return unmatched(r, Layer.PRIMARY);
    }

    /** A resident without a current pairing in this layer. */
    static ProposalView unmatched(ResidentEntity r, Layer layer) {
        return new ProposalView(null, r.getCode(), r.getName(), null, null, null, null, null, 0, List.of(), false,
                null, null, false, null, null, null, layer);
    }

    static Instant respondBy(CohortEntity cohort, ProposalEntity p) {
        return p.getSentAt().plus(Duration.ofDays(cohort.getResponseWindowDays()));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Residents and mentors by id and by code: every lookup is a map lookup. */
    record Names(Map<Long, ResidentEntity> residents, Map<Long, MentorEntity> mentors,
                 Map<String, ResidentEntity> residentsByCode, Map<String, MentorEntity> mentorsByCode) {

        Names(Map<Long, ResidentEntity> residents, Map<Long, MentorEntity> mentors) {
            this(residents, mentors,
                    residents.values().stream().collect(Collectors.toMap(ResidentEntity::getCode, Function.identity())),
                    mentors.values().stream().collect(Collectors.toMap(MentorEntity::getCode, Function.identity())));
        }

        ResidentEntity resident(long id) {
            return Objects.requireNonNull(residents.get(id));
        }

        MentorEntity mentor(long id) {
            return Objects.requireNonNull(mentors.get(id));
        }

        MentorEntity mentorByCode(String code) {
            return Objects.requireNonNull(mentorsByCode.get(code));
        }
    }
}
