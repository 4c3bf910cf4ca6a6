-- A carrier signs every webhook call anew, also a retry; a call whose replay key (the sandbox's
-- nonce) was seen already is a replay, refused with 409 (ADR 43). Keys are kept an hour: adapters
-- refuse calls signed longer ago than that (the sandbox: five minutes).
create table shipping.push_seen (
    carrier    text        not null,
    replay_key text        not null,
    seen_at    timestamptz not null,
    primary key (carrier, replay_key)
);
create index push_seen_by_time on shipping.push_seen (seen_at);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, delete on shipping.push_seen to ${appRole}';
    end if;
end
$$;
