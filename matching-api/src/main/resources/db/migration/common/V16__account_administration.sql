-- Account administration. credentials_version is bumped whenever an account loses rights or its password is
-- reset (disabled, role or program changed, password reset or changed): a session remembers the version it was
-- signed in with, and every instance refuses a session whose version is no longer the account's.
-- password_change_required is set by a reset: until the user chooses a new password, nothing else is allowed.
alter table app_user add column credentials_version bigint not null default 0;
alter table app_user add column password_change_required boolean not null default false;
