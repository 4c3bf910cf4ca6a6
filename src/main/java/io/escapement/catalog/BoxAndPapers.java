package io.escapement.catalog;

/** What comes with the watch: the original box and the warranty card or certificate ("papers"). */
public enum BoxAndPapers {
    FULL_SET("表盒证书齐全", "Full set (box & papers)"),
    PAPERS_ONLY("仅有证书", "Papers only"),
    BOX_ONLY("仅有表盒", "Box only"),
    WATCH_ONLY("单表", "Watch only");

    private final String zh;
    private final String en;

    BoxAndPapers(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
