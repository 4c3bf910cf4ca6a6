-- Accounts: the account is a vault subject; its phone number lives in the vault.
create table account.account (
    subject_id        uuid primary key,
    status            text        not null check (status in ('ACTIVE', 'RESTRICTED', 'PENDING_DELETION')),
    created_at        timestamptz not null default now(),
    last_signed_in_at timestamptz
);

-- Server-side sessions (Spring Session JDBC), shared by every application node. They hold the
-- account id and security state, never personal information.
create table account.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on account.spring_session (session_id);
create index spring_session_ix2 on account.spring_session (expiry_time);
create index spring_session_ix3 on account.spring_session (principal_name);

create table account.spring_session_attributes (
    session_primary_id char(36)     not null references account.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on account.account, account.spring_session,'
            || ' account.spring_session_attributes to ${appRole}';
    end if;
end
$$;
