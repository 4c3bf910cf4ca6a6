-- Invoices (module invoice, issue 15, ADR 49). A buyer's request for an invoice for an order
-- (one per order, until receipt), and the invoice issued after receipt: one per order, whatever
-- the number of nodes or of deliveries of the receipt event. The title the invoice was made out to
-- is sealed in the vault under the invoice's own data subject (vault_subject); here are only ids,
-- amounts in fen and the numbers the tax bureau gave.
create table invoice.request (
    order_id     bigint      primary key,
    order_number text        not null unique,
    buyer        uuid        not null,
    title_id     uuid        not null,
    requested_at timestamptz not null
);
create index request_buyer on invoice.request (buyer);

create table invoice.invoice (
    id            bigint generated always as identity primary key,
    order_id      bigint      not null unique references invoice.request (order_id),
    buyer         uuid        not null,
    vault_subject uuid        not null unique,
    kind          text        not null check (kind in ('PERSONAL', 'COMPANY')),
    item          text        not null,
    currency      char(3)     not null,
    amount_fen    bigint      not null check (amount_fen >= 0),
    tax_fen       bigint      not null check (tax_fen >= 0),
    total_fen     bigint      not null check (total_fen = amount_fen + tax_fen),
    tax_rate      integer     not null,
    seller_name   text        not null,
    seller_tax_number text    not null,
    number        text        not null unique,
    code          text        not null,
    sharing_entry bigint      not null,
    issued_on     date        not null,
    issued_at     timestamptz not null
);

-- The sandbox tax bureau's invoice numbers (SandboxInvoiceIssuer).
create sequence invoice.sandbox_number;

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant usage on schema invoice to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema invoice to ${appRole}';
        execute 'grant usage, select on all sequences in schema invoice to ${appRole}';
    end if;
end
$$;
