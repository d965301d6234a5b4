package io.mentormatch.api.account;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Whom the owner of a disabled account can ask to enable it again: the directors of the programs whose rosters the
 * account is on, by name; none (the page then says "the administrator") for anyone else. Asked only for the
 * username of an {@link AccountDisabled} refusal, which follows the right password: nobody learns through it
 * whether an account exists, is disabled, or who runs its program, without that password.
 */
@Service
public class DisabledAccountHelp {

    private static final String DIRECTORS = """
            select distinct d.display_name from app_user d
            where d.role = 'DIRECTOR' and d.enabled = true and d.program_id in (
              select c.program_id from cohort c join resident r on r.cohort_id = c.id
                join app_user u on u.id = r.user_id where upper(u.username) = upper(?)
              union
              select c.program_id from cohort c join mentor m on m.cohort_id = c.id
                join app_user u on u.id = m.user_id where upper(u.username) = upper(?))
            order by d.display_name""";

    private final JdbcTemplate jdbc;

    DisabledAccountHelp(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> directorsOf(AccountDisabled refusal) {
        return jdbc.queryForList(DIRECTORS, String.class, refusal.username(), refusal.username());
    }
}
