-- Merchants see their own orders in the portal (S-3, P-7): each order names the merchant that sells
-- its watch, taken from the listing at checkout; orders placed before are given their listing's.
alter table orders.buyer_order add column merchant_id bigint;
update orders.buyer_order o set merchant_id = l.merchant_id from catalog.listing l where l.id = o.listing_id;
alter table orders.buyer_order alter column merchant_id set not null;
create index buyer_order_by_merchant on orders.buyer_order (merchant_id, id desc) where checkout = 'CONFIRMED';
