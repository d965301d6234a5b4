package io.mentormatch.api.account;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Looks for accounts sharing an e-mail address before any migration runs, while V53 ({@link UniqueEmailMigration})
 * is still to come. Refusing here rather than inside V53 leaves no failed migration in the schema history (H2
 * records one), so once an administrator has resolved the addresses, the next start simply migrates.
 */
@Component
class UniqueEmailCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            String history = context.getConfiguration().getTable();
            if (exists(connection, "app_user") && exists(connection, history) && !applied(connection, history)) {
                List<String> duplicates = duplicates(connection);
                if (!duplicates.isEmpty()) {
                    throw new DuplicateEmails(duplicates);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for accounts sharing an e-mail address", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "unique e-mail check";
    }

    /** Every address (lower case) held by more than one account, with how many. */
    static List<String> duplicates(Connection connection) throws SQLException {
        List<String> duplicates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select lower(email), count(*) from app_user where email is not null"
                     + " group by lower(email) having count(*) > 1 order by lower(email)")) {
            while (rows.next()) {
                duplicates.add(rows.getString(1) + " (" + rows.getLong(2) + " accounts)");
            }
        }
        return duplicates;
    }

    private static boolean applied(Connection connection, String history) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + history + " where version = '53' and success")) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(null, connection.getSchema(), table, null)) {
            return tables.next();
        }
    }
}
