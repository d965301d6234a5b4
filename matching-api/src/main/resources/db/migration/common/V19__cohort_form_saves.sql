-- Counts the preference forms saved in a cohort, apart from cohort.data_version and spread over a few rows per
-- cohort (a resident's saves always land in the same row): near the deadline hundreds of residents save at once,
-- and one counter row would make every save wait for the one before to commit. The cohort's stamp adds the rows
-- up, so a save still changes the stamp in its own transaction (CohortDataVersion, CohortService.stamp).
create table cohort_form_saves (
    cohort_id bigint not null references cohort (id),
    slot      int    not null,
    saves     bigint not null,
    primary key (cohort_id, slot)
);
