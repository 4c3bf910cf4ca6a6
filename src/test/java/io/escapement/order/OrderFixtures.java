package io.escapement.order;

import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.address.EnterAddress;
import io.escapement.vault.SubjectId;

/** Test data for orders: a buyer with a shipping address in their book. */
public final class OrderFixtures {

    public static final String RECIPIENT = "欧阳娜娜";
    public static final String PHONE = "13912345678";
    public static final String DETAIL = "科技园南路88号3栋1201";

    private OrderFixtures() {}

    public record BuyerWithAddress(SubjectId buyer, AddressId address) {}

    public static BuyerWithAddress buyerWithAddress(AddressBook book) {
        var buyer = SubjectId.random();
        var address = book.add(buyer, new EnterAddress(RECIPIENT, PHONE, "440000", "440300", "440305", DETAIL, null));
        return new BuyerWithAddress(buyer, address);
    }
}
