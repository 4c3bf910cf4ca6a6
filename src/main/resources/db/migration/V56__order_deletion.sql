-- A buyer deletes a closed order from their list (U-8): the row stays as bookkeeping with no
-- personal information, hidden from the buyer; the order's sealed copy of its address is shredded.
alter table orders.buyer_order add column hidden_at timestamptz;
