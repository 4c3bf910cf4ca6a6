package io.escapement.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A postal address in mainland China, Hong Kong, Macau or Taiwan, from the province down to the
 * street.
 *
 * @param province the full official name of one of the 34 provincial-level divisions, e.g. 广东省
 * @param city the prefecture-level city, autonomous prefecture, prefecture or league, e.g. 深圳市;
 *     for the four municipalities, Hong Kong and Macau the same as {@code province}
 * @param district the district, county, county-level city or banner, e.g. 南山区
 * @param detail the street, number, building and room: 2 to 120 characters
 */
public record PostalAddress(String province, String city, String district, String detail) implements Masked {

    private static final List<String> PROVINCES = List.of(
            "北京市",
            "天津市",
            "上海市",
            "重庆市",
            "河北省",
            "山西省",
            "辽宁省",
            "吉林省",
            "黑龙江省",
            "江苏省",
            "浙江省",
            "安徽省",
            "福建省",
            "江西省",
            "山东省",
            "河南省",
            "湖北省",
            "湖南省",
            "广东省",
            "海南省",
            "四川省",
            "贵州省",
            "云南省",
            "陕西省",
            "甘肃省",
            "青海省",
            "台湾省",
            "内蒙古自治区",
            "广西壮族自治区",
            "西藏自治区",
            "宁夏回族自治区",
            "新疆维吾尔自治区",
            "香港特别行政区",
            "澳门特别行政区");

    /** Full names and short ones (广东, 内蒙古, 香港) to full names. */
    private static final Map<String, String> PROVINCE_BY_NAME = PROVINCES.stream()
            .flatMap(province -> Stream.of(Map.entry(province, province), Map.entry(shortName(province), province)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** Divisions with no city level between them and their districts. */
    private static final Set<String> WITHOUT_CITIES = Set.of("北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区");

    private static final List<String> CITY_ENDINGS = List.of("市", "自治州", "地区", "盟");
    private static final List<String> DISTRICT_ENDINGS = List.of("区", "县", "市", "旗");

    public PostalAddress {
        requirePresent(province, "personalData.address.provinceBlank");
        requirePresent(city, "personalData.address.cityBlank");
        requirePresent(district, "personalData.address.districtBlank");
        requirePresent(detail, "personalData.address.detailBlank");
        if (!PROVINCES.contains(province)) {
            throw new InvalidPersonalData("personalData.address.province");
        }
        int detailLength = detail.codePointCount(0, detail.length());
        if (detailLength < 2 || detailLength > 120) {
            throw new InvalidPersonalData("personalData.address.detailLength");
        }
    }

    /**
     * An address from its parts, each trimmed. The province may be given by its full or its short
     * name (广东省 or 广东, 广西壮族自治区 or 广西) and is stored by its full name.
     *
     * @throws InvalidPersonalData when a part is {@code null} or blank, the province is not one of the
     *     34 provincial-level divisions or the detail is not 2 to 120 characters
     */
    public static PostalAddress of(
            @Nullable String province, @Nullable String city, @Nullable String district, @Nullable String detail) {
        String provinceName = strip(province);
        return new PostalAddress(
                PROVINCE_BY_NAME.getOrDefault(provinceName, provinceName), strip(city), strip(district), strip(detail));
    }

    /**
     * Splits an address written on one line, such as {@code 广东省深圳市南山区科技园南路88号}. The
     * province is the full or short name it starts with; the city runs to the first 市, 自治州, 地区
     * or 盟 (for municipalities, Hong Kong and Macau it is the province, so
     * {@code 上海市浦东新区世纪大道100号} has the city 上海市); the district runs to the first 区, 县,
     * 市 or 旗; the rest is the detail.
     *
     * @throws InvalidPersonalData when {@code oneLine} is {@code null} or blank, or the province, city,
     *     district or detail is missing
     */
    public static PostalAddress parse(@Nullable String oneLine) {
        if (oneLine == null || oneLine.isBlank()) {
            throw new InvalidPersonalData("personalData.address.blank");
        }
        String rest = oneLine.strip();
        String provinceName = PROVINCE_BY_NAME.keySet().stream()
                .filter(rest::startsWith)
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new InvalidPersonalData("personalData.address.startsWithProvince"));
        String province = PROVINCE_BY_NAME.get(provinceName);
        rest = rest.substring(provinceName.length()).strip();
        String city;
        if (WITHOUT_CITIES.contains(province)) {
            city = province;
            rest = withoutPrefix(withoutPrefix(rest, province), "市辖区");
        } else {
            int end = endOfFirst(rest, CITY_ENDINGS);
            if (end < 0) {
                throw new InvalidPersonalData("personalData.address.city");
            }
            city = rest.substring(0, end);
            rest = rest.substring(end).strip();
        }
        int end = endOfFirst(rest, DISTRICT_ENDINGS);
        if (end < 0) {
            throw new InvalidPersonalData("personalData.address.district");
        }
        return of(province, city, rest.substring(0, end), rest.substring(end));
    }

    /** The whole address on one line, the city left out where it repeats the province. */
    public String singleLine() {
        return region() + detail;
    }

    /**
     * Province, city and district, with the detail hidden: {@code 广东省深圳市南山区****}; as in
     * {@link #singleLine()}, a city that repeats the province is left out.
     */
    @Override
    public String masked() {
        return region() + "****";
    }

    @Override
    public String toString() {
        return masked();
    }

    private String region() {
        return province + (city.equals(province) ? "" : city) + district;
    }

    private static String shortName(String province) {
        return province.replaceFirst("(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$", "");
    }

    private static void requirePresent(@Nullable String part, String code) {
        if (part == null || part.isBlank()) {
            throw new InvalidPersonalData(code);
        }
    }

    private static String strip(@Nullable String part) {
        return part == null ? "" : part.strip();
    }

    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()).strip() : text;
    }

    /** The index just past the earliest of {@code endings} after the first character, or -1. */
    private static int endOfFirst(String text, List<String> endings) {
        int end = -1;
        int start = Integer.MAX_VALUE;
        for (String ending : endings) {
            int found = text.indexOf(ending, 1);
            if (found >= 0 && found < start) {
                start = found;
                end = found + ending.length();
            }
        }
        return end;
    }
}
