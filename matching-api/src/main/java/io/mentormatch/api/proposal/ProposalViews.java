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
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/** Turns proposal rows into the views the director and the mentors see; shared by the proposal use cases. */
@Component
class ProposalViews {

    private final Roster roster;
    private final Clock clock;

    ProposalViews(Roster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    /** The whole roster of the cohort, read once per request. */
    Names names(long cohortId) {
        return new Names(byId(roster.residentsOf(cohortId), ResidentView::id),
                byId(roster.mentorsOf(cohortId), MentorView::id));
    }

    /** Only the residents and mentors these rows name, e.g. for one page of a list. */
    Names names(Collection<ProposalEntity> rows) {
        return new Names(roster.residents(rows.stream().map(ProposalEntity::getResidentId).distinct().toList()),
                roster.mentors(rows.stream().map(ProposalEntity::getMentorId).distinct().toList()));
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
        ResidentView resident = names.resident(p.getResidentId());
        MentorView mentor = names.mentor(p.getMentorId());
        return view(cohort, p, resident, mentor, null, reasons(p, Audience.MENTOR, resident, mentor));
    }

    private ProposalView view(CohortEntity cohort, ProposalEntity p, Names names, Map<String, MentorKind> kinds) {
        ResidentView resident = names.resident(p.getResidentId());
        MentorView mentor = names.mentor(p.getMentorId());
        return view(cohort, p, resident, mentor, rank(cohort, resident, mentor, kinds),
                reasons(p, Audience.DIRECTOR, resident, mentor));
    }

    private ProposalView view(CohortEntity cohort, ProposalEntity p, ResidentView resident, MentorView mentor,
                              Integer rank, List<String> reasons) {
        Instant respondBy = p.isSent() ? respondBy(cohort, p) : null;
        boolean overdue = p.isOpen() && clock.instant().isAfter(respondBy);
        Layer layer = cohort.layerOf(mentor.kind());
        return new ProposalView(p.getId(), resident.code(), resident.name(), mentor.code(), mentor.name(),
                p.getState(), p.getPairScore(), FitScale.of(cohort, layer).percent(p.getPairScore()), rank, reasons,
                p.isPinned(), p.getSentAt(), respondBy, overdue,
                p.getDecisionReason(), p.getDecidedAt(), p.getVersion(), layer);
    }

    /** The stored reasons (the resident's words) in the reader's words. */
    private static List<String> reasons(ProposalEntity p, Audience reader, ResidentView resident,
                                        MentorView mentor) {
        return PairExplainer.forAudience(p.getReasons(), reader, resident.name(), mentor.name());
    }

    /** With peer mentoring, every mentor's kind by code: a ranking position counts within the mentor's layer. */
    private Map<String, MentorKind> kinds(CohortEntity cohort) {
        return cohort.isPeerMentoring() ? roster.mentorsOf(cohort.getId()).stream()
                .collect(Collectors.toMap(MentorView::code, MentorView::kind)) : Map.of();
    }

    /** The mentor's 1-based place in the resident's ranking among the mentors of its layer, as the explanation says. */
    private static int rank(CohortEntity cohort, ResidentView resident, MentorView mentor,
                            Map<String, MentorKind> kinds) {
        if (!cohort.isPeerMentoring()) {
            return resident.ranking().indexOf(mentor.code()) + 1;
        }
        Layer layer = cohort.layerOf(mentor.kind());
        return resident.ranking().stream()
                .filter(code -> kinds.containsKey(code) && cohort.layerOf(kinds.get(code)) == layer).toList()
                .indexOf(mentor.code()) + 1;
    }

    /** A resident without a current pairing, as the review list shows one. */
    static ProposalView unmatched(UnmatchedResident r) {
        return unmatched(r.code(), r.name(), Layer.PRIMARY);
    }

    /** A resident without a current pairing in this layer. */
    static ProposalView unmatched(ResidentView r, Layer layer) {
        return unmatched(r.code(), r.name(), layer);
    }

    private static ProposalView unmatched(String code, String name, Layer layer) {
        return new ProposalView(null, code, name, null, null, null, null, null, 0, List.of(), false,
                null, null, false, null, null, null, layer);
    }

    static Instant respondBy(CohortEntity cohort, ProposalEntity p) {
        return p.getSentAt().plus(Duration.ofDays(cohort.getResponseWindowDays()));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Residents and mentors by id and by code: every lookup is a map lookup. */
    record Names(Map<Long, ResidentView> residents, Map<Long, MentorView> mentors,
                 Map<String, ResidentView> residentsByCode, Map<String, MentorView> mentorsByCode) {

        Names(Map<Long, ResidentView> residents, Map<Long, MentorView> mentors) {
            this(residents, mentors,
                    residents.values().stream().collect(Collectors.toMap(ResidentView::code, Function.identity())),
                    mentors.values().stream().collect(Collectors.toMap(MentorView::code, Function.identity())));
        }

        ResidentView resident(long id) {
            return Objects.requireNonNull(residents.get(id));
        }

        MentorView mentor(long id) {
            return Objects.requireNonNull(mentors.get(id));
        }

        MentorView mentorByCode(String code) {
            return Objects.requireNonNull(mentorsByCode.get(code));
        }
    }
}
