package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.privacy.NotPersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brands and references: written by hand in {@code catalog/reference-data.json}, upserted into the
 * database on a start-up that finds the file changed (its digest is kept), and then held in memory,
 * because every listing shown needs them and there are only a few hundred.
 */
@Component
class ReferenceData implements InitializingBean {

    static final String SOURCE = "catalog/reference-data.json";

    private static final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());

    ReferenceData(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Imports the file unless the one last imported had the same digest, then reads the data back. */
    @Override
    public void afterPropertiesSet() {
        var bytes = bytes();
        var digest = HexFormat.of().formatHex(sha256(bytes));
        transactions.executeWithoutResult(status -> {
            boolean unchanged = jdbc.sql("select count(*) from catalog.reference_data_source where sha256 = ?")
                            .param(digest)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!unchanged) {
                importFile(parse(bytes));
                jdbc.sql("""
                                insert into catalog.reference_data_source (sha256) values (?)
                                on conflict (id) do update set sha256 = excluded.sha256, imported_at = now()""").param(digest).update();
            }
        });
        reload();
    }

    List<Brand> brands() {
        return List.copyOf(snapshot.brands().values());
    }

    @Nullable
    Brand brand(String slug) {
        return snapshot.brands().get(slug);
    }

    @Nullable
    WatchReference reference(ReferenceId id) {
        return snapshot.references().get(id);
    }

    @Nullable
    WatchReference referenceByKey(String key) {
        return snapshot.referencesByKey().get(key);
    }

    List<WatchReference> references() {
        return List.copyOf(snapshot.references().values());
    }

    static File read() {
        return parse(bytes());
    }

    private static File parse(byte[] bytes) {
        return json.readValue(bytes, File.class);
    }

    private static byte[] bytes() {
        try (var in = new ClassPathResource(SOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SOURCE, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void importFile(File file) {
        int position = 0;
        for (var brand : file.brands()) {
            jdbc.sql("""
                            insert into catalog.brand (slug, name_en, name_zh, aliases, country, founded, position)
                            values (:slug, :nameEn, :nameZh, :aliases, :country, :founded, :position)
                            on conflict (slug) do update set name_en = excluded.name_en, name_zh = excluded.name_zh,
                              aliases = excluded.aliases, country = excluded.country, founded = excluded.founded,
                              position = excluded.position""")
                    .param("slug", brand.slug())
                    .param("nameEn", brand.nameEn())
                    .param("nameZh", brand.nameZh())
                    .param("aliases", brand.aliases().toArray(String[]::new))
                    .param("country", brand.country())
                    .param("founded", brand.founded())
                    .param("position", position++)
                    .update();
            for (var family : brand.families()) {
                long familyId = jdbc.sql("""
                                insert into catalog.model_family (brand_slug, slug, name_en, name_zh)
                                values (:brand, :slug, :nameEn, :nameZh)
                                on conflict (brand_slug, slug) do update
                                  set name_en = excluded.name_en, name_zh = excluded.name_zh
                                returning id""")
                        .param("brand", brand.slug())
                        .param("slug", family.slug())
                        .param("nameEn", family.nameEn())
                        .param("nameZh", family.nameZh())
                        .query(Long.class)
                        .single();
                for (var reference : family.references()) {
                    upsert(brand.slug(), familyId, reference);
                }
            }
        }
    }

    private void upsert(String brand, long familyId, ReferenceEntry reference) {
        jdbc.sql("""
                        insert into catalog.watch_reference (brand_slug, family_id, reference_number, reference_key,
                          name_en, name_zh, calibre, movement, case_material, diameter_mm, water_resistance_m,
                          introduced, discontinued, market_price_cny, nicknames_zh, nicknames_en, appearance)
                        values (:brand, :family, :number, :key, :nameEn, :nameZh, :calibre, :movement, :material,
                          :diameter, :water, :introduced, :discontinued, :price, :nicknamesZh, :nicknamesEn,
                          cast(:appearance as jsonb))
                        on conflict (reference_number) do update set brand_slug = excluded.brand_slug,
                          family_id = excluded.family_id, reference_key = excluded.reference_key,
                          name_en = excluded.name_en, name_zh = excluded.name_zh, calibre = excluded.calibre,
                          movement = excluded.movement, case_material = excluded.case_material,
                          diameter_mm = excluded.diameter_mm, water_resistance_m = excluded.water_resistance_m,
                          introduced = excluded.introduced, discontinued = excluded.discontinued,
                          market_price_cny = excluded.market_price_cny, nicknames_zh = excluded.nicknames_zh,
                          nicknames_en = excluded.nicknames_en, appearance = excluded.appearance""")
                .param("brand", brand)
                .param("family", familyId)
                .param("number", reference.reference())
                .param("key", WatchReference.key(reference.reference()))
                .param("nameEn", reference.nameEn())
                .param("nameZh", reference.nameZh())
                .param("calibre", reference.calibre())
                .param("movement", reference.movement().name())
                .param("material", reference.caseMaterial().name())
                .param("diameter", reference.diameterMm())
                .param("water", reference.waterResistanceM())
                .param("introduced", reference.year())
                .param("discontinued", reference.discontinued())
                .param("price", reference.marketPriceCny())
                .param("nicknamesZh", reference.nicknamesZh().toArray(String[]::new))
                .param("nicknamesEn", reference.nicknamesEn().toArray(String[]::new))
                .param("appearance", json.writeValueAsString(reference.appearance()))
                .update();
    }

    void reload() {
        var brands = new LinkedHashMap<String, Brand>();
        jdbc.sql("select slug, name_en, name_zh, aliases, country, founded from catalog.brand order by position")
                .query((rs, row) -> new Brand(
                        rs.getString("slug"),
                        rs.getString("name_en"),
                        rs.getString("name_zh"),
                        strings(rs.getArray("aliases")),
                        rs.getString("country"),
                        rs.getInt("founded")))
                .list()
                .forEach(brand -> brands.put(brand.slug(), brand));
        var references = new LinkedHashMap<ReferenceId, WatchReference>();
        jdbc.sql("""
                        select r.*, f.name_en as family_en, f.name_zh as family_zh
                        from catalog.watch_reference r join catalog.model_family f on f.id = r.family_id
                        join catalog.brand b on b.slug = r.brand_slug
                        order by b.position, f.id, r.introduced, r.reference_number""")
                .query((rs, row) -> new WatchReference(
                        new ReferenceId(rs.getLong("id")),
                        rs.getString("brand_slug"),
                        rs.getString("family_en"),
                        rs.getString("family_zh"),
                        rs.getString("reference_number"),
                        rs.getString("name_en"),
                        rs.getString("name_zh"),
                        rs.getString("calibre"),
                        Movement.valueOf(rs.getString("movement")),
                        CaseMaterial.valueOf(rs.getString("case_material")),
                        rs.getBigDecimal("diameter_mm"),
                        rs.getInt("water_resistance_m"),
                        rs.getInt("introduced"),
                        rs.getObject("discontinued", Integer.class),
                        Money.yuan(rs.getLong("market_price_cny")),
                        strings(rs.getArray("nicknames_zh")),
                        strings(rs.getArray("nicknames_en")),
                        json.readValue(rs.getString("appearance"), WatchAppearance.class)))
                .list()
                .forEach(reference -> references.put(reference.id(), reference));
        var byKey = new LinkedHashMap<String, WatchReference>();
        references.values().forEach(r -> byKey.put(WatchReference.key(r.referenceNumber()), r));
        snapshot = new Snapshot(
                Collections.unmodifiableMap(brands),
                Collections.unmodifiableMap(references),
                Collections.unmodifiableMap(byKey));
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }

    private record Snapshot(
            Map<String, Brand> brands,
            Map<ReferenceId, WatchReference> references,
            Map<String, WatchReference> referencesByKey) {}

    /** The hand-written file, parsed strictly: an unknown or missing field fails start-up. */
    record File(List<BrandEntry> brands) {}

    record BrandEntry(
            String slug,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameEn,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameZh,

            List<String> aliases,
            String country,
            int founded,
            List<FamilyEntry> families) {
        BrandEntry {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(country, "country");
            aliases = List.copyOf(aliases);
            families = List.copyOf(families);
        }
    }

    record FamilyEntry(
            String slug,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameEn,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameZh,

            List<ReferenceEntry> references) {
        FamilyEntry {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(nameZh, "nameZh");
            references = List.copyOf(references);
        }
    }

    record ReferenceEntry(
            String reference,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameEn,

            @NotPersonalData("a brand, collection or model name in the reference data")
            String nameZh,

            String calibre,
            Movement movement,
            CaseMaterial caseMaterial,
            BigDecimal diameterMm,
            int waterResistanceM,
            int year,
            @Nullable Integer discontinued,
            long marketPriceCny,
            List<String> nicknamesZh,
            List<String> nicknamesEn,
            WatchAppearance appearance) {
        ReferenceEntry {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(calibre, "calibre");
            Objects.requireNonNull(movement, "movement");
            Objects.requireNonNull(caseMaterial, "caseMaterial");
            Objects.requireNonNull(diameterMm, "diameterMm");
            Objects.requireNonNull(appearance, "appearance");
            nicknamesZh = List.copyOf(nicknamesZh);
            nicknamesEn = List.copyOf(nicknamesEn);
        }
    }
}
