package io.escapement.invoice;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The invoice titles, with how many the buyer keeps, on the account page. */
@Component
class InvoiceTitlesOverview implements AccountOverview {

    private final Titles titles;

    InvoiceTitlesOverview(Titles titles) {
        this.titles = titles;
    }

    @Override
    public int position() {
        return 31;
    }

    @Override
    public Section section(SubjectId buyer) {
        return new Section(
                "hub.shopping",
                List.of(new Link("hub-invoice-titles", "/account/invoice-titles", "invoice.titles.title", (long)
                        titles.count(buyer))));
    }
}
