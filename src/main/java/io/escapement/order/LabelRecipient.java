package io.escapement.order;

import io.escapement.privacy.NotPersonalData;

/**
 * The recipient as a merchant's waybill label shows them, masked (issue 14).
 *
 * @param recipientMasked e.g. 张*
 * @param phoneMasked e.g. 138****5678
 * @param province e.g. 广东省
 * @param city e.g. 深圳市
 * @param district e.g. 南山区
 * @param detailMasked the detail line masked
 */
public record LabelRecipient(
        OrderNumber number,
        String recipientMasked,

        @NotPersonalData("masked as the merchant may see it (138****5678); the number is in the vault")
        String phoneMasked,

        String province,
        String city,
        String district,

        @NotPersonalData("the detail line masked; the line is in the vault")
        String detailMasked) {}
