-- Attempts at a secret (a password, a second factor) per pair of identifier and client, for the
-- back-off of throttle.Throttle. Both are keyed digests: the table says neither who was tried nor
-- from where, and holds a row for an identifier with no account exactly as for one with.
create schema if not exists throttle;

create table throttle.attempt (
    identifier_digest bytea       not null,
    client_digest     bytea       not null,
    attempts          integer     not null,
    last_at           timestamptz not null,
    paused_until      timestamptz,
    primary key (identifier_digest, client_digest)
);

-- The per-account locks it replaces: anyone could lock a buyer or a staff member out with them.
drop table account.sign_in_failure;
alter table staff.member drop column failures, drop column locked_until;

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema throttle to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema throttle to ${appRole}';
    end if;
end
$$;
