-- Third-party accounts bound to buyers (C-10). Only the provider's registration id and the time are
-- kept here; the external account's identifier, nickname and avatar live in the vault under the
-- buyer. One binding per buyer; the row goes with the account when it is purged.
create table account.external_binding (
    subject_id uuid        primary key references account.account (subject_id) on delete cascade,
    provider   text        not null check (length(provider) between 1 and 100),
    bound_at   timestamptz not null
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, delete on account.external_binding to ${appRole}';
    end if;
end
$$;
