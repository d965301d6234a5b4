package io.mentormatch.api.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.MinimalChangeRematch;

/**
 * The minimal-change re-match of the engine ({@link MinimalChangeRematch}) on a stored cohort: who would move if the
 * residents needing a new mentor get one and at most k others may change mentor to make it better. The current
 * pairings are the live proposals (drafts, sent, accepted); accepted and pinned ones stay unless the director names
 * their resident. It changes nothing and checks no role: the use case that calls it authorises, locks and stores.
 */
@Service
public class MinimalChangePreview {

    /** More than a handful of residents moving for one change is a new matching run, not a re-match. */
    public static final int MAX_OTHER_MOVES = 5;

    private final ProposalRepository proposals;
    private final CohortAssembler assembler;
    private final ProposalViews views;

    MinimalChangePreview(ProposalRepository proposals, CohortAssembler assembler, ProposalViews views) {
        this.proposals = proposals;
        this.assembler = assembler;
        this.views = views;
    }

    /**
     * @param needing       resident id to the ids of the mentors that resident must not get (their current one is
     *                      never offered anyway)
     * @param k             how many other residents may move, 0 to {@link #MAX_OTHER_MOVES}
     * @param allowAccepted codes of residents with an accepted pairing the director lets move
     * @param layer         the mentoring layer the moves happen in: only its pairings and mentors take part
     * @throws InvalidRematchRequest when k is out of range or a code names no resident of the cohort
     */
    @Transactional(readOnly = true)
    public RematchPreview preview(long cohortId, Map<Long, Set<Long>> needing, int k, Collection<String> allowAccepted,
                                  Layer layer) {
        return compute(cohortId, needing, k, allowAccepted, layer, null);
    }

    /**
     * As {@link #preview}, for a resident re-matched after a decline: their current pairing, if any, is the decline's
     * automatic re-match and not one to keep, so its seat counts as free and its mentor may be chosen again (then the
     * resident stays). Their move shows that pairing as "from", with its pair score before.
     *
     * @param excludedMentorIds the mentors who declined the resident
     */
    @Transactional(readOnly = true)
    public RematchPreview reopen(long cohortId, long residentId, Set<Long> excludedMentorIds, int k,
                                 Collection<String> allowAccepted, Layer layer) {
        return compute(cohortId, Map.of(residentId, excludedMentorIds), k, allowAccepted, layer, residentId);
    }

    private RematchPreview compute(long cohortId, Map<Long, Set<Long>> needing, int k,
                                   Collection<String> allowAccepted, Layer layer, Long reopened) {
        ProposalViews.Names names = views.names(cohortId);
        List<String> allowed = allowAccepted.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct()
                .toList();
        check(k, allowed, names);
        List<ProposalEntity> live = proposals.findLive(cohortId);
        Cohort cohort = assembler.toCore(cohortId, layer);
        Set<String> layerMentors = cohort.mentors().stream().map(m -> m.id().value()).collect(Collectors.toSet());
        Map<String, ProposalEntity> pairingOf = new HashMap<>();
        Map<ResidentId, MentorId> current = new HashMap<>();
        Set<ResidentId> accepted = new HashSet<>();
        for (ProposalEntity p : live.stream()
                .filter(p -> layerMentors.contains(names.mentor(p.getMentorId()).code())).toList()) {
            String resident = names.resident(p.getResidentId()).code();
            pairingOf.put(resident, p);
            if (p.getResidentId().equals(reopened)) {
                continue;
            }
            current.put(new ResidentId(resident), new MentorId(names.mentor(p.getMentorId()).code()));
            if (isAccepted(p)) {
                accepted.add(new ResidentId(resident));
            }
        }
        Map<ResidentId, Set<MentorId>> need = needing.entrySet().stream().collect(Collectors.toMap(
                e -> new ResidentId(names.resident(e.getKey()).code()),
                e -> e.getValue().stream().map(m -> new MentorId(names.mentor(m).code())).collect(Collectors.toSet())));
        MinimalChangeRematch.Result result = MinimalChangeRematch.solve(
                MinimalChangeRematch.Request.of(cohort, current, accepted, need).allowingMoves(k)
                        .allowingAcceptedToMove(allowed.stream().map(ResidentId::new).collect(Collectors.toSet())));
        PairScorer scorer = reopened == null ? null : PairScorer.of(cohort);
        List<RematchPreview.Move> moves = result.moves().stream()
                .map(move -> move(move, names, pairingOf.get(move.resident().value()), scorer)).toList();
        long change = moves.stream().mapToLong(RematchPreview.Move::scoreChange).sum();
        return new RematchPreview(k, allowed, moves, result.othersMoved(), change, result.optimal(), stamp(live));
    }

    /** The stamp of the cohort's current pairings, as {@link RematchPreview#stamp} carries it. */
    @Transactional(readOnly = true)
    public String currentStamp(long cohortId) {
        return stamp(proposals.findLive(cohortId));
    }

    /** Accepted by the mentor, or pinned by the director: either way, it stays without the director's say. */
    static boolean isAccepted(ProposalEntity p) {
        return p.getState() == ProposalState.ACCEPTED || p.isPinned();
    }

    private static void check(int k, List<String> allowed, ProposalViews.Names names) {
        List<FieldProblem> problems = new ArrayList<>();
        if (k < 0 || k > MAX_OTHER_MOVES) {
            problems.add(FieldProblem.of("k", "Choose how many other residents may move: a number from 0 to " + MAX_OTHER_MOVES + "."));
        }
        if (allowed.size() > TextLimits.MENTOR_CODES) {
            problems.add(FieldProblem.of("allowAccepted", "Name at most " + TextLimits.MENTOR_CODES + " residents."));
        }
        Set<String> unknown = new LinkedHashSet<>(allowed);
        unknown.removeAll(names.residentsByCode().keySet());
        if (!unknown.isEmpty() && allowed.size() <= TextLimits.MENTOR_CODES) {
            problems.add(FieldProblem.of("allowAccepted", "No resident of this cohort has the code "
                    + String.join(", ", unknown) + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRematchRequest(problems);
        }
    }

    /**
     * The engine's move with the stored names; with a scorer, the resident's pairing was set aside ({@link #reopen}),
     * so the move is from that pairing's mentor (the engine saw none).
     */
    private static RematchPreview.Move move(MinimalChangeRematch.Move move, ProposalViews.Names names,
                                            ProposalEntity pairing, PairScorer scorer) {
        ResidentView resident = names.residentsByCode().get(move.resident().value());
        MentorView from = move.from() != null ? names.mentorByCode(move.from().value())
                : scorer != null && pairing != null ? names.mentor(pairing.getMentorId()) : null;
        MentorView to = move.to() == null ? null : names.mentorByCode(move.to().value());
        int before = move.from() == null && from != null
                ? scorer.score(scorer.residentIndex(move.resident()), scorer.mentorIndex(new MentorId(from.code())))
                : move.scoreBefore();
        return new RematchPreview.Move(resident.id(), resident.code(), resident.name(),
                pairing == null ? null : pairing.getId(), from == null ? null : from.code(),
                from == null ? null : from.name(), to == null ? null : to.id(), to == null ? null : to.code(),
                to == null ? null : to.name(), before, move.scoreAfter(), move.scoreAfter() - before,
                move.needed(), pairing != null && isAccepted(pairing), move.reasons());
    }

    /** Every live pairing's id, mentor, state and version: any change to the current pairings changes it. */
    private static String stamp(List<ProposalEntity> live) {
        String text = live.stream().map(p -> p.getId() + ":" + p.getMentorId() + ":" + p.getState() + ":"
                + p.isPinned() + ":" + p.getVersion()).collect(Collectors.joining(","));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException everyJavaHasSha256) {
            throw new IllegalStateException(everyJavaHasSha256);
        }
    }
}
