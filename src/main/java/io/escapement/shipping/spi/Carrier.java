package io.escapement.shipping.spi;

import java.util.Map;

/** A carrier: books pickups and reports a parcel's way to the buyer through a signed webhook. */
public interface Carrier {

    /** The carrier's id in URLs ({@code /api/v1/shipping/{id}/events}) and in the policy's registry. */
    String id();

    /** The carrier's name as its labels print it, e.g. 顺丰速运. */
    String name();

    /**
     * The recipient id of the policy's registry that receives the pickup's personal information
     * through the sharing gateway, e.g. {@code sf-express}.
     */
    String recipient();

    /**
     * Books a pickup of the parcel (SF Express: 下单, serviceCode {@code EXP_RECE_CREATE_ORDER}).
     *
     * @return the waybill number the carrier gave the parcel
     * @throws CarrierUnavailable when the carrier cannot be reached or does not take the booking
     */
    String book(PickupRequest request);

    /**
     * Verifies one webhook call and reads its tracking events.
     *
     * @param headers the request's headers, names in lower case
     * @throws ForgedTrackingEvent when the signature does not verify, or the call was signed more
     *     than an hour ago (how long the platform remembers replay keys)
     * @throws UnreadableTrackingEvent when it verifies but its body is not the carrier's format
     */
    VerifiedPush verify(Map<String, String> headers, byte[] body);
}
