package io.escapement.policy;

import io.escapement.language.Localized;

/**
 * The kinds of change that make a new version of the policy material (N-2): users are told of it
 * prominently and asked to accept it.
 */
public enum MaterialChange {
    SERVICE_MODEL_OR_PURPOSE(
            "服务模式变化：处理个人信息的目的、种类或方式改变",
            "The service changes: why we process personal information, which kinds, or how"),
    OWNERSHIP_OR_STRUCTURE(
            "所有者或组织架构变化，例如并购、重组或破产",
            "Ownership or structure changes, for example a merger, reorganisation or insolvency"),
    MAIN_RECIPIENTS(
            "我们向谁共享、转让或公开披露个人信息（主要对象）发生变化",
            "The main parties we share, transfer or disclose personal information to change"),
    USER_RIGHTS(
            "您对个人信息享有的权利或行使权利的方式发生重大变化",
            "Your rights over your personal information, or how you exercise them, change significantly"),
    RESPONSIBLE_DEPARTMENT_OR_CONTACTS(
            "个人信息保护的负责部门、联系渠道或投诉途径有变",
            "The department responsible for personal information, its contacts or the complaint channels change"),
    HIGH_RISK_ASSESSMENT("个人信息保护影响评估发现高风险", "A personal-information protection impact assessment finds a high risk");

    private final String zh;
    private final String en;

    MaterialChange(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Localized label() {
        return new Localized(zh, en);
    }
}
