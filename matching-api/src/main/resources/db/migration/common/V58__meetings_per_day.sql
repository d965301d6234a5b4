-- At most 10 meetings per pairing per day (issue 19): the count of a pairing's meetings logged since the start of
-- the day is read on every new meeting.
create index ix_mentoring_meeting_pairing_logged on mentoring_meeting (pairing_id, logged_at);
