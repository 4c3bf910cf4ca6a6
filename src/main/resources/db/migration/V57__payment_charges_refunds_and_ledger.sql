-- Payment (module payment): charges (one attempt to pay an order through a provider), refunds, the
-- callbacks refused as suspect, and the double-entry ledger. No personal information: a charge knows
-- the order by its number, the provider by its id, and the amounts.
create schema if not exists payment;

create table payment.charge (
    id             bigint generated always as identity primary key,
    reference      text        not null unique check (reference ~ '^[0-9A-Z]{16,32}$'),
    provider       text        not null,
    order_number   text        not null,
    currency       char(3)     not null,
    amount_fen     bigint      not null check (amount_fen > 0),
    refunded_fen   bigint      not null default 0 check (refunded_fen >= 0 and refunded_fen <= amount_fen),
    state          text        not null check (state in ('CREATED', 'PAID', 'FAILED', 'PARTLY_REFUNDED', 'REFUNDED')),
    transaction    text,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    settled_at     timestamptz,
    version        integer     not null default 0,
    check (state in ('CREATED', 'FAILED') or transaction is not null)
);
create index charge_by_order on payment.charge (order_number);
-- One open charge per order and provider: a second click on "pay" finds the first.
create unique index charge_one_open_per_provider on payment.charge (order_number, provider) where state = 'CREATED';

-- A refund is written in the transaction that decides it, and sent to the provider after the commit
-- (and again by the retry job until the provider takes it): its reference makes a retry idempotent.
create table payment.refund (
    id             bigint generated always as identity primary key,
    reference      text        not null unique check (reference ~ '^[0-9A-Z]{16,32}$'),
    charge_id      bigint      not null references payment.charge (id),
    amount_fen     bigint      not null check (amount_fen > 0),
    reason         text        not null,
    state          text        not null check (state in ('REQUESTED', 'DONE')),
    attempts       integer     not null default 0,
    next_attempt   timestamptz not null,
    requested_at   timestamptz not null,
    done_at        timestamptz,
    provider_refund text
);
create index refund_due on payment.refund (next_attempt) where state = 'REQUESTED';

-- Callbacks refused as forged or suspect: the security log's durable half. Only what the
-- provider's id, the reason and the reference (when one could be read) say.
create table payment.refused_callback (
    id          bigint generated always as identity primary key,
    provider    text        not null,
    reason      text        not null,
    reference   text,
    received_at timestamptz not null
);

-- The ledger: every movement of money is a journal of entries that sum to zero, checked by the
-- database when the transaction commits; an account's balance is kept beside its entries, in the
-- same transaction, and reconciles to their sum.
create table payment.ledger_account (
    code        text   primary key,
    currency    char(3) not null,
    balance_fen bigint not null default 0
);

create table payment.journal (
    id        bigint generated always as identity primary key,
    kind      text        not null check (kind in ('PAYMENT', 'REFUND')),
    charge_id bigint      not null references payment.charge (id),
    refund_id bigint      references payment.refund (id),
    at        timestamptz not null
);
create unique index journal_one_payment_per_charge on payment.journal (charge_id) where kind = 'PAYMENT';
create unique index journal_one_per_refund on payment.journal (refund_id) where kind = 'REFUND';

create table payment.entry (
    journal_id bigint not null references payment.journal (id),
    account    text   not null references payment.ledger_account (code),
    amount_fen bigint not null check (amount_fen <> 0),
    primary key (journal_id, account)
);
create index entry_by_account on payment.entry (account);

create function payment.journal_balances() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(amount_fen), 0) from payment.entry where journal_id = new.journal_id) <> 0 then
        raise exception 'journal % does not balance', new.journal_id;
    end if;
    return null;
end
$$;
create constraint trigger entry_journal_balances after insert or update on payment.entry
    deferrable initially deferred for each row execute function payment.journal_balances();

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema payment to ${appRole}';
        execute 'grant select, insert, update on all tables in schema payment to ${appRole}';
    end if;
end
$$;
