-- The audit trail is append-only: a row, once inserted, is never changed or removed, whoever asks (the application's
-- own role included, which owns the table). UPDATE, DELETE and TRUNCATE fail; INSERT and SELECT work as before.
-- Only a role that may drop the trigger (the table's owner or a superuser) can get around it, which takes DDL that
-- the application never runs. H2, the single-machine database, has no such trigger.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
