-- Mails (the outbox), audit entries and pair rules (conflicts, pins, last year's pairs) take their ids from
-- sequences that hand out 50 at a time instead of from identity columns: Hibernate must run an identity insert at
-- once to learn the id, so publishing 500 pairings sent 1,000 single inserts and next year's cohort one per pair
-- rule; with ids known beforehand the inserts go in JDBC batches (hibernate.jdbc.batch_size).
-- A plain INSERT without an id still works: the column's default is the sequence. Same as the H2 V71.
alter table notification alter column id drop identity;
create sequence notification_seq increment by 50 owned by notification.id;
select setval('notification_seq', (select coalesce(max(id), 0) + 1 from notification), false);
alter table notification alter column id set default nextval('notification_seq');

alter table audit_entry alter column id drop identity;
create sequence audit_entry_seq increment by 50 owned by audit_entry.id;
select setval('audit_entry_seq', (select coalesce(max(id), 0) + 1 from audit_entry), false);
alter table audit_entry alter column id set default nextval('audit_entry_seq');

alter table pair_rule alter column id drop identity;
create sequence pair_rule_seq increment by 50 owned by pair_rule.id;
select setval('pair_rule_seq', (select coalesce(max(id), 0) + 1 from pair_rule), false);
alter table pair_rule alter column id set default nextval('pair_rule_seq');
