-- Issue 21: a mentor's decline no longer re-proposes the resident at once. The re-match becomes a draft the director
-- reviews, unless the cohort turns this setting on (then the decline re-proposes as it did before).
alter table cohort add column repropose_declines boolean default false not null;
