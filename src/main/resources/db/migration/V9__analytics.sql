-- Page views in aggregate, and views linked to a keyed pseudonym under the ANALYTICS consent.
create table analytics.page_view (
    day   date   not null,
    page  text   not null,
    views bigint not null,
    primary key (day, page)
);

create table analytics.linked_view (
    id      bigint generated always as identity primary key,
    day     date not null,
    visitor text not null,
    page    text not null
);
create index linked_view_day on analytics.linked_view (day);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema analytics to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema analytics to ${appRole}';
        execute 'grant usage, select on all sequences in schema analytics to ${appRole}';
    end if;
end
$$;
