package io.escapement.catalog;

/** How a calibre is powered. */
public enum Movement {
    AUTOMATIC("自动机械", "Automatic"),
    MANUAL("手动机械", "Manual winding"),
    QUARTZ("石英", "Quartz"),
    SPRING_DRIVE("Spring Drive", "Spring Drive");

    private final String zh;
    private final String en;

    Movement(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
