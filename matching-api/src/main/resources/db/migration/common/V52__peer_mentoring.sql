-- Senior residents as peer mentors (issue 13): a cohort may turn on a second, peer-mentor layer with its own
-- weights (kept while the layer is off, so turning it back on restores them). Defaults are Weights.PEER_DEFAULT.
alter table cohort add column peer_mentoring boolean not null default false;
alter table cohort add column peer_weight_specialty integer not null default 4;
alter table cohort add column peer_weight_interests integer not null default 8;
alter table cohort add column peer_weight_availability integer not null default 8;
alter table cohort add column peer_weight_resident_rank integer not null default 8;
alter table cohort add column peer_weight_mentor_preference integer not null default 3;
alter table cohort add column peer_weight_load_balance integer not null default 2;
alter table cohort add column peer_weight_repeat_pair integer not null default 5;
