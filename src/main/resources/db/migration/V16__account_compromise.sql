-- "My account may be compromised" (P-11): the account can be locked by its owner, and a priority
-- case opens for the security team.
alter table account.account drop constraint account_status_check;
alter table account.account add constraint account_status_check
    check (status in ('ACTIVE', 'RESTRICTED', 'PENDING_DELETION', 'LOCKED'));

create table account.security_case (
    id         bigint generated always as identity primary key,
    subject_id uuid        not null,
    kind       text        not null,
    priority   text        not null,
    status     text        not null,
    opened_at  timestamptz not null
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update on account.security_case to ${appRole}';
        execute 'grant usage, select on all sequences in schema account to ${appRole}';
    end if;
end
$$;
