-- Real-name verification (U-1): the verified name and ID number live in the vault; here only when.
alter table account.account add column identity_verified_at timestamptz;
