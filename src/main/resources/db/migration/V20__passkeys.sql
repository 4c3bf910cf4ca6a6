-- Passkeys (C-6): Spring Security's WebAuthn tables, in the account schema. A user entity names the
-- buyer by vault subject id only; a credential holds a public key, never biometric data.
create table account.user_entities (
    id           varchar(1000) primary key,
    name         varchar(100)  not null unique,
    display_name varchar(200)
);

create table account.user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references account.user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user on account.user_credentials (user_entity_user_id);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on account.user_entities, account.user_credentials to ${appRole}';
    end if;
end
$$;
