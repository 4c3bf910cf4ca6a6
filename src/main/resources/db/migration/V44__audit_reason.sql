-- Why a staff member saw a value in full (P-4), stated when unmasking; part of the entry's hash.
alter table audit.entry add column reason text;
