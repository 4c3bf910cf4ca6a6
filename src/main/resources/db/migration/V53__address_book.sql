-- The address book (issue 13): a buyer's shipping addresses. Recipient, phone and detail line are
-- sealed in the vault under the address's own data subject (vault_subject); the divisions are
-- plain GB/T 2260 codes.
create table address.shipping_address (
    id            uuid        primary key,
    buyer         uuid        not null,
    vault_subject uuid        not null unique,
    province_code char(6)     not null,
    city_code     char(6)     not null,
    district_code char(6)     not null,
    postcode      char(6),
    is_default    boolean     not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index shipping_address_buyer on address.shipping_address (buyer, created_at);
create unique index shipping_address_one_default on address.shipping_address (buyer) where is_default;

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema address to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema address to ${appRole}';
    end if;
end
$$;
