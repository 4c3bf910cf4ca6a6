package io.escapement.policy;

import io.escapement.language.Localized;

/** Whether a recipient processes personal information for us or for its own ends. */
public enum RecipientKind {
    /** Acts only on our instructions under a data-processing agreement (受托处理者). */
    PROCESSOR("受托处理者（按我们的指示处理）", "Processor (acts on our instructions)"),
    /** Decides for itself how to process what it receives, under its own privacy policy. */
    INDEPENDENT_CONTROLLER("独立的个人信息处理者", "Independent controller");

    private final String zh;
    private final String en;

    RecipientKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Localized label() {
        return new Localized(zh, en);
    }
}
