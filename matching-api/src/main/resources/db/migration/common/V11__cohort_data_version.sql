-- Counts the changes to a cohort's mentors, residents, pair rules and proposals. It is bumped in the same
-- transaction as the change, so any instance can tell with one primary-key read whether what it cached for the
-- cohort (the recommendation index, published pairings) is still current.
alter table cohort add column data_version bigint not null default 0;
