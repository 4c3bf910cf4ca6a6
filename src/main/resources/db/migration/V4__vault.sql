-- Personal information lives here and nowhere else, sealed per subject and field. The data keys
-- are not in the database (see DataKeyStore), so a dump of it holds ciphertext only.
create table vault.data_subject (
    id          uuid primary key,
    kind        text        not null,
    created_at  timestamptz not null default now(),
    shredded_at timestamptz
);

create table vault.personal_field (
    subject_id uuid        not null references vault.data_subject (id),
    field      text        not null,
    category   text        not null,
    ciphertext bytea       not null,
    updated_at timestamptz not null default now(),
    primary key (subject_id, field)
);

-- Keyed HMAC-SHA-256 of normalised values, for exact-match look-ups without decrypting.
create table vault.blind_index (
    field      text  not null,
    digest     bytea not null,
    subject_id uuid  not null references vault.data_subject (id),
    primary key (field, digest, subject_id)
);
create index blind_index_subject on vault.blind_index (subject_id);
