package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;

/**
 * What an import did, or would do on a dry run.
 *
 * @param problems every bad row with its line number; an import with problems changes nothing
 * @param notices  rows imported as asked but worth a look, e.g. one left unlinked from an existing account; they never
 *                 name another account's role or program
 */
public record ImportReport(boolean dryRun, int rows, int created, int updated, List<FieldProblem> problems,
                           List<FieldProblem> notices) {

    /** Why a row stays unlinked, in the same words whatever the account is, so that the report reveals nothing of it. */
    public static final String ACCOUNT_EXISTS = "an account with this e-mail exists; an administrator can link it";

    public ImportReport(boolean dryRun, int rows, int created, int updated, List<FieldProblem> problems) {
        this(dryRun, rows, created, updated, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
