-- When the preference forms closed (a run started, or the director moved the cohort on): a resident whose forms were
-- closed before the deadline reads so in words (issue 21). Null for cohorts closed before this column existed.
alter table cohort add column preferences_closed_at timestamp with time zone;
