package io.escapement.address;

import io.escapement.privacy.NotPersonalData;

/**
 * A province, city or district of mainland China.
 *
 * @param code its six-digit GB/T 2260 code, e.g. {@code 440300}
 * @param name its official name, e.g. 深圳市; the city of a municipality is named 市辖区
 */
public record Division(
        String code,

        @NotPersonalData("the name of an administrative division")
        String name) {}
