package io.escapement.address;

import io.escapement.privacy.NotPersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national division list: the provinces, cities and districts of mainland China with their
 * GB/T 2260 codes, from the {@code china-division} package committed under {@code
 * src/main/resources/address} (see its README and ADR 31). Read once at start-up; immutable.
 */
@Component
public class Divisions {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private record Entry(
            String code,

            @NotPersonalData("the name of an administrative division")
            String name,

            @Nullable String provinceCode,
            @Nullable String cityCode) {}

    private final Map<String, Division> provinces;
    private final Map<String, Division> cities;
    private final Map<String, Division> districts;
    private final Map<String, String> parent;

    Divisions() {
        this.provinces = load("provinces.json");
        this.cities = load("cities.json");
        this.districts = load("areas.json");
        this.parent = new LinkedHashMap<>();
        read("cities.json").forEach(city -> parent.put(full(city.code()), full(city.provinceCode())));
        read("areas.json").forEach(area -> parent.put(area.code(), full(area.cityCode())));
    }

    /** The 31 provinces, autonomous regions and municipalities, by code. */
    public List<Division> provinces() {
        return List.copyOf(provinces.values());
    }

    /** The cities of {@code province}; empty when it is not a province's code. */
    public List<Division> cities(@Nullable String province) {
        return children(cities, province);
    }

    /** The districts of {@code city}; empty when it is not a city's code. */
    public List<Division> districts(@Nullable String city) {
        return children(districts, city);
    }

    /**
     * The region of the three codes, each checked: the province exists, the city belongs to it and
     * the district to the city.
     *
     * @throws AddressRefused when a code is blank, unknown, or not part of the division above it
     */
    public Region region(@Nullable String province, @Nullable String city, @Nullable String district) {
        var theProvince = find(provinces, province, "address.province");
        var theCity = find(cities, city, "address.city");
        if (!theProvince.code().equals(parent.get(theCity.code()))) {
            throw new AddressRefused("address.city.notInProvince", theCity.name(), theProvince.name());
        }
        var theDistrict = find(districts, district, "address.district");
        if (!theCity.code().equals(parent.get(theDistrict.code()))) {
            throw new AddressRefused("address.district.notInCity", theDistrict.name(), theCity.name());
        }
        return new Region(theProvince, theCity, theDistrict);
    }

    private List<Division> children(Map<String, Division> level, @Nullable String code) {
        return code == null
                ? List.of()
                : level.values().stream()
                        .filter(division -> code.equals(parent.get(division.code())))
                        .toList();
    }

    private static Division find(Map<String, Division> level, @Nullable String code, String key) {
        if (code == null || code.isBlank()) {
            throw new AddressRefused(key + ".blank");
        }
        var stripped = code.strip();
        return Optional.ofNullable(CODE.matcher(stripped).matches() ? level.get(stripped) : null)
                .orElseThrow(() -> new AddressRefused(key + ".unknown"));
    }

    private static Map<String, Division> load(String file) {
        return read(file).stream()
                .map(entry -> new Division(full(entry.code()), entry.name()))
                .sorted(Comparator.comparing(Division::code))
                .collect(Collectors.toMap(
                        Division::code, division -> division, (first, second) -> first, LinkedHashMap::new));
    }

    private static List<Entry> read(String file) {
        try (var in = new ClassPathResource("address/" + file).getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, Entry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("The division list address/" + file + " cannot be read", e);
        }
    }

    /** The package's 2-digit province and 4-digit city codes padded to GB/T 2260's six digits. */
    private static String full(@Nullable String code) {
        return code == null ? "" : (code + "000000").substring(0, 6);
    }
}
