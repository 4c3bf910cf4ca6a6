-- Popular searches: how often a normalised keyword was searched per day, with no link to who
-- searched (C-3). A buyer's own history is sealed in the vault (searchhistory.RecentSearches).
create schema if not exists searchhistory;

create table searchhistory.keyword_count (
    day      date   not null,
    keyword  text   not null,
    searches bigint not null,
    primary key (day, keyword)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema searchhistory to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema searchhistory to ${appRole}';
    end if;
end
$$;
