package io.escapement.address;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The shipping addresses, with how many the buyer keeps, on the account page. */
@Component
class AddressesOverview implements AccountOverview {

    private final Addresses addresses;

    AddressesOverview(Addresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public Section section(SubjectId buyer) {
        return new Section(
                "hub.shopping", List.of(new Link("hub-addresses", "/account/addresses", "address.title", (long)
                        addresses.count(buyer))));
    }
}
