-- Sign-in codes: only keyed digests of the number and the code are kept.
create table account.sign_in_code (
    id            bigint generated always as identity primary key,
    number_digest bytea       not null,
    code_digest   bytea       not null,
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    failures      integer     not null default 0
);
create index sign_in_code_number on account.sign_in_code (number_digest, issued_at desc);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema account to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema account to ${appRole}';
        execute 'grant usage, select on all sequences in schema account to ${appRole}';
    end if;
end
$$;
