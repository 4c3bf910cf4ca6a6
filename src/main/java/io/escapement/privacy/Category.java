package io.escapement.privacy;

import io.escapement.language.Localized;
import java.util.Arrays;

/**
 * The category taxonomy of personal information, with dotted codes modelled on fideslang, each
 * classified (P-6) as general or sensitive and graded: grade 3 is personal information, grade 4
 * sensitive personal information.
 */
public enum Category {
    USER_NAME("user.name", Sensitivity.GENERAL, "姓名", "Name"),
    USER_CONTACT_PHONE("user.contact.phone", Sensitivity.GENERAL, "手机号码", "Mobile number"),
    USER_CONTACT_EMAIL("user.contact.email", Sensitivity.GENERAL, "电子邮箱", "E-mail address"),
    USER_CONTACT_ADDRESS("user.contact.address", Sensitivity.GENERAL, "通讯地址", "Postal address"),
    USER_DATE_OF_BIRTH("user.demographic.date_of_birth", Sensitivity.GENERAL, "出生日期", "Date of birth"),
    USER_GOVERNMENT_ID("user.government_id", Sensitivity.SENSITIVE, "身份证件号码", "Government ID number"),
    USER_FINANCIAL("user.financial", Sensitivity.SENSITIVE, "金融账户信息", "Financial account"),
    USER_TRANSACTION(
            "user.financial.transaction", Sensitivity.SENSITIVE, "交易记录", "Orders and payments (number, amount)"),
    USER_LOCATION_PRECISE("user.location.precise", Sensitivity.SENSITIVE, "精准定位", "Precise location"),
    USER_BIOMETRIC("user.biometric", Sensitivity.SENSITIVE, "生物识别信息", "Biometric data"),
    USER_CHILDRENS("user.childrens", Sensitivity.SENSITIVE, "未成年人信息", "Children's data"),
    USER_CREDENTIALS("user.authorization.credentials", Sensitivity.SENSITIVE, "账户凭证", "Account credentials"),
    USER_DEVICE("user.device", Sensitivity.GENERAL, "设备信息", "Device information"),
    USER_SEARCH("user.behavior.search", Sensitivity.GENERAL, "搜索记录", "Search history"),
    USER_BROWSING("user.behavior.browsing", Sensitivity.GENERAL, "浏览记录", "Browsing history"),
    USER_CONTENT("user.content", Sensitivity.GENERAL, "用户发布内容", "Content the user posts"),
    USER_THIRD_PARTY_ACCOUNT(
            "user.account.third_party",
            Sensitivity.GENERAL,
            "第三方账户信息（账户标识、昵称、头像）",
            "Third-party account (identifier, nickname, avatar)");

    private final String code;
    private final Sensitivity sensitivity;
    private final String zh;
    private final String en;

    Category(String code, Sensitivity sensitivity, String zh, String en) {
        this.code = code;
        this.sensitivity = sensitivity;
        this.zh = zh;
        this.en = en;
    }

    /** The dotted code, e.g. {@code user.contact.phone}. */
    public String code() {
        return code;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public boolean isSensitive() {
        return sensitivity == Sensitivity.SENSITIVE;
    }

    /** 3 for personal information, 4 for sensitive personal information. */
    public int grade() {
        return isSensitive() ? 4 : 3;
    }

    public Localized label() {
        return new Localized(zh, en);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static Category ofCode(String code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown personal-data category " + code));
    }
}
