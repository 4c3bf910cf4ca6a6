package io.escapement.catalog;

import io.escapement.language.Localized;

/** What comes with the watch: the original box and the warranty card or certificate ("papers"). */
public enum BoxAndPapers {
    FULL_SET("表盒证书齐全", "Full set (box & papers)"),
    PAPERS_ONLY("仅有证书", "Papers only"),
    BOX_ONLY("仅有表盒", "Box only"),
    WATCH_ONLY("单表", "Watch only");

    private final Localized label;

    BoxAndPapers(String zh, String en) {
        this.label = new Localized(zh, en);
    }

    /** What comes with the watch, as a buyer reads it. */
    public Localized label() {
        return label;
    }
}
