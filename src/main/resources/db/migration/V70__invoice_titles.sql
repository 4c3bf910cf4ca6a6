-- Invoice titles (module invoice, issue 15, ADR 49): a buyer's titles, personal or company. The
-- name and the company's credit code are sealed in the vault under the title's own data subject
-- (vault_subject), shredded when the title is deleted; here are only ids and the kind.
create schema if not exists invoice;

create table invoice.title (
    id            uuid        primary key,
    buyer         uuid        not null,
    vault_subject uuid        not null unique,
    kind          text        not null check (kind in ('PERSONAL', 'COMPANY')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index title_buyer on invoice.title (buyer, created_at);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema invoice to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema invoice to ${appRole}';
    end if;
end
$$;
