package io.escapement.catalog;

import io.escapement.party.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The photos merchants uploaded for their listings, as metadata-free JPEG in PostgreSQL. Each one
 * is also counted in its listing's {@code photo_count}, in the same transaction.
 */
@Repository
class UploadedPhotos {

    private final JdbcClient jdbc;

    UploadedPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a photo to a draft or on-sale listing of this merchant that has fewer than {@code max}
     * uploaded photos; false when there is no such listing.
     */
    boolean add(MerchantId merchant, ListingId listing, UUID name, byte[] jpeg, int max) {
        boolean counted = jdbc.sql(
                                "update catalog.listing l set photo_count = photo_count + 1"
                                        + " where l.id = :id and l.merchant_id = :merchant and"
                                        + Listings.MERCHANT_MAY_CHANGE
                                        + " and (select count(*) from catalog.listing_photo p where p.listing_id = l.id) < :max")
                        .param("id", listing.value())
                        .param("merchant", merchant.value())
                        .param("max", max)
                        .update()
                == 1;
        if (counted) {
            jdbc.sql("insert into catalog.listing_photo (listing_id, name, jpeg) values (:listing, :name, :jpeg)")
                    .param("listing", listing.value())
                    .param("name", name)
                    .param("jpeg", jpeg)
                    .update();
        }
        return counted;
    }

    /**
     * Removes one of the uploaded photos of a draft or on-sale listing of this merchant. The row is
     * deleted first, so of two requests that remove the same photo only one lowers the count.
     */
    boolean remove(MerchantId merchant, ListingId listing, UUID name) {
        boolean deleted = jdbc.sql("delete from catalog.listing_photo p using catalog.listing l"
                                + " where p.listing_id = l.id and p.name = :name and l.id = :id"
                                + " and l.merchant_id = :merchant and" + Listings.MERCHANT_MAY_CHANGE)
                        .param("id", listing.value())
                        .param("merchant", merchant.value())
                        .param("name", name)
                        .update()
                == 1;
        if (deleted) {
            jdbc.sql("update catalog.listing set photo_count = photo_count - 1 where id = :id")
                    .param("id", listing.value())
                    .update();
        }
        return deleted;
    }

    /** The names of the uploaded photos of this merchant's listing, in upload order. */
    List<UUID> names(MerchantId merchant, ListingId listing) {
        return jdbc.sql("select p.name from catalog.listing_photo p join catalog.listing l on l.id = p.listing_id"
                        + " where l.id = :listing and l.merchant_id = :merchant order by p.id")
                .param("listing", listing.value())
                .param("merchant", merchant.value())
                .query(UUID.class)
                .list();
    }

    Optional<byte[]> jpeg(UUID name) {
        return jdbc.sql("select jpeg from catalog.listing_photo where name = :name")
                .param("name", name)
                .query((rs, row) -> rs.getBytes("jpeg"))
                .optional();
    }
}
