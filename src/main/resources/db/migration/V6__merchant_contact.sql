-- A merchant's contact person is a vault subject; only its id is kept here.
alter table merchant.merchant add column contact_subject uuid;
