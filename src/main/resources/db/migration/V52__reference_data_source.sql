-- The SHA-256 of the reference-data file last imported: a start-up with the same file skips the
-- upsert of every brand, family and reference and only reads them back.
create table catalog.reference_data_source (
    id          smallint    primary key default 1 check (id = 1),
    sha256      text        not null,
    imported_at timestamptz not null default now()
);
