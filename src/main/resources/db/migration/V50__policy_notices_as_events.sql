-- Notices of material versions now travel as a MaterialVersionPublished event through the event
-- publication registry, so the polled outbox table goes.
drop table policy.notice_outbox;
