package io.escapement.privacy;

import io.escapement.language.Localized;

/**
 * The grounds on which personal information may be processed (PIPL art. 13; C-9). Only {@link
 * #CONSENT} is stopped by a revocation.
 */
public enum LegalBasis {
    CONSENT("个人同意", "Your consent"),
    CONTRACT("订立、履行合同所必需", "Necessary to conclude or perform a contract with you"),
    LEGAL_OBLIGATION("履行法定职责或法定义务所必需", "Necessary to meet a legal duty or obligation"),
    VITAL_INTERESTS(
            "应对突发公共卫生事件或紧急情况下保护生命健康和财产安全所必需",
            "Necessary in an emergency to protect someone's life, health or property"),
    PUBLIC_INTEREST(
            "为公共利益实施新闻报道、舆论监督等行为，在合理范围内处理", "Reasonable processing for news reporting or public-interest oversight"),
    PUBLICLY_AVAILABLE(
            "在合理范围内处理个人自行公开或者其他已经合法公开的个人信息", "Reasonable processing of information you or others lawfully made public"),
    SERVICE_SECURITY("维护所提供产品或服务的安全稳定运行所必需", "Necessary to keep the service safe and running");

    private final String zh;
    private final String en;

    LegalBasis(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Localized label() {
        return new Localized(zh, en);
    }
}
