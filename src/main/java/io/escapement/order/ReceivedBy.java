package io.escapement.order;

/** Who confirmed that the buyer received the watch. */
public enum ReceivedBy {
    /** The buyer, on the order's page or in the app. */
    BUYER,
    /** The platform, once the auto-confirm period after delivery was over. */
    AUTOMATICALLY
}
