package io.escapement.catalog;

import io.escapement.language.Localized;

/**
 * Condition grade of a pre-owned watch, with the written criteria an inspector applies. Grades
 * follow the Chinese trade's 成新 scale.
 */
public enum Condition {
    UNWORN(
            "全新未佩戴",
            "Unworn",
            "未佩戴过，保护膜与吊牌齐全，表壳、表带无任何使用痕迹。",
            "Never worn; protective films and hang tag present; no marks on case or bracelet."),
    MINT(
            "99新",
            "Mint",
            "极少佩戴，放大镜下才可见极细微痕迹，表镜与表盘完美。",
            "Worn a handful of times; faint marks visible only under a loupe; crystal and dial perfect."),
    EXCELLENT(
            "95新",
            "Excellent",
            "轻微使用痕迹，表壳与表带有细小划痕，无磕碰，走时正常。",
            "Light signs of wear: fine hairlines on case and bracelet, no dents, keeps good time."),
    VERY_GOOD(
            "9成新",
            "Very good",
            "正常佩戴痕迹，表壳与表扣可见划痕，表盘、指针完好，未经抛光或轻度抛光。",
            "Normal wear: visible scratches on case and clasp, dial and hands intact, unpolished or lightly polished."),
    GOOD(
            "8成新",
            "Good",
            "明显使用痕迹，可能有小磕碰或表带松弛，机芯运行正常，建议保养。",
            "Clear wear: possible small dings or bracelet stretch; movement runs well, service recommended."),
    FAIR(
            "7成新",
            "Fair",
            "较重使用痕迹或更换过非原厂部件，详见描述与质检报告。",
            "Heavy wear or non-original parts fitted; see the description and inspection report.");

    private final Localized label;
    private final Localized criteria;

    Condition(String zh, String en, String criteriaZh, String criteriaEn) {
        this.label = new Localized(zh, en);
        this.criteria = new Localized(criteriaZh, criteriaEn);
    }

    /** The grade's name, e.g. 95新 / Excellent. */
    public Localized label() {
        return label;
    }

    /** The written criteria a watch must meet to carry this grade. */
    public Localized criteria() {
        return criteria;
    }
}
