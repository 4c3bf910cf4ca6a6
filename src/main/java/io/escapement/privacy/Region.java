package io.escapement.privacy;

import io.escapement.language.Localized;

/**
 * Where personal information is stored or where a recipient processes it. Mainland China,
 * the special administrative regions, Taiwan and everywhere else are separate regions: sending
 * data from the residency region to any other is a cross-border transfer, which needs the
 * subject's separate consent ({@link Purpose#CROSS_BORDER_TRANSFER}).
 */
public enum Region {
    MAINLAND_CHINA("中国大陆", "mainland China"),
    HONG_KONG("中国香港", "Hong Kong SAR"),
    MACAO("中国澳门", "Macao SAR"),
    TAIWAN("中国台湾", "Taiwan"),
    OVERSEAS("境外其他国家或地区", "outside China");

    private final String zh;
    private final String en;

    Region(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Localized label() {
        return new Localized(zh, en);
    }
}
