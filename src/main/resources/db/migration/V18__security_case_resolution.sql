-- The security team closes a case: who (staff handle), when, and how the owner was verified.
alter table account.security_case
    add column closed_at  timestamptz,
    add column closed_by  text,
    add column resolution text;
