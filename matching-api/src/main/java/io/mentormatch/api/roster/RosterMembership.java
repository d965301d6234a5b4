package io.mentormatch.api.roster;

import java.util.Collection;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.mentormatch.api.access.Memberships;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentRepository;

/**
 * Whether an account is a given resident or mentor of a cohort, for {@code AccessPolicy}. It is the access check
 * behind most requests, so it is one read of the unique (cohort, code) index, without JPA and without a
 * transaction of its own.
 */
@Component
class RosterMembership implements Memberships {

    private final JdbcTemplate jdbc;
    private final MentorRepository mentors;
    private final ResidentRepository residents;

    RosterMembership(JdbcTemplate jdbc, MentorRepository mentors, ResidentRepository residents) {
        this.jdbc = jdbc;
        this.mentors = mentors;
        this.residents = residents;
    }

    @Override
    public boolean isResident(long cohortId, String residentCode, long userId) {
        return exists("select count(*) from resident where cohort_id = ? and code = ? and user_id = ?",
                cohortId, residentCode, userId);
    }

    @Override
    public boolean isMentor(long cohortId, String mentorCode, long userId) {
        return exists("select count(*) from mentor where cohort_id = ? and code = ? and user_id = ?",
                cohortId, mentorCode, userId);
    }

    @Override
    public Collection<Long> cohortIdsOf(long userId) {
        TreeSet<Long> ids = new TreeSet<>();
        mentors.findByUserId(userId).forEach(m -> ids.add(m.getCohortId()));
        residents.findByUserId(userId).forEach(r -> ids.add(r.getCohortId()));
        return ids;
    }

    private boolean exists(String countQuery, long cohortId, String code, long userId) {
        Integer rows = jdbc.queryForObject(countQuery, Integer.class, cohortId, code, userId);
        return rows != null && rows > 0;
    }
}
