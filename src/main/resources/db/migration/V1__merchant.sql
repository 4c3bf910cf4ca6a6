-- Merchants are businesses that list watches. Their contact persons are personal data and will
-- live in the vault; only business facts are kept here.
create table merchant.merchant (
    id           bigint generated always as identity primary key,
    name         text        not null,
    name_en      text        not null,
    city         text        not null,
    since        date        not null,
    rating       numeric(2,1) not null check (rating between 0 and 5),
    created_at   timestamptz not null default now()
);
