package io.escapement.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.vault.PersonalDataVault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Keeps R-1: nothing leaves the residency region without the separate cross-border consent. */
@SpringBootTest(properties = "escapement.demo.listings=0")
class TransfersTests {

    @Autowired
    Transfers transfers;

    @Autowired
    Consents consents;

    @Autowired
    PersonalDataVault vault;

    @Test
    void blocksATransferAbroadUntilTheSubjectConsentsSeparately() {
        var buyer = vault.newSubject("buyer");
        var abroad = "brand-service-switzerland";
        assertThat(transfers.permits(buyer, abroad, Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .as("refused without the cross-border consent")
                .isFalse();

        consents.grant(buyer, Purpose.CROSS_BORDER_TRANSFER, 1, Channel.WEB, "separate consent dialog v1");
        assertThat(transfers.permits(buyer, abroad, Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .isTrue();
        assertThat(transfers.permits(buyer, abroad, Purpose.ORDER_FULFILMENT, Category.USER_GOVERNMENT_ID))
                .as("only the categories the recipient is registered for")
                .isFalse();

        consents.revoke(buyer, Purpose.CROSS_BORDER_TRANSFER, 1, Channel.WEB, "privacy settings");
        assertThat(transfers.permits(buyer, abroad, Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .isFalse();
    }

    @Test
    void sendsNothingToAnUnregisteredRecipient() {
        var buyer = vault.newSubject("buyer");
        assertThat(transfers.permits(buyer, "data-broker", Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .isFalse();
        assertThat(transfers.permits(buyer, "sf-express", Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .isTrue();
        assertThat(transfers.permits(buyer, "sf-express", Purpose.MARKETING_SMS, Category.USER_NAME))
                .isFalse();
    }
}
