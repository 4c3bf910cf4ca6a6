package io.escapement.merchant;

import io.escapement.party.MerchantId;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and registers merchants. */
@Service
public class MerchantDirectory {

    private static final String SELECT = "select id, name, name_en, city, since, rating from merchant.merchant";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    MerchantDirectory(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The vault subject holding the merchant's contact person. */
    public Optional<SubjectId> contactSubject(MerchantId merchant) {
        return jdbc.sql("select contact_subject from merchant.merchant where id = :id")
                .param("id", merchant.value())
                .query(java.util.UUID.class)
                .optional()
                .map(SubjectId::new);
    }

    public Optional<Merchant> find(MerchantId id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id.value())
                .query(MerchantDirectory::merchant)
                .optional();
    }

    /** The merchants with the given ids, keyed by id; unknown ids are left out. */
    public Map<MerchantId, Merchant> findAll(Collection<MerchantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " where id in (:ids)")
                .param("ids", ids.stream().map(MerchantId::value).toList())
                .query(MerchantDirectory::merchant)
                .list()
                .stream()
                .collect(Collectors.toMap(Merchant::id, Function.identity()));
    }

    /** Every merchant id, oldest first. */
    public List<MerchantId> ids() {
        return jdbc.sql("select id from merchant.merchant order by id")
                .query((rs, row) -> new MerchantId(rs.getLong("id")))
                .list();
    }

    private SubjectId contact(MerchantContact contact) {
        var subject = vault.newSubject("merchant-contact");
        vault.store(subject, contact);
        return subject;
    }

    public long count() {
        return jdbc.sql("select count(*) from merchant.merchant")
                .query(Long.class)
                .single();
    }

    /**
     * Registers the merchants in order, in one transaction, and returns their ids in the same order.
     * Each contact person becomes a vault subject; the merchant row keeps only its id.
     */
    @Transactional
    public List<MerchantId> register(List<RegisterMerchant> merchants) {
        return merchants.stream()
                .map(merchant -> jdbc.sql("""
                                insert into merchant.merchant (name, name_en, city, since, rating, contact_subject)
                                values (:name, :nameEn, :city, :since, :rating, :contact) returning id""")
                        .param("contact", contact(merchant.contact()).value())
                        .param("name", merchant.name())
                        .param("nameEn", merchant.nameEn())
                        .param("city", merchant.city())
                        .param("since", merchant.since())
                        .param("rating", merchant.rating())
                        .query((rs, row) -> new MerchantId(rs.getLong("id")))
                        .single())
                .toList();
    }

    private static Merchant merchant(ResultSet rs, int row) throws SQLException {
        return new Merchant(
                new MerchantId(rs.getLong("id")),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("city"),
                rs.getObject("since", LocalDate.class),
                rs.getBigDecimal("rating"));
    }
}
