-- Append-only, hash-chained record of access to personal information. The application role may
-- only insert and select here (see V3); the verifier detects edits made with any other role.
create table audit.entry (
    seq            bigint primary key,
    at             timestamptz not null,
    subject_id     uuid        not null,
    field          text        not null,
    category       text        not null,
    action         text        not null,
    purpose        text        not null,
    accessor_kind  text        not null,
    accessor_ref   text        not null,
    accessor_role  text,
    case_reference text,
    previous_hash  bytea       not null,
    hash           bytea       not null,
    mac            bytea       not null
);
create index entry_subject on audit.entry (subject_id, seq);
create index entry_accessor on audit.entry (accessor_ref, at);

create table audit.checkpoint (
    seq       bigint primary key,
    at        timestamptz not null,
    hash      bytea       not null,
    signature bytea       not null
);

create table audit.anomaly (
    id                bigint generated always as identity primary key,
    staff_ref         text        not null,
    detected_at       timestamptz not null,
    distinct_subjects bigint      not null,
    rule              text        not null
);
create index anomaly_staff on audit.anomaly (staff_ref, detected_at);
