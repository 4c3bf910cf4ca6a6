-- Staff accounts: platform staff (roles) and merchant staff (scoped to one merchant). A member is
-- known here by a work handle only; the Argon2id password hash and the TOTP secret are sealed in
-- the vault under the member's subject id. Enrolment tokens and recovery codes are kept as keyed
-- digests.
create table staff.member (
    id                 uuid        primary key,
    handle             text        not null unique check (handle ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
    roles              text[]      not null default '{}',
    merchant_id        bigint,
    status             text        not null check (status in ('ENROLLING', 'ACTIVE', 'DISABLED')),
    enrolment_digest   bytea,
    enrolment_expires  timestamptz,
    failures           integer     not null default 0,
    locked_until       timestamptz,
    last_totp_step     bigint,
    created_at         timestamptz not null,
    check (merchant_id is null or roles = '{}')
);

create table staff.recovery_code (
    member_id uuid        not null references staff.member (id) on delete cascade,
    digest    bytea       not null,
    used_at   timestamptz,
    primary key (member_id, digest)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema staff to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema staff to ${appRole}';
    end if;
end
$$;
