package io.escapement.address;

/** A province, one of its cities and one of that city's districts: where an address is. */
public record Region(Division province, Division city, Division district) {

    /**
     * The names as written on a parcel, e.g. 广东省深圳市南山区; a municipality's city (市辖区) is
     * left out: 北京市东城区.
     */
    public String written() {
        return province.name() + (city.name().equals("市辖区") ? "" : city.name()) + district.name();
    }
}
