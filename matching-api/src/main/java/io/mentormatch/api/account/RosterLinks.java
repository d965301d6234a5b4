package io.mentormatch.api.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;

/**
 * Accounts and the people on rosters: the roster memberships an account page lists, and the links between an
 * account and a roster person. A link follows the roster import's rules ({@link UserAccounts#accountFor}): a roster
 * row links only to an account of its own role (residents to residents, mentors to mentors) that is on no other
 * program's roster, so that no program's roster hands an account another program's data. Every link is audited
 * under its cohort, where that program's director reads it. Reads the roster tables by SQL: the roster feature sits
 * above accounts and imports through them.
 */
@Service
public class RosterLinks {

    private static final String MEMBER = """
            select '%1$s' as role, x.id, x.cohort_id, x.code, x.name, x.email, x.user_id, c.name as cohort_name,
              c.program_id, g.name as program_name
            from %2$s x join cohort c on c.id = x.cohort_id join program g on g.id = c.program_id
            """;
    private static final String RESIDENTS = MEMBER.formatted("RESIDENT", "resident");
    private static final String MENTORS = MEMBER.formatted("MENTOR", "mentor");
    private static final String ORDER = " order by program_name, cohort_name, name";
    private static final int MAX_CANDIDATES = 25;

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final ManagedAccounts managed;
    private final CurrentActor actor;
    private final AuditLog audit;

    RosterLinks(JdbcTemplate jdbc, UserAccountRepository accounts, ManagedAccounts managed, CurrentActor actor,
                AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.managed = managed;
        this.actor = actor;
        this.audit = audit;
    }

    /** The roster memberships of an account the signed-in administrator or director manages. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public List<RosterMember> of(String username) {
        return memberships(managed.managed(username).getId());
    }

    /** The signed-in person's own roster memberships. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RosterMember> mine() {
        return memberships(actor.require().userId());
    }

    /**
     * Unlinked people on the rosters of the account's role whose name or e-mail contains {@code query}; without a
     * query, those whose roster e-mail is the account's e-mail or username (the ones the import could not link).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public List<RosterMember> candidates(String username, String query) {
        UserAccountEntity account = managed.managed(username);
        String select = select(account.getRole());
        if (select == null) {
            return List.of();
        }
        if (query == null || query.isBlank()) {
            return jdbc.query(select + " where x.user_id is null and (lower(x.email) = lower(?) or lower(x.email) = lower(?))"
                    + ORDER, RosterLinks::member, Objects.toString(account.getEmail(), ""), account.getUsername());
        }
        String like = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return jdbc.query(select + " where x.user_id is null and (lower(x.name) like ? or lower(x.email) like ?)" + ORDER
                + " limit " + MAX_CANDIDATES, RosterLinks::member, like, like);
    }

    /** Links the account to an unlinked roster person of its role; answers the account's memberships after. */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public List<RosterMember> link(String username, RosterLink link) {
        UserAccountEntity account = managed.managed(username);
        String select = select(account.getRole());
        if (select == null) {
            throw new RosterLinkRefused("only a resident's or a mentor's account can be linked to a roster");
        }
        Row row = jdbc.query(select + " where x.cohort_id = ? and x.code = ?", RosterLinks::row, link.cohortId(), link.code())
                .stream().findFirst().orElseThrow(() -> new RosterPersonNotFound(link.cohortId(), link.code()));
        if (account.getId().equals(row.userId())) {
            return memberships(account.getId());
        }
        if (row.userId() != null) {
            throw new RosterLinkRefused(row.member().name() + " is already linked to another account");
        }
        if (accounts.isOnRosterOutside(account.getId(), row.programId())) {
            throw new RosterLinkRefused("this account is on another program's roster; a roster links only to an "
                    + "account that is on no other program's roster");
        }
        connect(account, row);
        return memberships(account.getId());
    }

    /**
     * After an account is created: links it to the unlinked roster people of its role with its e-mail address, when
     * they are all in one program (the import's rule allows one program per account; with several, nobody can tell
     * which one is meant, and an administrator links it by hand). Answers how many were linked.
     */
    int linkNew(UserAccountEntity account) {
        String select = select(account.getRole());
        if (select == null || account.getEmail() == null || account.getEmail().isBlank()) {
            return 0;
        }
        List<Row> rows = jdbc.query(select + " where x.user_id is null and lower(x.email) = lower(?)", RosterLinks::row,
                account.getEmail().strip());
        if (rows.stream().map(Row::programId).distinct().count() != 1) {
            return 0;
        }
        rows.forEach(row -> connect(account, row));
        return rows.size();
    }

    /**
     * The unlinked roster person of the role with this code in the cohort: 404 for none, 409 when the person has an
     * account already.
     */
    Row unlinked(long cohortId, Role role, String code) {
        Row row = jdbc.query(select(role) + " where x.cohort_id = ? and x.code = ?", RosterLinks::row, cohortId, code)
                .stream().findFirst().orElseThrow(() -> new RosterPersonNotFound(cohortId, code));
        if (row.userId() != null) {
            throw new RosterLinkRefused(row.member().name() + " has an account already");
        }
        return row;
    }

    /** Links the account to the roster person {@link #unlinked} found. */
    void connect(long accountId, Row row) {
        connect(accounts.findById(accountId).orElseThrow(), row);
    }

    private void connect(UserAccountEntity account, Row row) {
        String table = account.getRole() == Role.RESIDENT ? "resident" : "mentor";
        int updated = jdbc.update("update " + table + " set user_id = ?, version = version + 1 where id = ? and user_id is null",
                account.getId(), row.id());
        if (updated != 1) {
            throw new RosterLinkRefused(row.member().name() + " is already linked to another account");
        }
        audit.record("roster.linked", table, row.id(), row.member().cohortId(), null,
                Map.of("username", account.getUsername(), "name", row.member().name()));
    }

    private List<RosterMember> memberships(long userId) {
        return jdbc.query(RESIDENTS + " where x.user_id = ? union all " + MENTORS + " where x.user_id = ?" + ORDER,
                RosterLinks::member, userId, userId);
    }

    private static String select(Role role) {
        return switch (role) {
            case RESIDENT -> RESIDENTS;
            case MENTOR -> MENTORS;
            default -> null;
        };
    }

    private static RosterMember member(ResultSet rs, int n) throws SQLException {
        return new RosterMember(rs.getLong("cohort_id"), rs.getString("program_name"), rs.getString("cohort_name"),
                Role.valueOf(rs.getString("role")), rs.getString("code"), rs.getString("name"), rs.getString("email"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("user_id", Long.class), rs.getLong("program_id"), member(rs, n));
    }

    record Row(long id, Long userId, long programId, RosterMember member) {
    }
}
