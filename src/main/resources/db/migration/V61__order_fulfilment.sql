-- Fulfilment (issue 14, ADR 44): an order is shipped, delivered and received after it is paid;
-- the timeline has a step for each.
alter table orders.buyer_order drop constraint buyer_order_fulfilment_check;
alter table orders.buyer_order add constraint buyer_order_fulfilment_check
    check (fulfilment in ('NOT_READY', 'AWAITING_SHIPMENT', 'SHIPPED', 'DELIVERED', 'RECEIVED'));
alter table orders.step drop constraint step_kind_check;
alter table orders.step add constraint step_kind_check
    check (kind in ('PLACED', 'PAID', 'RESERVATION_LAPSED', 'CANCELLED_BY_BUYER', 'REFUNDED', 'SHIPPED', 'DELIVERED',
        'RECEIVED', 'RECEIVED_AUTOMATICALLY'));
-- When the carrier delivered the watch: auto-confirm and the return window count from then (from
-- receipt when the buyer confirmed it before any delivery event arrived). The
-- settlement-due job marks an order once it published OrderSettlementDue for it, so that two nodes
-- publish it once (a conditional update on settlement_due_at).
alter table orders.buyer_order add column delivered_at timestamptz;
alter table orders.buyer_order add column received_at timestamptz;
alter table orders.buyer_order add column settlement_due_at timestamptz;
create index buyer_order_delivered_awaiting_receipt on orders.buyer_order (delivered_at) where fulfilment = 'DELIVERED';
create index buyer_order_received_unsettled on orders.buyer_order (coalesce(delivered_at, received_at))
    where fulfilment = 'RECEIVED' and settlement_due_at is null;
