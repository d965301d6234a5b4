-- The overdue flag was never set: reminders for proposals are decided from sent_at.
alter table proposal drop column overdue_flagged_at;
