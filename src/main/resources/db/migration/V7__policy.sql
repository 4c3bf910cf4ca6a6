-- Versions of the privacy policy (N-1..N-3). A published version is never changed again: the
-- trigger refuses any update of it, and the application role may not delete versions at all.
create table policy.version (
    number           integer     primary key check (number > 0),
    status           text        not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at     timestamptz,
    effective_at     timestamptz,
    material_changes text[]      not null default '{}',
    removes_rights   boolean     not null default false,
    summary_zh       text        not null,
    summary_en       text        not null,
    check ((status = 'DRAFT' and published_at is null and effective_at is null)
        or (status = 'PUBLISHED' and published_at is not null and effective_at > published_at))
);

create function policy.refuse_change_of_published_version() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'Version % of the privacy policy is published and cannot be changed', old.number;
    end if;
    return new;
end
$$;
create trigger published_version_is_final before update or delete on policy.version
    for each row execute function policy.refuse_change_of_published_version();

-- The text of a published version in each language, sealed when it is published (or, for the
-- version this migration publishes, on first read) and never rewritten.
create table policy.version_text (
    version  integer not null references policy.version (number),
    language text    not null check (language in ('zh-CN', 'en')),
    document jsonb   not null,
    primary key (version, language)
);

create function policy.refuse_change_of_sealed_text() returns trigger language plpgsql as $$
begin
    raise exception 'The text of version % of the privacy policy is sealed', old.version;
end
$$;
create trigger sealed_text_is_final before update or delete on policy.version_text
    for each row execute function policy.refuse_change_of_sealed_text();

create table policy.acceptance (
    subject     uuid        not null,
    version     integer     not null references policy.version (number),
    accepted_at timestamptz not null,
    early       boolean     not null,
    channel     text        not null,
    primary key (subject, version)
);
create index acceptance_subject on policy.acceptance (subject, version desc);

-- Development outbox of notices of material versions, for the accounts module to fan out.
create table policy.notice_outbox (
    id               bigint      generated always as identity primary key,
    version          integer     not null references policy.version (number),
    material_changes text[]      not null,
    removes_rights   boolean     not null,
    created_at       timestamptz not null,
    dispatched_at    timestamptz
);

-- The first version takes effect as the platform is installed.
insert into policy.version (number, status, published_at, effective_at, summary_zh, summary_en)
values (1, 'PUBLISHED', now() - interval '1 second', now(),
        '首个版本。', 'The first version.');

do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}') then
        raise notice 'Role ${appRole} does not exist; running with one role';
        return;
    end if;
    execute 'grant usage on schema policy to ${appRole}';
    execute 'grant select, insert, update on all tables in schema policy to ${appRole}';
    execute 'grant usage, select on all sequences in schema policy to ${appRole}';
end
$$;
