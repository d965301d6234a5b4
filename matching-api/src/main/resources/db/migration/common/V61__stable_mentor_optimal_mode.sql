-- Issue 20: runs take the mentor-proposing stable mode too.
alter table matching_run drop constraint ck_matching_run_mode;
alter table matching_run add constraint ck_matching_run_mode
    check (mode in ('OPTIMAL', 'STABLE', 'STABLE_MENTOR_OPTIMAL', 'RANK_MAXIMAL', 'OPTIMAL_LOAD_BALANCED'));
