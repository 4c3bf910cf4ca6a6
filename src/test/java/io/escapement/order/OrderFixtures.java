package io.escapement.order;

import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.address.EnterAddress;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.vault.SubjectId;

/**
 * Test data for orders: a buyer with a shipping address in their book, who has accepted the terms
 * of service in effect (as at registration) or not.
 */
public final class OrderFixtures {

    public static final String RECIPIENT = "欧阳娜娜";
    public static final String PHONE = "13912345678";
    public static final String DETAIL = "科技园南路88号3栋1201";

    private OrderFixtures() {}

    public record BuyerWithAddress(SubjectId buyer, AddressId address) {}

    public static BuyerWithAddress buyerWithAddress(AddressBook book) {
        var buyer = SubjectId.random();
        return new BuyerWithAddress(buyer, address(book, buyer));
    }

    /** Adds the fixture's address (广东省深圳市南山区, {@link #DETAIL}) to {@code buyer}'s book. */
    public static AddressId address(AddressBook book, SubjectId buyer) {
        return book.add(buyer, new EnterAddress(RECIPIENT, PHONE, "440000", "440300", "440305", DETAIL, null));
    }

    /**
     * Runs the settlement-due half of the order's deadline job as at {@code now}, for tests in other
     * packages; returns the orders it marked due.
     */
    public static java.util.List<OrderId> markSettlementDue(
            org.springframework.context.ApplicationContext context, java.time.Instant now) {
        return context.getBean(ReceiptDeadlines.class).publishSettlementDue(now);
    }

    /**
     * Marks the order due for settlement, as the deadline job marks a received order once its
     * return window is over, for payment tests that settle paid orders which never shipped.
     */
    public static <T extends Order> T settlementDue(org.springframework.jdbc.core.simple.JdbcClient jdbc, T order) {
        jdbc.sql("update orders.buyer_order set settlement_due_at = now() where id = :id")
                .param("id", order.id().value())
                .update();
        return order;
    }

    /** A buyer with an address who accepted the terms of service in effect, as every registered buyer has. */
    public static BuyerWithAddress buyerWithAddress(AddressBook book, TermsVersions terms) {
        var customer = buyerWithAddress(book);
        terms.acceptInEffect(customer.buyer().value(), AcceptanceChannel.WEB, TermsOccasion.SIGN_UP);
        return customer;
    }
}
