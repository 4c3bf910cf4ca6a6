-- After-sales (ADR 48). A shipment goes out to the buyer, or back from them: one of each per
-- order. A return's delivery marks its case arrived and never delivers the order again.
alter table shipping.shipment add column direction text not null default 'OUTBOUND'
    check (direction in ('OUTBOUND', 'RETURN'));
alter table shipping.shipment drop constraint shipment_order_id_key;
alter table shipping.shipment add constraint shipment_one_per_direction unique (order_id, direction);

-- The account a refund comes out of: escrow before the order is settled, the merchant's payable
-- account after (a refund decided on a dispute).
alter table payment.refund add column from_account text not null default 'escrow';
