package io.mentormatch.api.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorKind;

/**
 * Finds published pairings in one read each (no entity graph): a whole cohort's for the dashboard and the
 * reminder job, one for a request, a person's own for "my pairings". Also the one check that the caller is one
 * of the two people of a pairing: only they log meetings, read notes and goals.
 */
@Component
public class PairingDirectory {

    private static final String FROM = """
            select p.id, p.cohort_id, c.program_id, c.name as cohort_name, g.time_zone, pub.published_at, p.sent_at,
              r.code as r_code, r.name as r_name, r.email as r_email, r.user_id as r_user, r.availability as r_slots,
              m.code as m_code, m.name as m_name, m.email as m_email, m.user_id as m_user, m.availability as m_slots,
              m.kind as m_kind, c.peer_mentoring
            from proposal p
              join cohort c on c.id = p.cohort_id
              join program g on g.id = c.program_id
              join publication pub on pub.cohort_id = p.cohort_id
              join resident r on r.id = p.resident_id
              join mentor m on m.id = p.mentor_id
            """;
    private static final String SELECT = FROM + """
            where p.superseded_at is null and p.state <> 'DECLINED' and p.sent_at is not null
            """;

    private final JdbcTemplate jdbc;
    private final CurrentActor actor;

    PairingDirectory(JdbcTemplate jdbc, CurrentActor actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    /** Every published pairing of the cohort, by id. */
    public List<Pairing> ofCohort(long cohortId) {
        return jdbc.query(SELECT + " and p.cohort_id = ? order by p.id", PairingDirectory::pairing, cohortId);
    }

    /**
     * The cohort's pairings that ended in the mentoring year (a change of mentor), by id: their meetings and goals
     * stay part of the program's year.
     */
    public List<Pairing> endedOfCohort(long cohortId) {
        return jdbc.query(FROM + " where p.ended_at is not null and p.cohort_id = ? order by p.id",
                PairingDirectory::pairing, cohortId);
    }

    public Pairing find(long cohortId, long pairingId) {
        return jdbc.query(SELECT + " and p.cohort_id = ? and p.id = ?", PairingDirectory::pairing, cohortId, pairingId)
                .stream().findFirst().orElseThrow(() -> new PairingNotFound(cohortId, "pairing " + pairingId));
    }

    /** The caller's current pairings: published cohorts only, an archived year is over. */
    public List<Pairing> mine() {
        Actor me = actor.require();
        String side = me.is(Role.RESIDENT) ? "r.user_id" : me.is(Role.MENTOR) ? "m.user_id" : null;
        if (side == null) {
            return List.of();
        }
        return jdbc.query(SELECT + " and c.state = 'PUBLISHED' and " + side + " = ? order by p.cohort_id, p.id",
                PairingDirectory::pairing, me.userId());
    }

    /**
     * The live pairings of a person, on either side: those of published cohorts (an archived year is over), for
     * the directors to hear which ones lose a member when the person leaves.
     */
    public List<Pairing> liveOf(long userId) {
        return jdbc.query(SELECT + " and c.state = 'PUBLISHED' and p.ended_at is null and (r.user_id = ? or m.user_id = ?)"
                + " order by p.cohort_id, p.id", PairingDirectory::pairing, userId, userId);
    }

    /** The pairing, if the caller is its resident or its mentor; else 403, also to the director and admins. */
    public Pairing ownPairing(long cohortId, long pairingId) {
        Pairing pairing = find(cohortId, pairingId);
        side(pairing).orElseThrow(() -> new AccessDeniedException("only the pair itself may do this"));
        return pairing;
    }

    /** Which side of the pairing the caller is on: true for the mentor, false for the resident. */
    public Optional<Boolean> side(Pairing pairing) {
        Optional<Actor> me = actor.find();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        long userId = me.get().userId();
        if (me.get().is(Role.RESIDENT) && Long.valueOf(userId).equals(pairing.resident().userId())) {
            return Optional.of(false);
        }
        if (me.get().is(Role.MENTOR) && Long.valueOf(userId).equals(pairing.mentor().userId())) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private static Pairing pairing(ResultSet row, int n) throws SQLException {
        Instant published = row.getTimestamp("published_at").toInstant();
        Instant sent = row.getTimestamp("sent_at").toInstant();
        return new Pairing(row.getLong("id"), row.getLong("cohort_id"), row.getLong("program_id"),
                row.getString("cohort_name"), ZoneId.of(row.getString("time_zone")),
                sent.isAfter(published) ? sent : published,
                new Pairing.Member(row.getString("r_code"), row.getString("r_name"), row.getString("r_email"),
                        row.getObject("r_user", Long.class), row.getString("r_slots")),
                new Pairing.Member(row.getString("m_code"), row.getString("m_name"), row.getString("m_email"),
                        row.getObject("m_user", Long.class), row.getString("m_slots")),
                Layer.of(row.getBoolean("peer_mentoring"), MentorKind.valueOf(row.getString("m_kind"))));
    }
}
