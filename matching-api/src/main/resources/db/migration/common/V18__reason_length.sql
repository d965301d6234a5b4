-- A declined pair keeps the mentor's reason, which the proposal holds in 2000 characters: the pair rule takes as
-- many (TextLimits.REASON), so a reason the proposal accepts can no longer overflow here.
alter table pair_rule alter column reason set data type varchar(2000);
