package io.escapement.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    ListingPage onSale(ListingFilter filter, ListingSort sort, PageSpec page) {
        var where = new StringBuilder("l.status = 'ON_SALE'");
        var params = new MapSqlParameterSource();
        restrict(where, params, filter);
        long total = jdbc.sql("select count(*) from catalog.listing l where " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        var items = total <= page.offset()
                ? List.<Listing>of()
                : jdbc.sql("select " + COLUMNS + " from catalog.listing l where " + where + " order by " + sort.orderBy
                                + " limit :limit offset :offset")
                        .paramSource(params.addValue("limit", page.size()).addValue("offset", page.offset()))
                        .query(this::map)
                        .list();
        return new ListingPage(items, page.page(), page.size(), total);
    }

    private static void restrict(StringBuilder where, MapSqlParameterSource params, ListingFilter filter) {
        anyOf(where, params, "l.brand_slug", "brands", filter.brands(), Function.identity());
        if (filter.referenceId() != null) {
            where.append(" and l.reference_id = :reference");
            params.addValue("reference", filter.referenceId());
        }
        range(where, params, "l.price_cny", "price", filter.minPrice(), filter.maxPrice());
        range(where, params, "l.year", "year", filter.minYear(), filter.maxYear());
        range(where, params, "l.diameter_mm", "diameter", filter.minDiameter(), filter.maxDiameter());
        anyOf(where, params, "l.condition", "conditions", filter.conditions(), Enum::name);
        anyOf(where, params, "l.case_material", "materials", filter.materials(), Enum::name);
        anyOf(where, params, "l.box_papers", "boxPapers", filter.boxAndPapers(), Enum::name);
        anyOf(where, params, "l.city", "cities", filter.cities(), Function.identity());
    }

    private static <T> void anyOf(
            StringBuilder where,
            MapSqlParameterSource params,
            String column,
            String name,
            java.util.Set<T> values,
            Function<T, String> toColumnValue) {
        if (!values.isEmpty()) {
            where.append(" and ").append(column).append(" in (:").append(name).append(')');
            params.addValue(name, values.stream().map(toColumnValue).sorted().toList());
        }
    }

    private static void range(
            StringBuilder where, MapSqlParameterSource params, String column, String name, Object min, Object max) {
        if (min != null) {
            where.append(" and ").append(column).append(" >= :min").append(name);
            params.addValue("min" + name, min);
        }
        if (max != null) {
            where.append(" and ").append(column).append(" <= :max").append(name);
            params.addValue("max" + name, max);
        }
    }

    Optional<Listing> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog.listing l where l.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
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

    List<String> cities() {
        return jdbc.sql("select distinct city from catalog.listing where status = 'ON_SALE' order by city")
                .query(String.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from catalog.listing")
                .query(Long.class)
                .single();
    }

    void insert(List<ListWatch> watches) {
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
        batch.batchUpdate("""
                insert into catalog.listing (reference_id, brand_slug, case_material, diameter_mm, merchant_id,
                  serial_number, year, condition, box_papers, price_cny, city, status, photo_count, photo_seed,
                  description_zh, description_en, featured, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** What the photo renderer needs of a listing that buyers may see. */
    Optional<PhotoSubject> photoSubject(long id) {
        return jdbc.sql("select reference_id, photo_seed, photo_count from catalog.listing"
                        + " where id = :id and status in ('ON_SALE', 'RESERVED', 'SOLD')")
                .param("id", id)
                .query((rs, row) -> new PhotoSubject(
                        referenceData.reference(rs.getLong("reference_id")),
                        rs.getLong("photo_seed"),
                        rs.getInt("photo_count")))
                .optional();
    }

    record PhotoSubject(WatchReference reference, long seed, int count) {}

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
