package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;

/** Test data: {@code aListing().withCondition(UNWORN).build()}. */
final class ListWatchBuilder {

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

    static ListWatchBuilder aListing(WatchReference reference) {
        return new ListWatchBuilder(reference.id());
    }

    ListWatchBuilder withCondition(Condition condition) {
        this.condition = condition;
        return this;
    }

    ListWatchBuilder withBoxAndPapers(BoxAndPapers boxAndPapers) {
        this.boxAndPapers = boxAndPapers;
        return this;
    }

    ListWatchBuilder withPrice(long yuan) {
        this.price = Money.yuan(yuan);
        return this;
    }

    ListWatchBuilder withYear(int year) {
        this.year = year;
        return this;
    }

    ListWatchBuilder inCity(String city) {
        this.city = city;
        return this;
    }

    ListWatchBuilder withStatus(ListingStatus status) {
        this.status = status;
        return this;
    }

    ListWatchBuilder byMerchant(MerchantId merchantId) {
        this.merchantId = merchantId;
        return this;
    }

    ListWatchBuilder withSerial(String serial) {
        this.serial = serial;
        return this;
    }

    ListWatchBuilder featured() {
        this.featured = true;
        return this;
    }

    ListWatch build() {
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
}
