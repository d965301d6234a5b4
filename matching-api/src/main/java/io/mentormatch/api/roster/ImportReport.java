package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;

/**
 * What an import did, or would do on a dry run.
 *
 * @param problems every bad row with its line number; an import with problems changes nothing
 */
public record ImportReport(boolean dryRun, int rows, int created, int updated, List<FieldProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
