package io.mentormatch.api;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.mentormatch.api.TestData.World;

/**
 * Puts a test world into a later stage of the workflow straight through SQL, for tests about who may call what
 * rather than about how the stage is reached: a finished run, proposals R1-F1 and R2-F2, a publication.
 */
@Component
public class Pairings {

    static final String RESULT_JSON = """
            {"mode":"optimal","score":"0hard/0medium/100soft","feasible":true,
             "bound":{"pairScoreUpperBound":100,"gapPercent":0.0},
             "assignments":[{"resident":"R1","mentor":"F1","pairScore":50,"reasons":["Same specialty"]},
                            {"resident":"R2","mentor":"F2","pairScore":50,"reasons":["Same specialty"]}],
             "unassigned":[],"blockingPairs":0,"stats":{"residents":2,"mentors":2,"solveMillis":1}}""";

    private final JdbcTemplate jdbc;

    Pairings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the finished run and of the proposals R1-F1 and R2-F2. */
    public record Stage(long runId, long proposalR1, long proposalR2) {
    }

    /** A finished run and its two proposals sent to the mentors; the cohort is PROPOSED. */
    public Stage proposed(World world) {
        return stage(world, "PROPOSED", "PROPOSED");
    }

    /**
     * As {@link #proposed}, with F1 having declined R1 (the pair banned) and R1 left without a mentor; returns the
     * declined proposal's id.
     */
    public long declined(World world) {
        Stage stage = proposed(world);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("update proposal set state = 'DECLINED', decision_reason = 'no time', decided_at = ? where id = ?",
                now, stage.proposalR1());
        jdbc.update("""
                insert into pair_rule (cohort_id, kind, resident_id, mentor_id, reason, created_at)
                select cohort_id, 'DECLINED', resident_id, mentor_id, 'no time', ? from proposal where id = ?""",
                now, stage.proposalR1());
        return stage.proposalR1();
    }

    /** Turns on the cohort setting "Re-propose declines automatically": a decline proposes the re-match at once. */
    public void reproposeDeclines(World world) {
        jdbc.update("update cohort set repropose_declines = true where id = ?", world.cohortId());
    }

    /** A run waiting in the queue (with no Quartz job behind it); the cohort is MATCHING. */
    public long queuedRun(World world) {
        jdbc.update("""
                insert into matching_run (cohort_id, active_cohort_id, status, mode, time_limit_seconds, requested_by,
                  requested_at) values (?, ?, 'QUEUED', 'OPTIMAL', 5, 'test', ?)""",
                world.cohortId(), world.cohortId(), Timestamp.from(Instant.now()));
        jdbc.update("update cohort set state = 'MATCHING' where id = ?", world.cohortId());
        return jdbc.queryForObject("select max(id) from matching_run where cohort_id = ?", Long.class, world.cohortId());
    }

    /** A finished run and its two proposals as unsent drafts; the cohort is MATCHING. */
    public Stage drafts(World world) {
        Stage stage = stage(world, "PROPOSED", "MATCHING");
        jdbc.update("update proposal set sent_at = null where cohort_id = ?", world.cohortId());
        return stage;
    }

    /**
     * As {@link #drafts}, with the mentors of R1 and R2 swapped on the review page (R1-F2, R2-F1) and the swap kept,
     * revertable; the conflict of interest between R2 and F1 is lifted first. Returns the swap's id.
     */
    public long swapped(World world) {
        Stage stage = drafts(world);
        jdbc.update("delete from pair_rule where cohort_id = ? and kind = 'CONFLICT'", world.cohortId());
        long f1 = jdbc.queryForObject("select mentor_id from proposal where id = ?", Long.class, stage.proposalR1());
        long f2 = jdbc.queryForObject("select mentor_id from proposal where id = ?", Long.class, stage.proposalR2());
        jdbc.update("update proposal set mentor_id = ? where id = ?", f2, stage.proposalR1());
        jdbc.update("update proposal set mentor_id = ? where id = ?", f1, stage.proposalR2());
        jdbc.update("""
                insert into applied_swap (cohort_id, first_proposal_id, second_proposal_id, first_mentor_id,
                  second_mentor_id, applied_at, applied_by) values (?, ?, ?, ?, ?, ?, 'test')""",
                world.cohortId(), stage.proposalR1(), stage.proposalR2(), f1, f2, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from applied_swap where cohort_id = ?", Long.class, world.cohortId());
    }

    /** As {@link #proposed}, with both proposals accepted and the cohort PUBLISHED. */
    public Stage published(World world) {
        Stage stage = stage(world, "ACCEPTED", "PUBLISHED");
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) values (?, ?, 'test', false)",
                world.cohortId(), Timestamp.from(Instant.now()));
        return stage;
    }

    /** As {@link #published}, in a cohort of mentoring families of up to three: F1 leads R1's family, F2 leads R2's. */
    public Stage publishedFamilies(World world) {
        Stage stage = published(world);
        jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId());
        return stage;
    }

    /** As {@link #published}, with an open change request of resident R1 on the pairing R1-F1; returns its id. */
    public long changeRequested(World world) {
        Stage stage = published(world);
        jdbc.update("""
                insert into change_request (cohort_id, pairing_id, requested_by, requester_role, reason, status,
                  requested_at) values (?, ?, ?, 'RESIDENT', 'We never find a time to meet', 'OPEN', ?)""",
                world.cohortId(), stage.proposalR1(), world.resident1(), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from change_request where cohort_id = ?", Long.class, world.cohortId());
    }

    /**
     * As {@link #published}, but published this many days ago: the check-in surveys of the mentoring year fall due
     * four weeks (first meeting), six months and eleven months after publication.
     */
    public Stage publishedDaysAgo(World world, int days) {
        Stage stage = published(world);
        jdbc.update("update publication set published_at = ? where cohort_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days))), world.cohortId());
        return stage;
    }

    /** As {@link #published}, with the publication and the pairings' start moved back to the given instant. */
    public Stage publishedAt(World world, Instant at) {
        Stage stage = published(world);
        jdbc.update("update publication set published_at = ? where cohort_id = ?", Timestamp.from(at), world.cohortId());
        jdbc.update("update proposal set sent_at = ? where cohort_id = ?", Timestamp.from(at), world.cohortId());
        return stage;
    }

    /** A meeting of a published pairing, logged today by its resident (or mentor) with a private note; returns its id. */
    public long meeting(World world, long pairingId, boolean byMentor) {
        jdbc.update("""
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, note, logged_by,
                  logged_by_mentor, logged_at) values (?, ?, ?, 45, 'VIDEO', '["Research"]', 'private note', ?, ?, ?)""",
                world.cohortId(), pairingId, Date.valueOf(LocalDate.now(ZoneOffset.UTC)),
                byMentor ? world.mentor1() : world.resident1(), byMentor, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from mentoring_meeting where pairing_id = ?", Long.class, pairingId);
    }

    /** A goal of a published pairing; returns its id. */
    public long goal(World world, long pairingId) {
        jdbc.update("""
                insert into mentoring_goal (cohort_id, pairing_id, text, competency, status)
                values (?, ?, 'private goal text', 'PROFESSIONALISM', 'IN_PROGRESS')""", world.cohortId(), pairingId);
        return jdbc.queryForObject("select max(id) from mentoring_goal where pairing_id = ?", Long.class, pairingId);
    }

    /** One more proposal, sent, of a run of the world; returns its id. */
    public long sent(World world, long runId, String resident, String mentor) {
        return proposal(world.cohortId(), runId, resident, mentor, "PROPOSED", Timestamp.from(Instant.now()));
    }

    /** Makes the world's cohort a next year's cohort in which R1 continues and had F1 last year; returns nothing. */
    public void continuing(World world) {
        jdbc.update("""
                insert into pair_rule (cohort_id, kind, resident_id, mentor_id, created_at)
                select r.cohort_id, 'PREVIOUS', r.id, m.id, ? from resident r join mentor m on m.cohort_id = r.cohort_id
                where r.cohort_id = ? and r.code = 'R1' and m.code = 'F1'""", Timestamp.from(Instant.now()), world.cohortId());
    }

    /** R1's request to keep F1 in a {@link #continuing} cohort; returns its id. */
    public long continuityRequest(World world) {
        continuing(world);
        jdbc.update("""
                insert into continuity_request (cohort_id, resident_id, mentor_id, requested_at)
                select r.cohort_id, r.id, m.id, ? from resident r join mentor m on m.cohort_id = r.cohort_id
                where r.cohort_id = ? and r.code = 'R1' and m.code = 'F1'""", Timestamp.from(Instant.now()), world.cohortId());
        return jdbc.queryForObject("select max(id) from continuity_request where cohort_id = ?", Long.class, world.cohortId());
    }

    private Stage stage(World world, String proposalState, String cohortState) {
        long cohortId = world.cohortId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into matching_run (cohort_id, status, mode, time_limit_seconds, score, pair_score_sum, bound,
                  gap_percent, blocking_pairs, result_json, requested_by, requested_at, started_at, finished_at)
                values (?, 'SUCCEEDED', 'OPTIMAL', 5, '0hard/0medium/100soft', 100, 100, 0, 0, ?, 'test', ?, ?, ?)""",
                cohortId, RESULT_JSON, now, now, now);
        long runId = jdbc.queryForObject("select max(id) from matching_run where cohort_id = ?", Long.class, cohortId);
        long r1 = proposal(cohortId, runId, "R1", "F1", proposalState, now);
        long r2 = proposal(cohortId, runId, "R2", "F2", proposalState, now);
        jdbc.update("update cohort set state = ? where id = ?", cohortState, cohortId);
        return new Stage(runId, r1, r2);
    }

    private long proposal(long cohortId, long runId, String resident, String mentor, String state, Timestamp sentAt) {
        long residentId = jdbc.queryForObject("select id from resident where cohort_id = ? and code = ?", Long.class, cohortId, resident);
        long mentorId = jdbc.queryForObject("select id from mentor where cohort_id = ? and code = ?", Long.class, cohortId, mentor);
        jdbc.update("""
                insert into proposal (cohort_id, run_id, resident_id, mentor_id, state, pair_score, reasons, sent_at)
                values (?, ?, ?, ?, ?, 50, '["Same specialty"]', ?)""", cohortId, runId, residentId, mentorId, state, sentAt);
        return jdbc.queryForObject("select max(id) from proposal where resident_id = ?", Long.class, residentId);
    }
}
