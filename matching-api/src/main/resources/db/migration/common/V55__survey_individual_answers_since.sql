-- Issue 19: "show individual answers" applies only to answers given after it was switched on. The setting keeps
-- when it was switched on (null while off); each answer already keeps when it was given (answered_at).
alter table survey_settings add column individual_answers_since timestamp with time zone;
-- A setting already on has no known start: it starts now, so no answer given before this release is shown.
update survey_settings set individual_answers_since = current_timestamp where show_individual_answers = true;
