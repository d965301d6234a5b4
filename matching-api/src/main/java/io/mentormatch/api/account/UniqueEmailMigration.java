package io.mentormatch.api.account;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V53: an e-mail address belongs to one account, whatever its case, so that a roster row or a password link can
 * never reach two people. Two accounts sharing an address are a decision for an administrator (which person is
 * which), so the migration never merges them: it stops the start-up with the list ({@link DuplicateEmails}).
 * H2 has no index on an expression, so there a generated column carries the lower-case address.
 */
@Component
class UniqueEmailMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("53");
    }

    @Override
    public String getDescription() {
        return "unique email";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> duplicates = UniqueEmailCheck.duplicates(connection);
        if (!duplicates.isEmpty()) {
            throw new DuplicateEmails(duplicates);
        }
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("create unique index uk_app_user_email on app_user (lower(email))");
            } else {
                statement.execute("alter table app_user add column email_key varchar(320) generated always as (lower(email))");
                statement.execute("create unique index uk_app_user_email on app_user (email_key)");
            }
        }
    }
}
