-- The terms of service (用户协议), versioned like the privacy policy (ADR 42). Every row of
-- terms_version is a published version: its text is written as a resource first and sealed in
-- terms_text when it is published; the triggers refuse any change to either, and the application
-- role may not delete them. Acceptances hold the subject id and nothing else about the person.
create table policy.terms_version (
    number       integer     primary key check (number > 0),
    published_at timestamptz not null,
    effective_at timestamptz not null,
    summary_zh   text        not null,
    summary_en   text        not null,
    check (effective_at > published_at)
);

create function policy.refuse_change_of_terms() returns trigger language plpgsql as $$
begin
    raise exception 'Version % of the terms of service is published and cannot be changed',
        coalesce(old.number, 0);
end
$$;
create trigger published_terms_are_final before update or delete on policy.terms_version
    for each row execute function policy.refuse_change_of_terms();

create table policy.terms_text (
    version  integer not null references policy.terms_version (number),
    language text    not null check (language in ('zh-CN', 'en')),
    body     text    not null,
    primary key (version, language)
);

create function policy.refuse_change_of_terms_text() returns trigger language plpgsql as $$
begin
    raise exception 'The text of version % of the terms of service is sealed', old.version;
end
$$;
create trigger sealed_terms_text_is_final before update or delete on policy.terms_text
    for each row execute function policy.refuse_change_of_terms_text();

create table policy.terms_acceptance (
    subject     uuid        not null,
    version     integer     not null references policy.terms_version (number),
    accepted_at timestamptz not null,
    channel     text        not null check (channel in ('WEB', 'APP', 'MINI_PROGRAM')),
    occasion    text        not null check (occasion in ('SIGN_UP', 'CHECKOUT')),
    primary key (subject, version)
);

-- The first version takes effect as the platform is installed; its text (terms/v1.*.md) is
-- sealed on the next start.
insert into policy.terms_version (number, published_at, effective_at, summary_zh, summary_en)
values (1, now() - interval '1 second', now(), '首个版本。', 'The first version.');

do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}') then
        raise notice 'Role ${appRole} does not exist; running with one role';
        return;
    end if;
    execute 'grant select, insert on policy.terms_version, policy.terms_text to ${appRole}';
    execute 'grant select, insert, delete on policy.terms_acceptance to ${appRole}';
end
$$;
