-- Every signed-in request looks its account up by user name ignoring case (upper(username) = upper(?)); without
-- this index that is a scan of app_user. H2 has no expression indexes, and its tables are small.
create index ix_app_user_username_upper on app_user (upper(username));
