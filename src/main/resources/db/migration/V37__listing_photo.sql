-- Photos that merchants upload for their listings (issue #6). The catalog keeps them as JPEG
-- that was re-encoded from its pixels alone, so no EXIF, GPS or other metadata is stored. They
-- live in the database, beside the listing they belong to, so every node serves the same photos
-- and a listing's photos change in one transaction; sized copies are a cache on disk.
-- listing.photo_count counts every photo of a listing: the uploaded ones (shown first, in upload
-- order) and the drawn demo photos after them.
create table catalog.listing_photo (
    id         bigint generated always as identity primary key,
    listing_id bigint      not null references catalog.listing (id),
    name       uuid        not null unique,
    jpeg       bytea       not null,
    added_at   timestamptz not null default now()
);
create index listing_photo_listing on catalog.listing_photo (listing_id, id);

-- At most 12 drawn photos and at most 12 uploaded ones.
alter table catalog.listing drop constraint listing_photo_count_check;
alter table catalog.listing add constraint listing_photo_count_check check (photo_count between 0 and 24);

do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute 'grant select, insert, update, delete on catalog.listing_photo to ${appRole}';
    end if;
end
$$;
