package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Listings in PostgreSQL. The serial number is read only to mask it. */
@Repository
class Listings {

    private static final String COLUMNS = """
            l.id, l.reference_id, l.merchant_id, l.serial_number, l.year, l.condition, l.box_papers, l.price_fen,
            l.city, l.status, l.holder, l.held_until, l.photo_count, l.description_zh, l.description_en, l.published_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReferenceData referenceData;

    Listings(JdbcClient jdbc, JdbcTemplate batch, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.referenceData = referenceData;
    }

    /** The listings with these ids, in the same order; ids of missing listings are skipped. */
    List<Listing> findAll(List<ListingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = jdbc
                .sql("select " + COLUMNS + " from catalog.listing l where l.id in (:ids)")
                .param("ids", ListingId.values(ids))
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Listing::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    Optional<Listing> find(ListingId id) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    /** Ids of listings on sale greater than {@code afterId}, ascending, at most {@code limit}. */
    List<ListingId> onSaleIdsAfter(long afterId, int limit) {
        return jdbc.sql(
                        "select id from catalog.listing where status = 'ON_SALE' and id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, row) -> new ListingId(rs.getLong(1)))
                .list();
    }

    List<Listing> featured(int limit) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.featured and l.status = 'ON_SALE'"
                        + " order by l.id limit :limit")
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    List<Listing> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.status = 'ON_SALE'"
                        + " order by l.published_at desc, l.id desc limit :limit")
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** A merchant's own listings in any status, newest first (at most {@code limit}). */
    List<Listing> ofMerchant(MerchantId merchant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.merchant_id = :merchant"
                        + " order by l.created_at desc, l.id desc limit :limit")
                .param("merchant", merchant.value())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** A page of the merchant's listings on sale, newest published first, and how many there are. */
    ListingPage onSaleOf(MerchantId merchant, PageSpec page) {
        var total = jdbc.sql(
                        "select count(*) from catalog.listing where merchant_id = :merchant and status = 'ON_SALE'")
                .param("merchant", merchant.value())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select " + COLUMNS + " from catalog.listing l"
                        + " where l.merchant_id = :merchant and l.status = 'ON_SALE'"
                        + " order by l.published_at desc, l.id desc limit :limit offset :offset")
                .param("merchant", merchant.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
        return new ListingPage(items, page.page(), page.size(), total);
    }

    private static final String NOT_HELD = " (l.held_until is null or l.held_until <= now())";

    /**
     * A listing ({@code l}) its merchant may change: a draft, or on sale and held by no buyer now
     * (a hold whose time has passed holds nothing).
     */
    static final String MERCHANT_MAY_CHANGE = " l.status in ('DRAFT', 'ON_SALE') and" + NOT_HELD;

    /** Sets the price of a draft or on-sale listing of this merchant that no buyer holds; false when there is none. */
    boolean reprice(MerchantId merchant, ListingId id, Money price) {
        return jdbc.sql(
                                "update catalog.listing l set price_fen = :price where l.id = :id and l.merchant_id = :merchant and"
                                        + MERCHANT_MAY_CHANGE)
                        .param("price", price.minor())
                        .param("id", id.value())
                        .param("merchant", merchant.value())
                        .update()
                == 1;
    }

    /** Withdraws a draft or on-sale listing of this merchant that no buyer holds; false when there is none. */
    boolean withdraw(MerchantId merchant, ListingId id) {
        return jdbc.sql("update catalog.listing l set status = 'WITHDRAWN', holder = null, held_until = null"
                                + " where l.id = :id and l.merchant_id = :merchant and" + MERCHANT_MAY_CHANGE)
                        .param("id", id.value())
                        .param("merchant", merchant.value())
                        .update()
                == 1;
    }

    /**
     * Holds an on-sale listing that no one else holds now, in one conditional update: the row's
     * lock makes concurrent holders wait, and each re-checks the condition, so one wins.
     */
    Optional<Hold> hold(ListingId id, UUID holder, Duration duration) {
        return jdbc.sql(
                        "update catalog.listing l set holder = :holder, held_until = now() + make_interval(secs => :seconds)"
                                + " where l.id = :id and l.status = 'ON_SALE' and" + NOT_HELD + " returning held_until")
                .param("holder", holder)
                .param("seconds", duration.toMillis() / 1000.0)
                .param("id", id.value())
                .query((rs, row) -> new Hold(holder, rs.getTimestamp(1).toInstant()))
                .optional();
    }

    /** Ends this holder's hold that is still running; false when it has none. */
    boolean release(ListingId id, UUID holder) {
        return jdbc.sql("update catalog.listing set holder = null, held_until = null"
                                + " where id = :id and holder = :holder and held_until > now()")
                        .param("id", id.value())
                        .param("holder", holder)
                        .update()
                == 1;
    }

    /**
     * Sells an on-sale watch to the holder of its latest hold, even if that hold has just lapsed,
     * as long as nobody else has held it since; false otherwise.
     */
    boolean sell(ListingId id, UUID holder) {
        return jdbc.sql("update catalog.listing set status = 'SOLD', holder = null, held_until = null"
                                + " where id = :id and status = 'ON_SALE' and holder = :holder")
                        .param("id", id.value())
                        .param("holder", holder)
                        .update()
                == 1;
    }

    /** Streams the listings in these statuses (within a transaction, so PostgreSQL uses a cursor). */
    void forEachInStatus(List<ListingStatus> statuses, java.util.function.Consumer<Listing> sink) {
        var streaming = new JdbcTemplate(java.util.Objects.requireNonNull(batch.getDataSource()));
        streaming.setFetchSize(10_000);
        streaming.query(
                "select " + COLUMNS + " from catalog.listing l where l.status = any(?) order by l.id",
                row -> {
                    sink.accept(map(row, 0));
                },
                (Object) statuses.stream().map(Enum::name).toArray(String[]::new));
    }

    Optional<ListingId> latestId() {
        return jdbc.sql("select max(id) from catalog.listing")
                .query((rs, row) -> rs.getObject(1) == null ? null : new ListingId(rs.getLong(1)))
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from catalog.listing")
                .query(Long.class)
                .single();
    }

    /** Inserts the listings in one batch and returns their new ids, in order. */
    List<ListingId> insert(List<ListWatch> watches) {
        var now = new Timestamp(System.currentTimeMillis());
        var rows = new ArrayList<Object[]>(watches.size());
        for (var watch : watches) {
            var reference = referenceData.reference(watch.referenceId());
            if (reference == null) {
                throw new IllegalArgumentException("Unknown reference " + watch.referenceId());
            }
            rows.add(new Object[] {
                watch.referenceId().value(),
                reference.brandSlug(),
                reference.caseMaterial().name(),
                reference.diameterMm(),
                watch.merchantId().value(),
                watch.serialNumber().value(),
                watch.year(),
                watch.condition().name(),
                watch.boxAndPapers().name(),
                watch.price().minor(),
                watch.city(),
                watch.status().name(),
                watch.photoCount(),
                watch.photoSeed(),
                watch.descriptionZh(),
                watch.descriptionEn(),
                watch.featured(),
                watch.status() == ListingStatus.DRAFT ? null : now
            });
        }
        var keys = new GeneratedKeyHolder();
        batch.batchUpdate(
                connection -> connection.prepareStatement("""
                        insert into catalog.listing (reference_id, brand_slug, case_material, diameter_mm, merchant_id,
                          serial_number, year, condition, box_papers, price_fen, city, status, photo_count, photo_seed,
                          description_zh, description_en, featured, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        var row = rows.get(i);
                        for (int column = 0; column < row.length; column++) {
                            statement.setObject(column + 1, row[column]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        return keys.getKeyList().stream()
                .map(key -> new ListingId(((Number) key.get("id")).longValue()))
                .toList();
    }

    /** What the photo renderer needs of a listing that buyers may see. */
    Optional<PhotoSubject> photoSubject(ListingId id) {
        return jdbc.sql("select l.reference_id, l.photo_seed, l.photo_count,"
                        + " array(select p.name from catalog.listing_photo p where p.listing_id = l.id order by p.id)"
                        + " as uploaded from catalog.listing l"
                        + " where l.id = :id and l.status in ('ON_SALE', 'SOLD')")
                .param("id", id.value())
                .query((rs, row) -> new PhotoSubject(
                        referenceData.reference(new ReferenceId(rs.getLong("reference_id"))),
                        rs.getLong("photo_seed"),
                        rs.getInt("photo_count"),
                        List.of((UUID[]) rs.getArray("uploaded").getArray())))
                .optional();
    }

    /**
     * @param count all photos: the {@code uploaded} ones first, in upload order, then the drawn ones
     */
    record PhotoSubject(WatchReference reference, long seed, int count, List<UUID> uploaded) {}

    private Listing map(ResultSet rs, int row) throws SQLException {
        var reference = referenceData.reference(new ReferenceId(rs.getLong("reference_id")));
        var brand = referenceData.brand(reference.brandSlug());
        var published = rs.getTimestamp("published_at");
        var heldUntil = rs.getTimestamp("held_until");
        return new Listing(
                new ListingId(rs.getLong("id")),
                brand,
                reference,
                new MerchantId(rs.getLong("merchant_id")),
                new SerialNumber(rs.getString("serial_number")).masked(),
                rs.getInt("year"),
                Condition.valueOf(rs.getString("condition")),
                BoxAndPapers.valueOf(rs.getString("box_papers")),
                Money.fen(rs.getLong("price_fen")),
                rs.getString("city"),
                ListingStatus.valueOf(rs.getString("status")),
                heldUntil == null ? null : new Hold(rs.getObject("holder", UUID.class), heldUntil.toInstant()),
                rs.getInt("photo_count"),
                rs.getString("description_zh"),
                rs.getString("description_en"),
                published == null ? null : published.toInstant());
    }
}
