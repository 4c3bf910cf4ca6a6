-- Orders (module order): a buyer's order for one watch, its three states and its timeline. No
-- personal information: the buyer is a vault subject id, and the recipient, phone and detail line
-- of the shipping address are the order's own copy sealed in the vault under ship_to_subject; the
-- region (codes, and its name as on a parcel) names no person. The partial unique index is the
-- last word on one of one: a watch has at most one order that is not closed, whatever the
-- application nodes decide.
create schema if not exists orders;

create table orders.buyer_order (
    id                bigint generated always as identity primary key,
    number            text        not null unique,
    buyer             uuid        not null,
    listing_id        bigint      not null,
    reservation       uuid        not null unique,
    ship_to_subject   uuid        not null,
    province_code     text        not null check (province_code ~ '^[0-9]{6}$'),
    city_code         text        not null check (city_code ~ '^[0-9]{6}$'),
    district_code     text        not null check (district_code ~ '^[0-9]{6}$'),
    region            text        not null,
    postcode          text        check (postcode ~ '^[0-9]{6}$'),
    currency          char(3)     not null,
    price_fen         bigint      not null check (price_fen > 0),
    shipping_fee_fen  bigint      not null check (shipping_fee_fen >= 0),
    refunded_fen      bigint      not null default 0 check (refunded_fen >= 0 and refunded_fen <= price_fen + shipping_fee_fen),
    reserved_until    timestamptz not null,
    checkout          text        not null check (checkout in ('PLACED', 'CONFIRMED', 'CLOSED')),
    payment           text        not null check (payment in ('AWAITING', 'PAID', 'PARTLY_REFUNDED', 'REFUNDED')),
    fulfilment        text        not null check (fulfilment in ('NOT_READY', 'AWAITING_SHIPMENT')),
    version           integer     not null default 0
);
create unique index buyer_order_one_open_per_listing on orders.buyer_order (listing_id) where checkout <> 'CLOSED';
create index buyer_order_by_buyer on orders.buyer_order (buyer, id desc);
create index buyer_order_placed_by_reservation on orders.buyer_order (reserved_until) where checkout = 'PLACED';

create table orders.step (
    order_id   bigint      not null references orders.buyer_order (id),
    seq        integer     not null,
    kind       text        not null check (kind in ('PLACED', 'PAID', 'RESERVATION_LAPSED', 'CANCELLED_BY_BUYER', 'REFUNDED')),
    at         timestamptz not null,
    amount_fen bigint,
    primary key (order_id, seq)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema orders to ${appRole}';
        execute 'grant select, insert, update on all tables in schema orders to ${appRole}';
    end if;
end
$$;
