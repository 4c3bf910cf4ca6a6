-- Cancellation with a regret period (R-3): the account waits in PENDING_DELETION until purge_after.
alter table account.account add column cancelled_at timestamptz;
alter table account.account add column purge_after timestamptz;
create index account_purge on account.account (purge_after) where status = 'PENDING_DELETION';
