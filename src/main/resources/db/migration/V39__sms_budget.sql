-- How many SMS codes went out per window: per client address (a keyed digest, never the address)
-- per hour, and for everyone per minute, against SMS pumping. A conditional upsert takes one unit.
create table account.sms_budget (
    scope_digest bytea       not null,
    window_start timestamptz not null,
    used         integer     not null,
    primary key (scope_digest, window_start)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on account.sms_budget to ${appRole}';
    end if;
end
$$;
