-- The sharing ledger (module sharing, S-1): every disclosure of personal information to a
-- recipient outside the platform that the gateway let through. Append-only: the application's
-- role may insert and select, never update or delete. No personal value: the subject is a vault
-- subject id, the reference an order number or the like, and the fields are named, not copied.
-- A disclosure of the same categories to the same recipient for the same purpose and reference is
-- recorded once (the unique index), however often it is sent or shown.
create schema if not exists sharing;

create table sharing.entry (
    id          bigint generated always as identity primary key,
    subject_id  uuid        not null,
    reference   text        not null check (reference <> ''),
    recipient   text        not null,
    purpose     text        not null,
    legal_basis text        not null,
    categories  text[]      not null check (cardinality(categories) > 0),
    field_names text[]      not null check (cardinality(field_names) > 0),
    at          timestamptz not null
);
create unique index entry_once_per_disclosure on sharing.entry (recipient, purpose, subject_id, reference, categories);
create index entry_by_subject on sharing.entry (subject_id, at desc);

-- When a subject is erased its ledger rows stay, and each recipient that received anything about
-- it is owed a notice to erase it too (sent by issue 16).
create table sharing.erasure_notice (
    subject_id uuid        not null,
    recipient  text        not null,
    erased_at  timestamptz not null,
    primary key (subject_id, recipient)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema sharing to ${appRole}';
        execute 'grant select, insert on all tables in schema sharing to ${appRole}';
    end if;
end
$$;
