-- At most one active (queued or running) run per cohort, enforced by the database on every instance: the column
-- holds the cohort id while the run is active and null afterwards; a unique constraint ignores nulls, and this
-- works alike on PostgreSQL and H2, which has no partial indexes.
alter table matching_run add column active_cohort_id bigint;
alter table matching_run add constraint uk_matching_run_active unique (active_cohort_id);

-- Suggested first meetings are concrete date-times in the program's own time zone.
alter table program add column time_zone varchar(64) not null default 'UTC';

create index ix_proposal_run on proposal (run_id);
