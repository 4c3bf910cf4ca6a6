-- Prices are Money: an exact amount in fen (ADR 26). A reference's market price stays in whole
-- yuan in the reference data, and is read as Money.
alter table catalog.listing add column price_fen bigint;
update catalog.listing set price_fen = price_cny * 100;
alter table catalog.listing
    alter column price_fen set not null,
    add constraint listing_price_fen_positive check (price_fen > 0);
drop index catalog.listing_on_sale_price;
drop index catalog.listing_on_sale_brand_price;
alter table catalog.listing drop column price_cny;
create index listing_on_sale_price on catalog.listing (price_fen, id) where status = 'ON_SALE';
create index listing_on_sale_brand_price on catalog.listing (brand_slug, price_fen, id) where status = 'ON_SALE';

-- The status is the merchant's availability; a buyer's order holds an on-sale watch for a while
-- instead of a RESERVED status. A hold whose time has passed is no hold: readers compare
-- held_until with the time, so a lapsed hold needs no job to end it.
update catalog.listing set status = 'ON_SALE' where status = 'RESERVED';
alter table catalog.listing
    drop constraint listing_status_check,
    add constraint listing_status_check check (status in ('DRAFT', 'ON_SALE', 'SOLD', 'WITHDRAWN')),
    add column holder uuid,
    add column held_until timestamptz,
    add constraint listing_hold_whole check ((holder is null) = (held_until is null));
