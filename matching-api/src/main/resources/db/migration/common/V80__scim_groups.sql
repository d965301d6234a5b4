-- Issue 23, SCIM Groups: an identity provider binds a group to a program by naming it "<program name> directors";
-- the group's members are that program's directors (app_user.role and program_id say who they are, so membership
-- needs no table). Deleting the group removes the binding, and its members lose the director role.
create table scim_group (
    program_id   bigint       not null primary key references program (id),
    display_name varchar(300) not null,
    external_id  varchar(300),
    created_at   timestamp with time zone not null,
    version      bigint       not null default 0
);
