package io.escapement.visual;

/** An uploaded photo we will not decode; {@link #reason()} says why, and which HTTP status fits. */
public class UnacceptablePhoto extends RuntimeException {

    /** Why a photo is refused, with the HTTP status that fits it. */
    public enum Reason {
        EMPTY(400),
        TOO_LARGE(413),
        UNSUPPORTED_TYPE(415),
        TOO_MANY_PIXELS(422),
        UNREADABLE(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    UnacceptablePhoto(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
