-- Mentoring families (issue 13): each faculty mentor's mentees form one family of at most family_size residents; null is one-to-one.
alter table cohort add column family_size integer;
alter table cohort add constraint ck_cohort_family_size check (family_size is null or family_size >= 2);
