package io.escapement.shipping.spi;

import java.time.Instant;

/**
 * One verified tracking event of a parcel: no personal information (a carrier's route push names
 * places and the parcel's way, not the recipient).
 *
 * @param eventId the carrier's id of the event, unique per carrier: a repeat has the same
 * @param waybill the carrier's waybill number
 * @param at when it happened, as the carrier says
 */
public record TrackingEvent(String eventId, String waybill, TrackingCode code, Instant at) {}
