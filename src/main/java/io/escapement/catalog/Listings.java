package io.escapement.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
            l.id, l.reference_id, l.merchant_id, l.serial_number, l.year, l.condition, l.box_papers, l.price_cny,
            l.city, l.status, l.photo_count, l.description_zh, l.description_en, l.published_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReferenceData referenceData;

    Listings(JdbcClient jdbc, JdbcTemplate batch, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.referenceData = referenceData;
    }

    /** The listings with these ids, in the same order; ids of missing listings are skipped. */
    List<Listing> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = jdbc
                .sql("select " + COLUMNS + " from catalog.listing l where l.id in (:ids)")
                .param("ids", ids)
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Listing::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    Optional<Listing> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Ids of listings on sale greater than {@code afterId}, ascending, at most {@code limit}. */
    List<Long> onSaleIdsAfter(long afterId, int limit) {
        return jdbc.sql(
                        "select id from catalog.listing where status = 'ON_SALE' and id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
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
    List<Listing> ofMerchant(long merchantId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.merchant_id = :merchant"
                        + " order by l.created_at desc, l.id desc limit :limit")
                .param("merchant", merchantId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Sets the price of a draft or on-sale listing of this merchant; false when there is none. */
    boolean reprice(long merchantId, long id, long priceCny) {
        return jdbc.sql("update catalog.listing set price_cny = :price where id = :id and merchant_id = :merchant"
                                + " and status in ('DRAFT', 'ON_SALE')")
                        .param("price", priceCny)
                        .param("id", id)
                        .param("merchant", merchantId)
                        .update()
                == 1;
    }

    /** Moves a listing from one of {@code from} to {@code to}; false when it was in none of them. */
    boolean changeStatus(long id, Set<ListingStatus> from, ListingStatus to) {
        return jdbc.sql("update catalog.listing set status = :to,"
                                + " published_at = case when :to = 'ON_SALE' then coalesce(published_at, now())"
                                + " else published_at end"
                                + " where id = :id and status in (:from)")
                        .param("to", to.name())
                        .param("id", id)
                        .param("from", from.stream().map(Enum::name).toList())
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

    long latestId() {
        return jdbc.sql("select coalesce(max(id), 0) from catalog.listing")
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from catalog.listing")
                .query(Long.class)
                .single();
    }

    /** Inserts the listings in one batch and returns their new ids, in order. */
    List<Long> insert(List<ListWatch> watches) {
        var now = new Timestamp(System.currentTimeMillis());
        var rows = new ArrayList<Object[]>(watches.size());
        for (var watch : watches) {
            var reference = referenceData.reference(watch.referenceId());
            if (reference == null) {
                throw new IllegalArgumentException("Unknown reference " + watch.referenceId());
            }
            rows.add(new Object[] {
                watch.referenceId(),
                reference.brandSlug(),
                reference.caseMaterial().name(),
                reference.diameterMm(),
                watch.merchantId(),
                watch.serialNumber().value(),
                watch.year(),
                watch.condition().name(),
                watch.boxAndPapers().name(),
                watch.priceCny(),
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
                          serial_number, year, condition, box_papers, price_cny, city, status, photo_count, photo_seed,
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
                .map(key -> ((Number) key.get("id")).longValue())
                .toList();
    }

    /** What the photo renderer needs of a listing that buyers may see. */
    Optional<PhotoSubject> photoSubject(long id) {
        return jdbc.sql("select l.reference_id, l.photo_seed, l.photo_count,"
                        + " array(select p.name from catalog.listing_photo p where p.listing_id = l.id order by p.id)"
                        + " as uploaded from catalog.listing l"
                        + " where l.id = :id and l.status in ('ON_SALE', 'RESERVED', 'SOLD')")
                .param("id", id)
                .query((rs, row) -> new PhotoSubject(
                        referenceData.reference(rs.getLong("reference_id")),
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
        var reference = referenceData.reference(rs.getLong("reference_id"));
        var brand = referenceData.brand(reference.brandSlug());
        var published = rs.getTimestamp("published_at");
        return new Listing(
                rs.getLong("id"),
                brand,
                reference,
                rs.getLong("merchant_id"),
                new SerialNumber(rs.getString("serial_number")).masked(),
                rs.getInt("year"),
                Condition.valueOf(rs.getString("condition")),
                BoxAndPapers.valueOf(rs.getString("box_papers")),
                rs.getLong("price_cny"),
                rs.getString("city"),
                ListingStatus.valueOf(rs.getString("status")),
                rs.getInt("photo_count"),
                rs.getString("description_zh"),
                rs.getString("description_en"),
                published == null ? null : published.toInstant());
    }
}
