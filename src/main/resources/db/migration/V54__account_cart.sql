-- The signed-in buyer's cart (K-1): which watches, at what price each was added, and when. The
-- buyer is the vault's subject id, random, so the table holds no personal data; a watch is in a
-- cart once (the primary key makes a double submission change nothing), and in any number of
-- carts. Rows go with the buyer's erasure (cart.ErasedCarts).
create schema if not exists cart;

create table cart.item (
    buyer      uuid        not null,
    listing_id bigint      not null,
    price_fen  bigint      not null check (price_fen > 0),
    currency   char(3)     not null,
    added_at   timestamptz not null,
    primary key (buyer, listing_id)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema cart to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema cart to ${appRole}';
    end if;
end
$$;
