-- The watch record: brand -> model family -> reference -> listing (one physical watch).
create table catalog.brand (
    slug        text primary key check (slug ~ '^[a-z0-9-]+$'),
    name_en     text    not null,
    name_zh     text    not null,
    aliases     text[]  not null default '{}',
    country     char(2) not null,
    founded     integer not null,
    position    integer not null
);

create table catalog.model_family (
    id          bigint generated always as identity primary key,
    brand_slug  text not null references catalog.brand (slug),
    slug        text not null,
    name_en     text not null,
    name_zh     text not null,
    unique (brand_slug, slug)
);

create table catalog.watch_reference (
    id                 bigint generated always as identity primary key,
    brand_slug         text         not null references catalog.brand (slug),
    family_id          bigint       not null references catalog.model_family (id),
    reference_number   text         not null unique,
    reference_key      text         not null unique,
    name_en            text         not null,
    name_zh            text         not null,
    calibre            text         not null,
    movement           text         not null,
    case_material      text         not null,
    diameter_mm        numeric(4,1) not null check (diameter_mm > 0),
    water_resistance_m integer      not null check (water_resistance_m >= 0),
    introduced         integer      not null,
    discontinued       integer,
    market_price_cny   bigint       not null check (market_price_cny > 0),
    nicknames_zh       text[]       not null default '{}',
    nicknames_en       text[]       not null default '{}',
    appearance         jsonb        not null
);
create index watch_reference_brand on catalog.watch_reference (brand_slug);

-- brand_slug, case_material and diameter_mm are copied from the reference (which never changes
-- them) so that the storefront's filters are answered from one table and its indexes.
create table catalog.listing (
    id             bigint generated always as identity primary key,
    reference_id   bigint       not null references catalog.watch_reference (id),
    brand_slug     text         not null references catalog.brand (slug),
    case_material  text         not null,
    diameter_mm    numeric(4,1) not null,
    merchant_id    bigint       not null,
    serial_number  text         not null,
    year           integer      not null check (year between 1900 and 2100),
    condition      text         not null,
    box_papers     text         not null,
    price_cny      bigint       not null check (price_cny > 0),
    city           text         not null,
    status         text         not null check (status in ('DRAFT', 'ON_SALE', 'RESERVED', 'SOLD', 'WITHDRAWN')),
    photo_count    smallint     not null check (photo_count between 0 and 12),
    photo_seed     bigint       not null,
    description_zh text         not null,
    description_en text         not null,
    featured       boolean      not null default false,
    created_at     timestamptz  not null default now(),
    published_at   timestamptz
);
create index listing_on_sale_newest on catalog.listing (published_at desc, id desc) where status = 'ON_SALE';
create index listing_on_sale_price on catalog.listing (price_cny, id) where status = 'ON_SALE';
create index listing_on_sale_brand on catalog.listing (brand_slug, published_at desc, id desc) where status = 'ON_SALE';
create index listing_on_sale_brand_price on catalog.listing (brand_slug, price_cny, id) where status = 'ON_SALE';
create index listing_reference on catalog.listing (reference_id);
create index listing_featured on catalog.listing (id) where featured and status = 'ON_SALE';
