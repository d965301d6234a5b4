-- Runs take every mode of the mode comparison: rank-maximal, and optimal with load balance as a mode of its own.
alter table matching_run drop constraint ck_matching_run_mode;
alter table matching_run alter column mode set data type varchar(32);
alter table matching_run add constraint ck_matching_run_mode
    check (mode in ('OPTIMAL', 'STABLE', 'RANK_MAXIMAL', 'OPTIMAL_LOAD_BALANCED'));
