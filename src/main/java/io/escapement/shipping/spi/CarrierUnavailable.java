package io.escapement.shipping.spi;

/** The carrier could not be reached or did not take the booking; the merchant may try again later. */
public class CarrierUnavailable extends RuntimeException {

    public CarrierUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public CarrierUnavailable(String message) {
        super(message);
    }
}
