-- A guardian's consent for a minor's account (M-1): the guardian's number is kept only as a keyed digest.
create table account.guardian_consent (
    subject_id             uuid        not null primary key,
    guardian_number_digest bytea       not null,
    declared_at            timestamptz not null
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on account.guardian_consent to ${appRole}';
    end if;
end
$$;
