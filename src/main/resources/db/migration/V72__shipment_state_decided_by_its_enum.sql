-- The shipment's state now decides itself which tracking event moves it (shipping.ShipmentState),
-- under the shipment's row lock; the rank that the conditional update compared is no longer kept.
alter table shipping.shipment drop column state_rank;
