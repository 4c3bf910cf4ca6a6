-- Infrastructure shared by the modules. The event publication registry of Spring Modulith keeps
-- every event handed to an @ApplicationModuleListener until the listener completes, so fan-outs
-- such as erasure survive a crash (the table of Spring Modulith 2.0, created here rather than by
-- schema auto-initialisation). Events carry ids only. ShedLock's table lets one node at a time
-- run a scheduled job such as the purge.
create schema if not exists platform;

create table platform.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

create table platform.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema platform to ${appRole}';
        execute 'grant select, insert, update, delete on platform.event_publication, platform.shedlock to ${appRole}';
    end if;
end
$$;
