package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import org.springframework.modulith.test.AssertablePublishedEvents;

/** Test data: {@code aListing().withCondition(UNWORN).build()}. */
public final class ListWatchBuilder {

    private final ReferenceId referenceId;
    private MerchantId merchantId = new MerchantId(1);
    private String serial = "TEST0001";
    private int year = 2021;
    private Condition condition = Condition.EXCELLENT;
    private BoxAndPapers boxAndPapers = BoxAndPapers.FULL_SET;
    private Money price = Money.yuan(100_000);
    private String city = "上海";
    private ListingStatus status = ListingStatus.ON_SALE;
    private int photoCount = 3;
    private boolean featured;

    private ListWatchBuilder(ReferenceId referenceId) {
        this.referenceId = referenceId;
    }

    public static ListWatchBuilder aListing(WatchReference reference) {
        return new ListWatchBuilder(reference.id());
    }

    public ListWatchBuilder withCondition(Condition condition) {
        this.condition = condition;
        return this;
    }

    public ListWatchBuilder withBoxAndPapers(BoxAndPapers boxAndPapers) {
        this.boxAndPapers = boxAndPapers;
        return this;
    }

    public ListWatchBuilder withPrice(long yuan) {
        this.price = Money.yuan(yuan);
        return this;
    }

    public ListWatchBuilder withYear(int year) {
        this.year = year;
        return this;
    }

    public ListWatchBuilder inCity(String city) {
        this.city = city;
        return this;
    }

    public ListWatchBuilder withStatus(ListingStatus status) {
        this.status = status;
        return this;
    }

    public ListWatchBuilder byMerchant(MerchantId merchantId) {
        this.merchantId = merchantId;
        return this;
    }

    public ListWatchBuilder withSerial(String serial) {
        this.serial = serial;
        return this;
    }

    public ListWatchBuilder featured() {
        this.featured = true;
        return this;
    }

    public ListWatch build() {
        return new ListWatch(
                referenceId,
                merchantId,
                new SerialNumber(serial),
                year,
                condition,
                boxAndPapers,
                price,
                city,
                status,
                photoCount,
                42L,
                "描述",
                "Description",
                featured);
    }

    /** Lists the watch in the catalog and gives its id, as the catalog's event names it. */
    public ListingId listIn(Catalog catalog, AssertablePublishedEvents events) {
        catalog.list(java.util.List.of(build()));
        return events.ofType(ListingEvents.ListingsPublished.class)
                .iterator()
                .next()
                .ids()
                .get(0);
    }

    /** Lists the watch in the catalog and gives its id: the merchant's newest listing. */
    public ListingId listIn(Catalog catalog) {
        catalog.list(java.util.List.of(build()));
        return catalog.listingsOf(merchantId).stream()
                .map(Listing::id)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
    }
}
