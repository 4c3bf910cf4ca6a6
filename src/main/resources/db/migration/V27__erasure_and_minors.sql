-- Erasure (R-3, C-12, M-3): policy acceptances of an erased subject are deleted (the consent ledger
-- keeps the pseudonymous record of what was accepted and withdrawn).
-- Minors (M-1, M-3): since when an account has been restricted, to purge it when no guardian
-- consents in time; a pseudonymous record of each purge and its reason; and a subject whose
-- data is sensitive as a whole (a child under 14, PIPL art. 28).
alter table account.account add column restricted_at timestamptz;
update account.account set restricted_at = now() where status = 'RESTRICTED';

create table account.erasure (
    subject_id uuid        not null primary key,
    reason     text        not null check (reason in ('CANCELLED', 'MINOR_WITHOUT_GUARDIAN_CONSENT')),
    erased_at  timestamptz not null
);

alter table vault.data_subject add column sensitive boolean not null default false;

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant delete on policy.acceptance to ${appRole}';
        execute 'grant select, insert on account.erasure to ${appRole}';
    end if;
end
$$;
