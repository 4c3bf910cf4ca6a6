package io.escapement.shipping;

import io.escapement.privacy.NotPersonalData;

/**
 * What a waybill label of a merchant's shipment shows (issue 14): the recipient masked, the region,
 * and the sender, the merchant's business name and city. The label PDF is built from it elsewhere.
 *
 * @param recipientMasked e.g. 张*
 * @param phoneMasked e.g. 138****5678
 * @param detailMasked the detail line masked
 */
public record WaybillLabel(
        String waybill,
        String orderNumber,
        String recipientMasked,

        @NotPersonalData("masked as the merchant may see it (138****5678); the number is in the vault")
        String phoneMasked,

        String province,
        String city,
        String district,

        @NotPersonalData("the detail line masked; the line is in the vault")
        String detailMasked,

        @NotPersonalData("the merchant's registered business name")
        String merchantName,

        String merchantCity) {}
