-- Issue 23, SCIM provisioning: a token of scope SCIM reaches only /scim/v2, and an identity provider's DELETE keeps
-- the account (its pairings' history names it) but marks it deprovisioned: disabled, and gone from SCIM.
alter table api_token drop constraint ck_api_token_scope;
alter table api_token add constraint ck_api_token_scope check (scope in ('READ', 'WRITE', 'SCIM'));
alter table app_user add column deprovisioned_at timestamp with time zone;
