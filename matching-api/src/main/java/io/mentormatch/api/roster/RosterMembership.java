package io.mentormatch.api.roster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether an account is a given resident or mentor of a cohort. It is the access check behind most requests, so
 * it is one read of the unique (cohort, code) index, without JPA and without a transaction of its own.
 */
@Component
public class RosterMembership {

    private final JdbcTemplate jdbc;

    RosterMembership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isResident(long cohortId, String residentCode, long userId) {
        return exists("select count(*) from resident where cohort_id = ? and code = ? and user_id = ?",
                cohortId, residentCode, userId);
    }

    public boolean isMentor(long cohortId, String mentorCode, long userId) {
        return exists("select count(*) from mentor where cohort_id = ? and code = ? and user_id = ?",
                cohortId, mentorCode, userId);
    }

    private boolean exists(String countQuery, long cohortId, String code, long userId) {
        Integer rows = jdbc.queryForObject(countQuery, Integer.class, cohortId, code, userId);
        return rows != null && rows > 0;
    }
}
