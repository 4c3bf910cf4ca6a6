-- The application's role may read and write reviews and their photos (V66); deleting is a hard
-- delete (U-4), so it needs delete too.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema review to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema review to ${appRole}';
    end if;
end
$$;
