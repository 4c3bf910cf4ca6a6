package io.escapement.privacy;

import java.time.ZoneId;

/** Facts of the jurisdiction the platform serves. */
public final class China {

    /** Mainland China's time zone: days, birthdays and daily limits are counted in it. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Shanghai");

    private China() {}
}
