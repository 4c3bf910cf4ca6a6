package io.escapement.privacy;

import io.escapement.language.Localized;

/**
 * The closed registry of purposes (C-15): every declaration and every read names one. Each has
 * its legal basis, whether the service needs it, whether it needs a separate consent (sensitive
 * information, cross-border transfer), and, for optional ones, what stops working without it.
 */
public enum Purpose {
    ACCOUNT(
            LegalBasis.CONTRACT,
            false,
            "账户注册与管理",
            "Account registration and management",
            "创建和维护您的账户，让您登录并使用服务。",
            "Create and keep your account so that you can sign in and use the service.",
            null,
            null),
    MERCHANT_ONBOARDING(
            LegalBasis.CONTRACT,
            false,
            "商家入驻与资质审核",
            "Merchant onboarding and verification",
            "核实商家主体与联系人，以便其在平台出售腕表。",
            "Verify merchants and their contacts before they sell on the platform.",
            null,
            null),
    ORDER_FULFILMENT(
            LegalBasis.CONTRACT,
            false,
            "订单履约与配送",
            "Order fulfilment and delivery",
            "完成交易、鉴定、发货与收货。",
            "Complete the sale, the inspection, shipping and delivery.",
            null,
            null),
    PAYMENT(
            LegalBasis.CONTRACT,
            false,
            "支付与结算",
            "Payment and settlement",
            "收款、担保交易与向商家结算。",
            "Take payment, hold it in escrow and settle with the merchant.",
            null,
            null),
    CUSTOMER_SERVICE(
            LegalBasis.CONTRACT,
            false,
            "客户服务与售后",
            "Customer service and after-sales",
            "处理咨询、退货、退款与投诉。",
            "Answer questions and handle returns, refunds and complaints.",
            null,
            null),
    SECURITY(
            LegalBasis.SERVICE_SECURITY,
            false,
            "账户与交易安全",
            "Account and transaction security",
            "防范欺诈、盗号与违规交易。",
            "Prevent fraud, account takeover and prohibited trades.",
            null,
            null),
    LEGAL_OBLIGATION(
            LegalBasis.LEGAL_OBLIGATION,
            false,
            "履行法定义务",
            "Legal obligations",
            "依法保存交易记录、开具发票、配合有权机关。",
            "Keep records, issue invoices and answer lawful requests as the law requires.",
            null,
            null),
    LOCATION(
            LegalBasis.CONSENT,
            true,
            "基于位置的推荐",
            "Recommendations near you",
            "按您当前位置推荐附近的商家与腕表；只在请求时使用，不保存轨迹。",
            "Rank merchants and watches near your current position; used per request, never stored as a trail.",
            "“附近”推荐不再可用。",
            "'Near you' recommendations stop."),
    CAMERA(
            LegalBasis.CONSENT,
            false,
            "相机",
            "Camera",
            "拍照购物、扫描鉴定证书二维码。",
            "Photo shopping and scanning certificate QR codes.",
            "无法用相机拍照找表或扫码。",
            "You cannot search by taking a photo or scan codes."),
    PHOTO_LIBRARY(
            LegalBasis.CONSENT,
            false,
            "相册",
            "Photo library",
            "从相册选择照片用于拍照购物或晒单。",
            "Choose photos from your library for photo shopping or reviews.",
            "无法从相册上传照片。",
            "You cannot upload photos from your library."),
    MICROPHONE(
            LegalBasis.CONSENT,
            false,
            "麦克风",
            "Microphone",
            "语音搜索与在线客服语音消息。",
            "Voice search and voice messages to customer service.",
            "无法使用语音功能。",
            "Voice features stop."),
    CONTACTS(
            LegalBasis.CONSENT,
            false,
            "通讯录",
            "Contacts",
            "快速填写收货人或分享商品给好友。",
            "Fill in a recipient or share a watch with a friend quickly.",
            "需要手动填写联系人。",
            "You type contacts in by hand."),
    PERSONALISATION(
            LegalBasis.CONSENT,
            false,
            "个性化推荐",
            "Personalised recommendations",
            "根据订单、浏览与您设置的兴趣推荐腕表。",
            "Recommend watches from your orders, browsing and the interests you set.",
            "您看到的是非个性化的推荐，您的画像停止更新。",
            "You see non-personalised recommendations and your profile stops updating."),
    MARKETING_EMAIL(
            LegalBasis.CONSENT,
            false,
            "邮件营销",
            "Marketing by e-mail",
            "通过电子邮件发送新品与优惠信息。",
            "Send new arrivals and offers by e-mail.",
            "不再收到营销邮件。",
            "No more marketing e-mails."),
    MARKETING_SMS(
            LegalBasis.CONSENT,
            false,
            "短信营销",
            "Marketing by SMS",
            "通过短信发送新品与优惠信息；回复TD可退订。",
            "Send new arrivals and offers by SMS; reply TD to stop.",
            "不再收到营销短信。",
            "No more marketing SMS."),
    MARKETING_PUSH(
            LegalBasis.CONSENT,
            false,
            "推送营销",
            "Marketing by push notification",
            "通过应用推送发送新品与优惠信息。",
            "Send new arrivals and offers as app notifications.",
            "不再收到营销推送。",
            "No more marketing notifications."),
    SHARING(
            LegalBasis.CONSENT,
            false,
            "分享到其他应用",
            "Sharing to other apps",
            "您主动把一块腕表分享到微信、微博等应用时，由分享组件完成转发。",
            "When you choose to share a watch to WeChat, Weibo or another app, the share component passes it on.",
            "无法一键分享，您仍可复制链接。",
            "One-tap sharing stops; you can still copy the link."),
    ANALYTICS(
            LegalBasis.CONSENT,
            false,
            "关联账户的统计分析",
            "Analytics linked to your account",
            "把访问记录与您的账户关联，用于改进服务；未同意时只做匿名汇总统计。",
            "Link visits to your account to improve the service; without consent visits are only counted anonymously.",
            "访问仅做匿名统计。",
            "Visits are only counted anonymously."),
    CROSS_BORDER_TRANSFER(
            LegalBasis.CONSENT,
            true,
            "向境外提供个人信息",
            "Transfer outside mainland China",
            "当您选择的服务需要境外接收方时，向其提供必要信息。",
            "Give a recipient outside mainland China what a service you chose needs.",
            "需要境外接收方的服务不可用。",
            "Services that need a recipient abroad are unavailable."),
    BIOMETRIC_IDENTIFICATION(
            LegalBasis.CONSENT,
            true,
            "生物识别",
            "Biometric identification",
            "目前不处理任何生物识别信息；人脸登录由您的设备完成（通行密钥）。今后任何用途都需单独征得同意。",
            "We process no biometric data today; face sign-in happens on your device (passkeys). Any future use needs"
                    + " this separate consent.",
            "不影响任何现有功能。",
            "Nothing stops: no feature uses it.");

    private final LegalBasis legalBasis;
    private final boolean separateConsent;
    private final String zh;
    private final String en;
    private final String descriptionZh;
    private final String descriptionEn;
    private final String withoutZh;
    private final String withoutEn;

    Purpose(
            LegalBasis legalBasis,
            boolean separateConsent,
            String zh,
            String en,
            String descriptionZh,
            String descriptionEn,
            String withoutZh,
            String withoutEn) {
        this.legalBasis = legalBasis;
        this.separateConsent = separateConsent;
        this.zh = zh;
        this.en = en;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.withoutZh = withoutZh;
        this.withoutEn = withoutEn;
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /** Whether processing depends on the subject's consent, and so stops when it is revoked. */
    public boolean needsConsent() {
        return legalBasis == LegalBasis.CONSENT;
    }

    /** Required purposes are the service itself; refusing them means not using the service. */
    public boolean isRequired() {
        return !needsConsent();
    }

    /** Needs its own, explicit consent, never bundled with others (sensitive, cross-border). */
    public boolean needsSeparateConsent() {
        return separateConsent;
    }

    public boolean isMarketing() {
        return this == MARKETING_EMAIL || this == MARKETING_SMS || this == MARKETING_PUSH;
    }

    public Localized label() {
        return new Localized(zh, en);
    }

    public Localized description() {
        return new Localized(descriptionZh, descriptionEn);
    }

    /** What stops working without this purpose; empty for required ones. */
    public Localized withoutIt() {
        return withoutZh == null || withoutEn == null ? Localized.same("") : new Localized(withoutZh, withoutEn);
    }
}
