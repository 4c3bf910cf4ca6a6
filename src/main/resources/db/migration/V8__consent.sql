-- The consent ledger: append-only. The application role may insert and read, never change.
create table consent.record (
    seq            bigint generated always as identity primary key,
    subject_id     uuid        not null,
    purpose        text        not null,
    granted        boolean     not null,
    policy_version integer     not null check (policy_version > 0),
    channel        text        not null check (channel in ('WEB', 'APP', 'API', 'SUPPORT')),
    at             timestamptz not null,
    evidence       text        not null
);
create index record_subject_purpose on consent.record (subject_id, purpose, seq desc);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema consent to ${appRole}';
        execute 'grant select, insert on consent.record to ${appRole}';
        execute 'grant usage, select on all sequences in schema consent to ${appRole}';
    end if;
end
$$;
