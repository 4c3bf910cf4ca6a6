-- The application connects as ${appRole}: it may read and write the business schemas but only
-- insert into and read the audit trail. Migrations run as the schema owner. A deployment that
-- runs everything as one role (no ${appRole} and no right to create it) skips the grants.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}') then
        if not exists (select 1 from pg_roles where rolname = current_user and (rolcreaterole or rolsuper)) then
            raise notice 'Role ${appRole} does not exist and cannot be created; running with one role';
            return;
        end if;
        execute 'create role ${appRole} login';
    end if;
    execute 'grant usage on schema merchant, catalog, vault, audit to ${appRole}';
    execute 'grant select, insert, update, delete on all tables in schema merchant, catalog, vault to ${appRole}';
    execute 'grant usage, select on all sequences in schema merchant, catalog, vault, audit to ${appRole}';
    execute 'alter default privileges in schema merchant, catalog, vault grant select, insert, update, delete on tables to ${appRole}';
    execute 'alter default privileges in schema merchant, catalog, vault, audit grant usage, select on sequences to ${appRole}';
    execute 'alter default privileges in schema audit grant select, insert on tables to ${appRole}';
end
$$;
