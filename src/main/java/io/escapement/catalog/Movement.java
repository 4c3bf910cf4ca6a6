package io.escapement.catalog;

import io.escapement.language.Localized;

/** How a calibre is powered. */
public enum Movement {
    AUTOMATIC("自动机械", "Automatic"),
    MANUAL("手动机械", "Manual winding"),
    QUARTZ("石英", "Quartz"),
    SPRING_DRIVE("Spring Drive", "Spring Drive");

    private final Localized label;

    Movement(String zh, String en) {
        this.label = new Localized(zh, en);
    }

    /** The movement's name. */
    public Localized label() {
        return label;
    }
}
