package io.escapement.merchant;

import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data for merchants: a shop in Shanghai with its contact person. */
public final class MerchantFixtures {

    private MerchantFixtures() {}

    public static RegisterMerchant merchant(String name, String contactPhone) {
        return new RegisterMerchant(
                name,
                "Test Watches",
                "上海",
                LocalDate.of(2020, 1, 1),
                BigDecimal.valueOf(4.5),
                new MerchantContact(
                        PersonName.parse("李四"),
                        PhoneNumber.parse(contactPhone),
                        EmailAddress.parse("shop@example.com")));
    }
}
