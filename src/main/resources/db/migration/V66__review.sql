-- Reviews with photos (module review, issue 14, ADR 47): one review per received order, with
-- three star ratings, a text, the merchant's one reply and the staff's hiding with its reason. No
-- personal information: the reviewer is the buyer's vault subject id only, shown on public pages
-- as a masked nickname or "匿名买家". Photos are kept in the database beside their review (as the
-- catalog keeps listing photos, V37), re-encoded from their pixels alone, never the uploaded bytes;
-- deleting a review deletes its photos with it (on delete cascade).
create schema if not exists review;

create table review.review (
    id            bigint generated always as identity primary key,
    order_id      bigint      not null unique,
    order_number  text        not null,
    buyer         uuid        not null,
    merchant_id   bigint      not null,
    reference_id  bigint      not null,
    listing_id    bigint      not null,
    as_described  smallint    not null check (as_described between 1 and 5),
    service       smallint    not null check (service between 1 and 5),
    shipping      smallint    not null check (shipping between 1 and 5),
    body          text        not null check (char_length(body) <= 2000),
    state         text        not null check (state in ('PUBLISHED', 'HIDDEN')),
    hidden_reason text check (char_length(hidden_reason) <= 500),
    reply         text check (char_length(reply) <= 1000),
    replied_at    timestamptz,
    created_at    timestamptz not null,
    edited_at     timestamptz,
    version       integer     not null default 0,
    check ((state = 'HIDDEN') = (hidden_reason is not null))
);
create index review_by_buyer on review.review (buyer, id);
create index review_by_merchant on review.review (merchant_id, id);
create index review_by_reference on review.review (reference_id, id);

create table review.review_photo (
    id        bigint generated always as identity primary key,
    review_id bigint      not null references review.review (id) on delete cascade,
    name      uuid        not null unique,
    jpeg      bytea       not null,
    added_at  timestamptz not null default now()
);
create index review_photo_by_review on review.review_photo (review_id, id);
