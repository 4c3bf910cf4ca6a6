package io.escapement.address;

import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code address.shipping_address} rows: codes, flags and the vault subject, no personal data. */
@Repository
class Addresses {

    /** One row: whose address it is, where its sealed values are, and its plain parts. */
    record Row(
            AddressId id,
            SubjectId buyer,
            SubjectId sealed,
            String province,
            String city,
            String district,
            @Nullable String postcode,
            boolean isDefault) {}

    private static final String COLUMNS =
            "id, buyer, vault_subject, province_code, city_code, district_code, postcode, is_default";

    private final JdbcClient jdbc;

    Addresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises changes to one buyer's book until the transaction ends, on every application node:
     * two concurrent adds cannot both be the 20th.
     */
    void lock(SubjectId buyer) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param(
                        "key",
                        buyer.value().getMostSignificantBits() ^ buyer.value().getLeastSignificantBits())
                .query()
                .singleValue();
    }

    List<Row> of(SubjectId buyer) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from address.shipping_address where buyer = :buyer order by is_default desc, created_at, id")
                .param("buyer", buyer.value())
                .query(Addresses::row)
                .list();
    }

    Optional<Row> find(SubjectId buyer, AddressId id) {
        return jdbc.sql("select " + COLUMNS + " from address.shipping_address where id = :id and buyer = :buyer")
                .param("id", id.value())
                .param("buyer", buyer.value())
                .query(Addresses::row)
                .optional();
    }

    int count(SubjectId buyer) {
        return jdbc.sql("select count(*) from address.shipping_address where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Integer.class)
                .single();
    }

    void insert(Row row) {
        jdbc.sql("insert into address.shipping_address (" + COLUMNS
                        + ") values (:id, :buyer, :sealed, :province, :city, :district, :postcode, :isDefault)")
                .param("id", row.id().value())
                .param("buyer", row.buyer().value())
                .param("sealed", row.sealed().value())
                .param("province", row.province())
                .param("city", row.city())
                .param("district", row.district())
                .param("postcode", row.postcode())
                .param("isDefault", row.isDefault())
                .update();
    }

    void update(Row row) {
        jdbc.sql("""
                        update address.shipping_address
                           set province_code = :province, city_code = :city, district_code = :district,
                               postcode = :postcode, updated_at = now()
                         where id = :id and buyer = :buyer""")
                .param("id", row.id().value())
                .param("buyer", row.buyer().value())
                .param("province", row.province())
                .param("city", row.city())
                .param("district", row.district())
                .param("postcode", row.postcode())
                .update();
    }

    /** Makes {@code id} the buyer's one default address; the partial unique index keeps it one. */
    void makeDefault(SubjectId buyer, AddressId id) {
        jdbc.sql("update address.shipping_address set is_default = false where buyer = :buyer and is_default")
                .param("buyer", buyer.value())
                .update();
        jdbc.sql("update address.shipping_address set is_default = true where buyer = :buyer and id = :id")
                .param("buyer", buyer.value())
                .param("id", id.value())
                .update();
    }

    void delete(Row row) {
        jdbc.sql("delete from address.shipping_address where id = :id")
                .param("id", row.id().value())
                .update();
    }

    private static Row row(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
        return new Row(
                new AddressId(rs.getObject("id", UUID.class)),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new SubjectId(rs.getObject("vault_subject", UUID.class)),
                rs.getString("province_code"),
                rs.getString("city_code"),
                rs.getString("district_code"),
                rs.getString("postcode"),
                rs.getBoolean("is_default"));
    }
}
