-- How many residents a mentor may name as preferred before matching (issue 13): a cohort setting.
alter table cohort add column max_preferred_residents integer default 5 not null;
