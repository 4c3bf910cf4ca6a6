-- Shipping (module shipping, issue 14, ADR 43): the shipment of a paid order and the carrier's
-- tracking events. No personal information: the carrier got the recipient's name, phone and
-- address through the sharing gateway at booking; here are only ids, the waybill number and the
-- parcel's way. One shipment per order (a double click on "book pickup" books once); one row per
-- (carrier, event id), so a repeated webhook call stores nothing; the shipment's state moves only
-- to a higher rank, so an older event arriving late never moves it back.
create schema if not exists shipping;

create table shipping.shipment (
    id          bigint generated always as identity primary key,
    order_id    bigint      not null unique,
    merchant_id bigint      not null,
    carrier     text        not null,
    waybill     text,
    state       text        not null check (state in ('BOOKING', 'BOOKED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY',
        'DELIVERED')),
    state_rank  integer     not null default 0,
    state_at    timestamptz,
    booked_at   timestamptz not null,
    unique (carrier, waybill)
);

create table shipping.tracking_event (
    carrier     text        not null,
    event_id    text        not null,
    shipment_id bigint      not null references shipping.shipment (id),
    code        text        not null check (code in ('EXCEPTION', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY',
        'DELIVERED')),
    at          timestamptz not null,
    received_at timestamptz not null,
    primary key (carrier, event_id)
);
create index tracking_event_by_shipment on shipping.tracking_event (shipment_id, at);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema shipping to ${appRole}';
        execute 'grant select, insert, update on all tables in schema shipping to ${appRole}';
    end if;
end
$$;
