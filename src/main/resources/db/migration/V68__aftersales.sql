-- After-sales (module aftersales, issue 14, ADR 48): return cases of delivered orders, their
-- timeline and their photos; the order's after-sales hold. No personal information: the buyer is
-- a vault subject, the texts are about the watch, the photos are re-encoded without metadata.
create schema if not exists aftersales;

-- While an order has an open case (or an open dispute), it is not marked due for settlement.
alter table orders.buyer_order add column after_sales_since timestamptz;
create index buyer_order_after_sales on orders.buyer_order (buyer) where after_sales_since is not null;

-- One case per order: a second return of the same order is refused by the unique key.
create table aftersales.return_case (
    id           bigint generated always as identity primary key,
    order_id     bigint      not null unique,
    order_number text        not null,
    buyer        uuid        not null,
    merchant_id  bigint      not null,
    reason       text        not null check (char_length(reason) between 1 and 500),
    state        text        not null check (state in ('REQUESTED', 'ACCEPTED', 'REFUSED', 'ESCALATED',
        'REFUSAL_UPHELD', 'SHIPPED_BACK', 'ARRIVED', 'INSPECTED', 'REFUNDED', 'CLOSED')),
    dispute      text        not null check (dispute in ('NONE', 'OPEN', 'RESOLVED')),
    refusal      text check (char_length(refusal) <= 500),
    inspection   text check (inspection in ('PASSED', 'FAILED')),
    currency     char(3)     not null,
    refunded_fen bigint      not null default 0 check (refunded_fen >= 0),
    opened_at    timestamptz not null,
    version      integer     not null default 0
);
create index return_case_by_buyer on aftersales.return_case (buyer);
create index return_case_by_merchant on aftersales.return_case (merchant_id);

create table aftersales.step (
    case_id    bigint      not null references aftersales.return_case (id),
    seq        integer     not null,
    kind       text        not null,
    by_party   text        not null check (by_party in ('BUYER', 'MERCHANT', 'CUSTOMER_SERVICE', 'INSPECTOR', 'CARRIER')),
    at         timestamptz not null,
    note       text check (char_length(note) <= 500),
    amount_fen bigint,
    primary key (case_id, seq)
);

create table aftersales.photo (
    case_id bigint  not null references aftersales.return_case (id),
    seq     integer not null check (seq between 0 and 5),
    jpeg    bytea   not null,
    primary key (case_id, seq)
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema aftersales to ${appRole}';
        execute 'grant select, insert, update on all tables in schema aftersales to ${appRole}';
    end if;
end
$$;
