package io.escapement.order;

import io.escapement.vault.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * Where an order ships: the vault subject that seals its {@link OrderAddress}, and the region in
 * plain codes and words, which name no person.
 *
 * @param region the province, city and district as written on a parcel, e.g. 广东省深圳市南山区
 * @param postcode six digits, or {@code null}
 */
public record ShipTo(
        SubjectId sealed,
        String provinceCode,
        String cityCode,
        String districtCode,
        String region,
        @Nullable String postcode) {}
