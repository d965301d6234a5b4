/**
 * SCIM 2.0 provisioning (RFC 7643/7644, issue 23): a hospital's identity provider (Microsoft Entra ID, Okta) creates,
 * updates and deprovisions accounts at {@code /scim/v2} with an administrator's token of scope {@code scim}. Built on
 * UnboundID's SCIM 2 SDK (resources, filters, patches, errors), which reads and writes JSON with Jackson 2: SCIM
 * bodies are read and written as text through its {@code JsonUtils}, apart from the application's Jackson 3.
 * Accounts, rosters and mails go through the account, mentoring and notification modules' public services.
 */
package io.mentormatch.api.scim;
