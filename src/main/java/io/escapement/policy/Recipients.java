package io.escapement.policy;

import static io.escapement.privacy.Category.USER_CONTACT_ADDRESS;
import static io.escapement.privacy.Category.USER_CONTACT_EMAIL;
import static io.escapement.privacy.Category.USER_CONTACT_PHONE;
import static io.escapement.privacy.Category.USER_CONTENT;
import static io.escapement.privacy.Category.USER_CREDENTIALS;
import static io.escapement.privacy.Category.USER_DEVICE;
import static io.escapement.privacy.Category.USER_GOVERNMENT_ID;
import static io.escapement.privacy.Category.USER_NAME;
import static io.escapement.privacy.Category.USER_TRANSACTION;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of everyone outside the platform that receives personal information, published in
 * the policy (N-4) and consulted by the sharing gateway: a recipient that is not registered, or a
 * purpose or category not registered for it, receives nothing (S-2). A recipient outside the
 * residency region is cross-border: the registry refuses it anything unless it is registered
 * for {@link Purpose#CROSS_BORDER_TRANSFER}, and the gateway must also hold the subject's separate
 * consent to that purpose.
 */
public final class Recipients {

    /** The recipients the platform shares with today. */
    public static final List<Recipient> REGISTERED = List.of(
            new Recipient(
                    "sf-express",
                    "顺丰速运",
                    "SF Express",
                    "顺丰速运有限公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.ORDER_FULFILMENT),
                    Set.of(USER_NAME, USER_CONTACT_PHONE, USER_CONTACT_ADDRESS)),
            new Recipient(
                    "alipay",
                    "支付宝",
                    "Alipay",
                    "支付宝（中国）网络技术有限公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_TRANSACTION)),
            new Recipient(
                    "wechat-pay",
                    "微信支付",
                    "WeChat Pay",
                    "财付通支付科技有限公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_TRANSACTION)),
            new Recipient(
                    "unionpay",
                    "银联",
                    "UnionPay",
                    "中国银联股份有限公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_TRANSACTION)),
            new Recipient(
                    "merchants",
                    "出售腕表的商家",
                    "The merchant selling the watch",
                    "在平台入驻的商家（每笔订单对应的卖方）",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.ORDER_FULFILMENT, Purpose.CUSTOMER_SERVICE),
                    Set.of(USER_NAME, USER_CONTACT_PHONE, USER_CONTACT_ADDRESS, USER_TRANSACTION)),
            new Recipient(
                    "sms-gateway",
                    "短信通道（腾讯云短信）",
                    "SMS gateway (Tencent Cloud SMS)",
                    "腾讯云计算（北京）有限责任公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.PROCESSOR,
                    Set.of(Purpose.ACCOUNT, Purpose.ORDER_FULFILMENT, Purpose.SECURITY, Purpose.MARKETING_SMS),
                    Set.of(USER_CONTACT_PHONE)),
            new Recipient(
                    "cloud-hosting",
                    "云服务器与数据库托管（阿里云）",
                    "Cloud servers and database hosting (Alibaba Cloud)",
                    "阿里云计算有限公司",
                    Region.MAINLAND_CHINA,
                    RecipientKind.PROCESSOR,
                    EnumSet.of(
                            Purpose.ACCOUNT,
                            Purpose.MERCHANT_ONBOARDING,
                            Purpose.ORDER_FULFILMENT,
                            Purpose.PAYMENT,
                            Purpose.CUSTOMER_SERVICE,
                            Purpose.SECURITY,
                            Purpose.LEGAL_OBLIGATION),
                    EnumSet.of(
                            USER_NAME,
                            USER_CONTACT_PHONE,
                            USER_CONTACT_EMAIL,
                            USER_CONTACT_ADDRESS,
                            USER_GOVERNMENT_ID,
                            USER_CREDENTIALS,
                            USER_TRANSACTION,
                            USER_DEVICE,
                            USER_CONTENT)),
            // The tax bureau's e-invoice service platform issues the invoices the buyers ask for (issue
            // 15, U-5): it gets the title the invoice is made out to and the amount.
            new Recipient(
                    "tax-bureau",
                    "税务机关（全国统一电子发票服务平台）",
                    "Tax authority (national e-invoice service platform)",
                    "国家税务总局",
                    Region.MAINLAND_CHINA,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.LEGAL_OBLIGATION),
                    Set.of(USER_NAME, USER_TRANSACTION)),
            // The brand's service network outside China confirms a watch's service history and
            // warranty registration for buyers who ask for it. Replace with the contracted partner.
            new Recipient(
                    "brand-service-switzerland",
                    "品牌官方售后鉴定（瑞士）",
                    "Brand service authentication (Switzerland)",
                    "Genève Horlogerie Expertise SA（瑞士日内瓦）",
                    Region.OVERSEAS,
                    RecipientKind.INDEPENDENT_CONTROLLER,
                    Set.of(Purpose.ORDER_FULFILMENT, Purpose.CROSS_BORDER_TRANSFER),
                    Set.of(USER_NAME, USER_CONTACT_EMAIL)));

    /**
     * The payment sandbox, a simulated provider inside the platform for development and tests: no
     * company receives anything through it. Registered only while {@code
     * escapement.payment.sandbox.enabled} is true, so the policy of a production deployment does
     * not list it.
     */
    public static final Recipient SANDBOX = new Recipient(
            "sandbox",
            "支付沙箱（仅用于开发与测试）",
            "Payment sandbox (development and testing only)",
            "无：平台内置的模拟支付，不向任何公司传输",
            Region.MAINLAND_CHINA,
            RecipientKind.PROCESSOR,
            Set.of(Purpose.PAYMENT),
            Set.of(USER_TRANSACTION));

    private final Region residency;
    private final Map<String, Recipient> byId;

    /**
     * @param residency the region where the platform stores personal information
     *     ({@code escapement.privacy.residency-region})
     * @throws IllegalArgumentException when two recipients share an id
     */
    public Recipients(Region residency, List<Recipient> recipients) {
        this.residency = residency;
        var map = new LinkedHashMap<String, Recipient>();
        for (var recipient : recipients) {
            if (map.putIfAbsent(recipient.id(), recipient) != null) {
                throw new IllegalArgumentException("Two recipients have the id " + recipient.id() + ".");
            }
        }
        this.byId = map;
    }

    /** The registered recipients under the given residency region. */
    public static Recipients registered(Region residency) {
        return new Recipients(residency, REGISTERED);
    }

    /** The registered recipients, and the payment {@link #SANDBOX} when {@code sandbox} is true. */
    public static Recipients registered(Region residency, boolean sandbox) {
        if (!sandbox) {
            return registered(residency);
        }
        var withSandbox = new ArrayList<>(REGISTERED);
        withSandbox.add(SANDBOX);
        return new Recipients(residency, withSandbox);
    }

    public Region residency() {
        return residency;
    }

    /** Every recipient, those in the residency region first, then by id. */
    public List<Recipient> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((Recipient recipient) -> isCrossBorder(recipient))
                        .thenComparing(Recipient::id))
                .toList();
    }

    public Optional<Recipient> recipient(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether the registry lets {@code recipientId} receive data of {@code category} for {@code
     * purpose}: false for an unregistered recipient, an unregistered purpose or category, and for a
     * cross-border recipient not registered for {@link Purpose#CROSS_BORDER_TRANSFER}. The gateway
     * still checks the subject's consents.
     */
    public boolean mayReceive(String recipientId, Purpose purpose, Category category) {
        var recipient = byId.get(recipientId);
        if (recipient == null || !recipient.purposes().contains(purpose)) {
            return false;
        }
        if (!recipient.categories().contains(category)) {
            return false;
        }
        return !isCrossBorder(recipient) || recipient.purposes().contains(Purpose.CROSS_BORDER_TRANSFER);
    }

    /**
     * Whether sending to the recipient leaves the residency region.
     *
     * @throws UnknownRecipient when the recipient is not registered
     */
    public boolean isCrossBorder(String recipientId) {
        var recipient = byId.get(recipientId);
        if (recipient == null) {
            throw new UnknownRecipient(recipientId);
        }
        return isCrossBorder(recipient);
    }

    public boolean isCrossBorder(Recipient recipient) {
        return recipient.region() != residency;
    }

    /** No recipient of that id is registered. */
    public static final class UnknownRecipient extends IllegalArgumentException {

        UnknownRecipient(String id) {
            super("No recipient '" + id + "' is registered; it may receive no personal information.");
        }
    }
}
