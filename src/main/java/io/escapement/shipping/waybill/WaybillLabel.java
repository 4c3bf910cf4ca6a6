package io.escapement.shipping.waybill;

import io.escapement.privacy.NotPersonalData;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a privacy waybill (微笑面单, P-9) prints: the recipient only as the caller masked them, the
 * address to the district with a masked detail line, and the sender as a business. The full data
 * travels to the carrier in the booking, never on paper.
 *
 * <p>The label does not mask; it refuses what plainly is not masked: a phone with eleven digits in
 * a row, or a name or detail line without an asterisk.
 */
public record WaybillLabel(
        String waybillNumber,

        @NotPersonalData("a carrier's display name, e.g. 顺丰速运")
        String carrierName,

        @NotPersonalData("masked by the caller (张*); the name is in the vault")
        String recipientNameMasked,

        @NotPersonalData("masked by the caller (138****5678) or a relay number; the number is in the vault")
        String recipientPhoneMasked,

        String province,
        String city,
        String district,
        String detailMasked,

        @NotPersonalData("a merchant's registered business name, an organisation's name")
        String senderBusinessName,

        String senderCity,
        String orderNumber,
        LocalDate printedOn,
        String qrContent) {

    /** Code 128 set B prints any printable ASCII; waybill numbers are letters, digits and dashes. */
    private static final Pattern WAYBILL_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    private static final int QR_MAX = 500;

    public WaybillLabel {
        Objects.requireNonNull(printedOn, "printedOn");
        require(waybillNumber, "waybillNumber");
        if (!WAYBILL_NUMBER.matcher(waybillNumber).matches()) {
            throw new IllegalArgumentException("a waybill number is 4 to 40 letters, digits or dashes");
        }
        require(carrierName, "carrierName");
        require(recipientNameMasked, "recipientNameMasked");
        require(recipientPhoneMasked, "recipientPhoneMasked");
        require(province, "province");
        require(city, "city");
        require(district, "district");
        require(detailMasked, "detailMasked");
        require(senderBusinessName, "senderBusinessName");
        require(senderCity, "senderCity");
        require(orderNumber, "orderNumber");
        require(qrContent, "qrContent");
        if (looksUnmaskedPhone(recipientPhoneMasked)) {
            throw new IllegalArgumentException("the recipient's phone must be masked (138****5678)");
        }
        if (!recipientNameMasked.contains("*")) {
            throw new IllegalArgumentException("the recipient's name must be masked (张*)");
        }
        if (!detailMasked.contains("*")) {
            throw new IllegalArgumentException("the address's detail line must be masked");
        }
        if (qrContent.length() > QR_MAX) {
            throw new IllegalArgumentException("the QR content is at most " + QR_MAX + " characters");
        }
    }

    /**
     * Eleven digits in a row once spaces, dashes and dots are taken out, e.g. {@code 13812345678} or
     * {@code 138 1234 5678}; {@code 138****5678} and a relay number's extension are fine.
     */
    static boolean looksUnmaskedPhone(String phone) {
        var digits = phone.replaceAll("[\\s\\-.()+]", "");
        return ELEVEN_DIGITS.matcher(digits).find();
    }

    private static void require(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
    }
}
