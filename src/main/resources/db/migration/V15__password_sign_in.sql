-- Failed password sign-ins per account, for the lock with back-off.
create table account.sign_in_failure (
    subject_id   uuid        primary key,
    failures     integer     not null,
    locked_until timestamptz
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on account.sign_in_failure to ${appRole}';
    end if;
end
$$;
