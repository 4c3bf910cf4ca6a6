-- Popular searches count catalogue words by distinct searchers (C-3, ADR 24). The old counts were
-- of any text searched three times, names included: they are dropped, not converted.
drop table searchhistory.keyword_count;

-- One row per week, catalogue keyword and searcher; the searcher is a keyed pseudonym whose domain
-- holds the week and the keyword, so rows cannot be linked across keywords or weeks. Rows of a week
-- that has ended are tallied into popular_keyword and deleted.
create table searchhistory.keyword_searcher (
    week     date  not null,
    keyword  text  not null,
    searcher bytea not null,
    primary key (week, keyword, searcher)
);

-- Keywords that at least k distinct searchers used in a week that has ended, and how many did.
create table searchhistory.popular_keyword (
    week      date    not null,
    keyword   text    not null,
    searchers integer not null,
    primary key (week, keyword)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on all tables in schema searchhistory to ${appRole}';
    end if;
end
$$;
