package io.escapement.catalog;

import io.escapement.language.Localized;

/** What a watch case is made of; also a storefront filter. */
public enum CaseMaterial {
    STAINLESS_STEEL("精钢", "Stainless steel"),
    YELLOW_GOLD("黄金", "Yellow gold"),
    ROSE_GOLD("玫瑰金", "Rose gold"),
    WHITE_GOLD("白金", "White gold"),
    PLATINUM("铂金", "Platinum"),
    TWO_TONE("间金", "Steel and gold"),
    TITANIUM("钛金属", "Titanium"),
    CERAMIC("陶瓷", "Ceramic"),
    BRONZE("青铜", "Bronze"),
    CARBON("碳纤维", "Carbon");

    private final Localized label;

    CaseMaterial(String zh, String en) {
        this.label = new Localized(zh, en);
    }

    /** The material's name. */
    public Localized label() {
        return label;
    }
}
