package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingStatus;
import io.escapement.party.MerchantId;
import io.escapement.privacy.Purpose;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;

/** Checkout copies the buyer's address into the order, sealed, and refuses what it cannot sell. */
@SpringBootTest(properties = "escapement.demo.listings=0")
class CheckoutTests {

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    PersonalDataVault vault;

    @FlywayDataSource
    @Autowired
    DataSource admin;

    @Test
    void theOrderKeepsItsOwnSealedCopyOfTheAddressWhenTheBookEntryIsDeleted() {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var order = checkout.place(customer.buyer(), watch("COPY0001", 41), customer.address());

        addresses.delete(customer.buyer(), customer.address());

        var shipTo = orders.find(customer.buyer(), order.number()).orElseThrow().shipTo();
        assertThat(shipTo.region()).isEqualTo("广东省深圳市南山区");
        assertThat(shipTo.districtCode()).isEqualTo("440305");
        assertThat(vault.show(
                        shipTo.sealed(),
                        OrderAddress.class,
                        "recipient",
                        Purpose.ORDER_FULFILMENT,
                        Accessor.system("checkout test")))
                .isEqualTo(new Read.Present<>("欧阳**"));
        ResidueScan.of(admin).assertNoneOf(OrderFixtures.RECIPIENT, OrderFixtures.PHONE, OrderFixtures.DETAIL);
    }

    @Test
    void refusesAnotherBuyersAddressAnUnknownWatchAndOneNotOnSale() {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var stranger = OrderFixtures.buyerWithAddress(addresses);
        var watch = watch("REFUSE01", 42);

        assertThatThrownBy(() -> checkout.place(customer.buyer(), watch, stranger.address()))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("checkout.unknownAddress"));
        assertThatThrownBy(() -> checkout.place(customer.buyer(), watch, new AddressId(UUID.randomUUID())))
                .hasMessage("checkout.unknownAddress");
        assertThatThrownBy(() -> checkout.place(customer.buyer(), new ListingId(987_654_321), customer.address()))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        refused -> assertThat(refused.conflict()).isFalse())
                .hasMessage("checkout.notOnSale");
        catalog.withdraw(new MerchantId(42), watch);
        assertThatThrownBy(() -> checkout.place(customer.buyer(), watch, customer.address()))
                .hasMessage("checkout.notOnSale");
        assertThat(orders.list(customer.buyer(), OrderFilter.ALL)).isEmpty();
    }

    private ListingId watch(String serial, long merchant) {
        var reference = catalog.referenceByNumber("5711/1A-010").orElseThrow();
        return aListing(reference)
                .withSerial(serial)
                .withStatus(ListingStatus.ON_SALE)
                .byMerchant(new MerchantId(merchant))
                .listIn(catalog);
    }
}
