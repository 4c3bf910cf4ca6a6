package io.escapement.review;

import io.escapement.catalog.ListingId;
import io.escapement.catalog.ReferenceId;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.privacy.NotPersonalData;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link Review}s and their photos, the only code that writes the {@code review}
 * schema. A save is written only while the row still has the version the review was loaded with;
 * the events the review registered are published in the saving transaction. A deleted review is
 * removed with its photos.
 */
@Repository
class Reviews {

    private static final String COLUMNS =
            "id, order_id, order_number, buyer, merchant_id, reference_id, listing_id, as_described,"
                    + " service, shipping, body, state, hidden_reason, reply, replied_at, created_at, edited_at, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Reviews(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores a new review ({@link Review#write}) with its sanitised photos, in the order of its
     * photo names, and publishes {@link ReviewEvents.ReviewPublished}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the order has a review already
     */
    Review add(Review written, List<byte[]> jpegs) {
        long id = jdbc.sql("""
                        insert into review.review (order_id, order_number, buyer, merchant_id, reference_id, listing_id, as_described,
                            service, shipping, body, state, created_at)
                        values (:order, :number, :buyer, :merchant, :reference, :listing, :asDescribed, :service, :shipping,
                            :body, :state, :at)
                        returning id""")
                .param("order", written.order().value())
                .param("number", written.orderNumber().value())
                .param("buyer", written.buyer().value())
                .param("merchant", written.merchant().value())
                .param("reference", written.reference().value())
                .param("listing", written.listing().value())
                .param("asDescribed", written.ratings().asDescribed())
                .param("service", written.ratings().service())
                .param("shipping", written.ratings().shipping())
                .param("body", written.text())
                .param("state", written.state().name())
                .param("at", Timestamp.from(written.writtenAt()))
                .query(Long.class)
                .single();
        var names = written.photos();
        for (int i = 0; i < names.size(); i++) {
            insertPhoto(id, names.get(i), jpegs.get(i));
        }
        var review = find(new ReviewId(id)).orElseThrow();
        events.publishEvent(new ReviewEvents.ReviewPublished(review.id(), review.merchant()));
        return review;
    }

    /**
     * Writes the review's state, ratings, text and reply, or deletes it with its photos once it is
     * {@link ReviewState#DELETED}, and publishes its events; {@code photo} is the sanitised JPEG of
     * a photo it attached since it was loaded, if any.
     *
     * @throws OptimisticLockingFailureException when somebody moved it since it was loaded
     */
    void save(Review review, @Nullable Photo photo) {
        int changed;
        if (review.state() == ReviewState.DELETED) {
            changed = jdbc.sql("delete from review.review where id = :id and version = :version")
                    .param("id", review.id().value())
                    .param("version", review.version())
                    .update();
        } else {
            changed = jdbc.sql("""
                            update review.review set as_described = :asDescribed, service = :service,
                                shipping = :shipping, body = :body, state = :state, hidden_reason = :reason,
                                reply = :reply, replied_at = :repliedAt, edited_at = :editedAt, version = version + 1
                            where id = :id and version = :version""")
                    .param("asDescribed", review.ratings().asDescribed())
                    .param("service", review.ratings().service())
                    .param("shipping", review.ratings().shipping())
                    .param("body", review.text())
                    .param("state", review.state().name())
                    .param("reason", review.hiddenReason())
                    .param("reply", review.reply())
                    .param("repliedAt", timestamp(review.repliedAt()))
                    .param("editedAt", timestamp(review.editedAt()))
                    .param("id", review.id().value())
                    .param("version", review.version())
                    .update();
        }
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Review " + review.id() + " was changed meanwhile");
        }
        if (photo != null) {
            insertPhoto(review.id().value(), photo.name(), photo.jpeg());
        }
        review.takeEvents().forEach(events::publishEvent);
    }

    /** A sanitised photo and its name. */
    record Photo(
            @NotPersonalData("a random file name the platform gives the photo")
            UUID name,

            byte[] jpeg) {}

    Optional<Review> find(ReviewId id) {
        return withPhotos(jdbc.sql("select " + COLUMNS + " from review.review where id = :id")
                        .param("id", id.value())
                        .query(this::review)
                        .list())
                .stream()
                .findFirst();
    }

    boolean reviewed(OrderId order) {
        return jdbc.sql("select count(*) from review.review where order_id = :order")
                        .param("order", order.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The buyer's reviews, newest first, hidden ones too. */
    List<Review> ofBuyer(SubjectId buyer, int limit) {
        return withPhotos(jdbc.sql("select " + COLUMNS + " from review.review where buyer = :buyer order by id desc"
                        + " limit :limit")
                .param("buyer", buyer.value())
                .param("limit", limit)
                .query(this::review)
                .list());
    }

    long countOf(SubjectId buyer) {
        return jdbc.sql("select count(*) from review.review where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Long.class)
                .single();
    }

    /** The merchant's reviews, newest first; hidden ones too when {@code alsoHidden}. */
    List<Review> ofMerchant(MerchantId merchant, boolean alsoHidden, int limit) {
        return withPhotos(jdbc.sql("select " + COLUMNS + " from review.review where merchant_id = :merchant"
                        + (alsoHidden ? "" : " and state = 'PUBLISHED'") + " order by id desc limit :limit")
                .param("merchant", merchant.value())
                .param("limit", limit)
                .query(this::review)
                .list());
    }

    /** The published reviews of watches of this reference, newest first. */
    List<Review> publishedOf(ReferenceId reference, int limit) {
        return withPhotos(jdbc.sql("select " + COLUMNS + " from review.review where reference_id = :reference"
                        + " and state = 'PUBLISHED' order by id desc limit :limit")
                .param("reference", reference.value())
                .param("limit", limit)
                .query(this::review)
                .list());
    }

    /** The newest reviews of all merchants, hidden ones too, for the staff's queue. */
    List<Review> newest(int limit) {
        return withPhotos(jdbc.sql("select " + COLUMNS + " from review.review order by id desc limit :limit")
                .param("limit", limit)
                .query(this::review)
                .list());
    }

    /** The merchant's rating over its published reviews. */
    MerchantRating ratingOf(MerchantId merchant) {
        return jdbc.sql("""
                        select count(*) as count,
                            round(avg((as_described + service + shipping) / 3.0), 1) as average
                        from review.review where merchant_id = :merchant and state = 'PUBLISHED'""")
                .param("merchant", merchant.value())
                .query((rs, row) -> new MerchantRating(rs.getLong("count"), rs.getBigDecimal("average")))
                .single();
    }

    /** The photo's JPEG with its review, if the photo exists. */
    Optional<StoredPhoto> photo(UUID name) {
        return jdbc.sql("select review_id, jpeg from review.review_photo where name = :name")
                .param("name", name)
                .query((rs, row) -> new StoredPhoto(new ReviewId(rs.getLong("review_id")), rs.getBytes("jpeg")))
                .optional();
    }

    /** A kept photo and the review it belongs to. */
    record StoredPhoto(ReviewId review, byte[] jpeg) {}

    private void insertPhoto(long review, UUID name, byte[] jpeg) {
        jdbc.sql("insert into review.review_photo (review_id, name, jpeg) values (:review, :name, :jpeg)")
                .param("review", review)
                .param("name", name)
                .param("jpeg", jpeg)
                .update();
    }

    private List<Review> withPhotos(List<Review> loaded) {
        if (loaded.isEmpty()) {
            return loaded;
        }
        var ids = loaded.stream().map(review -> review.id().value()).toList();
        var names = new HashMap<Long, List<UUID>>();
        jdbc.sql("select review_id, name from review.review_photo where review_id in (:ids) order by id")
                .param("ids", ids)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong("review_id"), id -> new ArrayList<>())
                            .add(rs.getObject("name", UUID.class));
                });
        return loaded.stream()
                .map(review -> new Review(
                        review.id(),
                        review.order(),
                        review.orderNumber(),
                        review.buyer(),
                        review.merchant(),
                        review.reference(),
                        review.listing(),
                        review.ratings(),
                        review.text(),
                        review.state(),
                        review.hiddenReason(),
                        review.reply(),
                        review.repliedAt(),
                        review.writtenAt(),
                        review.editedAt(),
                        names.getOrDefault(review.id().value(), List.of()),
                        review.version()))
                .toList();
    }

    private Review review(ResultSet rs, int row) throws SQLException {
        return new Review(
                new ReviewId(rs.getLong("id")),
                new OrderId(rs.getLong("order_id")),
                new OrderNumber(rs.getString("order_number")),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new MerchantId(rs.getLong("merchant_id")),
                new ReferenceId(rs.getLong("reference_id")),
                new ListingId(rs.getLong("listing_id")),
                new Ratings(rs.getInt("as_described"), rs.getInt("service"), rs.getInt("shipping")),
                rs.getString("body"),
                ReviewState.valueOf(rs.getString("state")),
                rs.getString("hidden_reason"),
                rs.getString("reply"),
                instant(rs.getTimestamp("replied_at")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("edited_at")),
                List.of(),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
