-- Settlement (ADR 46): when an order's receipt is confirmed and its return window is over, what
-- escrow still holds for it goes to the merchant's payable account, less the platform's fee. One
-- settlement per order (its primary key) and one SETTLEMENT journal per charge, so a repeated event
-- or two nodes book it once. Ids and amounts only.
alter table payment.journal drop constraint journal_kind_check;
alter table payment.journal add constraint journal_kind_check check (kind in ('PAYMENT', 'REFUND', 'SETTLEMENT'));
create unique index journal_one_settlement_per_charge on payment.journal (charge_id) where kind = 'SETTLEMENT';

-- The charge whose payment the order took (the others of that order were refunded as duplicates or
-- late), so that the merchant's statement shows only refunds of the merchant's own sales.
alter table payment.charge add column pays_order boolean not null default false;
update payment.charge c set pays_order = true
where c.state in ('PAID', 'PARTLY_REFUNDED', 'REFUNDED')
  and not exists (select 1 from payment.refund r where r.charge_id = c.id
                  and r.reason in ('订单已关闭，原路退款', '订单已支付，重复付款原路退回', '订单无法确认，原路退款'));

create table payment.settlement (
    order_id     bigint      primary key,
    order_number text        not null unique,
    merchant_id  bigint      not null,
    charge_id    bigint      not null references payment.charge (id),
    currency     char(3)     not null,
    gross_fen    bigint      not null check (gross_fen > 0),
    refunded_fen bigint      not null check (refunded_fen >= 0),
    fee_fen      bigint      not null check (fee_fen >= 0),
    net_fen      bigint      not null check (net_fen >= 0),
    settled_at   timestamptz not null,
    check (gross_fen - refunded_fen = fee_fen + net_fen)
);
create index settlement_by_merchant on payment.settlement (merchant_id, settled_at);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update on all tables in schema payment to ${appRole}';
    end if;
end
$$;
