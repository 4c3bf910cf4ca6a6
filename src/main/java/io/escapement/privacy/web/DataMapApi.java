package io.escapement.privacy.web;

import io.escapement.privacy.DataMap;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Sensitivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data map as JSON: what personal information the system holds, why, and for how long. */
@RestController
@Tag(name = "Privacy", description = "The data map: personal information the platform holds")
class DataMapApi {

    record Entry(
            String field,
            String category,
            String categoryZh,
            String categoryEn,
            Sensitivity sensitivity,
            int grade,
            List<Purpose> purposes,
            String retention,
            boolean lookup) {}

    private final DataMap dataMap;

    DataMapApi(DataMap dataMap) {
        this.dataMap = dataMap;
    }

    @GetMapping(path = "/api/v1/privacy/data-map", produces = "application/json")
    @Operation(summary = "Every declared personal-data field with its category, grade, purposes and retention")
    List<Entry> dataMap() {
        return dataMap.fields().stream()
                .map(field -> new Entry(
                        field.key(),
                        field.category().code(),
                        field.category().label().zh(),
                        field.category().label().en(),
                        field.sensitivity(),
                        field.category().grade(),
                        field.purposes().stream().sorted().toList(),
                        field.retention().toString(),
                        field.lookup()))
                .toList();
    }
}
