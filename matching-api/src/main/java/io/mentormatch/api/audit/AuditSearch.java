package io.mentormatch.api.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.access.Actor;
import io.mentormatch.api.text.CsvCells;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;

/**
 * The audit log page's read: administrators see every entry, a director the entries of their program's cohorts
 * only (an entry of no cohort, such as an account change or a sign-in lock, is the administrators'). Newest first,
 * filtered by dates, action and who acted; times in the program's time zone. What a pair keeps private was
 * recorded without its person or pairing ({@link AuditLog#recordUnattributed}) and reads so here too.
 */
@Service
public class AuditSearch {

    private static final String FROM = """
             from audit_entry a
              left join cohort c on c.id = a.cohort_id
              left join program g on g.id = c.program_id
              left join app_user u on upper(u.username) = upper(a.actor)
            """;
    private static final String COLUMNS = "select a.id, a.occurred_at, a.actor, a.action, c.name as cohort_name, "
            + "g.name as program_name, g.time_zone, u.display_name";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final JdbcTemplate jdbc;
    private final CurrentActor actor;

    AuditSearch(JdbcTemplate jdbc, CurrentActor actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public Page<AuditRow> page(AuditFilter filter, Pageable pageable) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("select count(*)" + FROM + where.sql(), Long.class, where.args().toArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<AuditRow> rows = jdbc.query(COLUMNS + FROM + where.sql() + " order by a.occurred_at desc, a.id desc limit ? offset ?",
                AuditSearch::row, args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The actions that occur in the entries the caller may read, for the filter's choices. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public List<String> actions() {
        Where where = where(AuditFilter.NONE);
        return jdbc.queryForList("select distinct a.action" + FROM + where.sql() + " order by a.action", String.class,
                where.args().toArray());
    }

    /** Every filtered entry as CSV (Commons CSV), in words, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public String csv(AuditFilter filter) {
        Where where = where(filter);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("When", "Time zone", "Program", "Cohort", "Who", "What").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditRow r : jdbc.query(COLUMNS + FROM + where.sql() + " order by a.occurred_at, a.id", AuditSearch::row,
                    where.args().toArray())) {
                printer.printRecord(r.when(), r.zone(), CsvCells.safe(r.programName()), CsvCells.safe(r.cohortName()),
                        CsvCells.safe(r.who()), CsvCells.safe(r.what()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The caller's scope, then the filter; dates are days of the director's program (UTC for administrators). */
    private Where where(AuditFilter filter) {
        Actor me = actor.require();
        filter.requireRangeInOrder();
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        ZoneId zone = ZoneOffset.UTC;
        if (!me.is(Role.ADMIN)) {
            sql.append(" and c.program_id = ?");
            args.add(me.programId() == null ? -1L : me.programId());
            zone = programZone(me.programId());
        }
        if (filter.from() != null) {
            sql.append(" and a.occurred_at >= ?");
            args.add(java.sql.Timestamp.from(start(filter.from(), zone)));
        }
        if (filter.to() != null) {
            sql.append(" and a.occurred_at < ?");
            args.add(java.sql.Timestamp.from(start(filter.to().plusDays(1), zone)));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and a.action = ?");
            args.add(filter.action().strip());
        }
        if (filter.person() != null && !filter.person().isBlank()) {
            sql.append(" and (lower(a.actor) like ? or lower(u.display_name) like ?)");
            String like = "%" + filter.person().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
        }
        return new Where(sql.toString(), args);
    }

    private ZoneId programZone(Long programId) {
        return programId == null ? ZoneOffset.UTC : jdbc.queryForList("select time_zone from program where id = ?",
                String.class, programId).stream().findFirst().map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static AuditRow row(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        String zoneName = rs.getString("time_zone");
        ZoneId zone = zoneName == null ? ZoneOffset.UTC : ZoneId.of(zoneName);
        String name = rs.getString("display_name");
        String action = rs.getString("action");
        return new AuditRow(rs.getLong("id"), at, WHEN.format(at.atZone(zone)), zoneName == null ? "UTC" : zoneName,
                rs.getString("program_name"), rs.getString("cohort_name"), name == null ? rs.getString("actor") : name,
                action, AuditActions.words(action));
    }

    private record Where(String sql, List<Object> args) {
    }
}
