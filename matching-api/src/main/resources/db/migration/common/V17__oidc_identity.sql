-- Single sign-on links an account to one identity of one provider: the issuer and the subject (the "sub" claim),
-- the only claims a provider promises stay stable and unique. Both or neither: an account without them signs in
-- with its password, or is linked at its first single sign-on (OidcAccounts).
alter table app_user add column oidc_issuer varchar(512);
alter table app_user add column oidc_subject varchar(255);
alter table app_user add constraint uk_app_user_oidc_identity unique (oidc_issuer, oidc_subject);
alter table app_user add constraint ck_app_user_oidc_identity
    check ((oidc_issuer is null and oidc_subject is null) or (oidc_issuer is not null and oidc_subject is not null));
