package io.escapement.policy;

import static io.escapement.privacy.Category.USER_BROWSING;
import static io.escapement.privacy.Category.USER_CONTACT_PHONE;
import static io.escapement.privacy.Category.USER_CONTENT;
import static io.escapement.privacy.Category.USER_DEVICE;
import static io.escapement.privacy.Category.USER_TRANSACTION;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of third-party SDKs embedded in the apps, published in the policy (N-4). An
 * SDK that is not registered, or a purpose or category not registered for it, gets nothing.
 */
public final class Sdks {

    private static final String UMENG_POLICY = "https://www.umeng.com/page/policy";
    private static final String DEVICE_ZH = "设备型号、操作系统及版本、网络类型";
    private static final String DEVICE_EN = "device model, operating system and version, network type";

    /** The SDKs the apps embed today. */
    public static final List<Sdk> REGISTERED = List.of(
            new Sdk(
                    "xiaoneng-customer-service",
                    "小能客服SDK",
                    "Xiaoneng customer service SDK",
                    "北京能通天下网络技术有限公司",
                    Set.of(Purpose.CUSTOMER_SERVICE),
                    Set.of(USER_DEVICE),
                    DEVICE_ZH + "，用于建立与客服的会话",
                    DEVICE_EN + ", to open a conversation with customer service",
                    null),
            new Sdk(
                    "umeng-push",
                    "友盟推送SDK",
                    "Umeng push SDK",
                    "北京友盟网络科技有限公司",
                    Set.of(Purpose.ORDER_FULFILMENT, Purpose.MARKETING_PUSH),
                    Set.of(USER_DEVICE),
                    "设备平台、厂商与品牌、网络信息及推送标识，用于送达订单通知；营销推送仅在您同意后发送",
                    "device platform, maker and brand, network information and a push token, to deliver order"
                            + " notices; marketing notices only with your consent",
                    UMENG_POLICY),
            new Sdk(
                    "tencent-im",
                    "腾讯即时通讯SDK",
                    "Tencent instant messaging SDK",
                    "深圳市腾讯计算机系统有限公司",
                    Set.of(Purpose.CUSTOMER_SERVICE),
                    Set.of(USER_DEVICE, USER_CONTENT),
                    DEVICE_ZH + "；您在咨询中发送的消息经其传递",
                    DEVICE_EN + "; the messages you send in a conversation pass through it",
                    null),
            new Sdk(
                    "aliyun-one-click-login",
                    "阿里云一键登录SDK",
                    "Alibaba Cloud one-tap sign-in SDK",
                    "阿里云计算有限公司",
                    Set.of(Purpose.ACCOUNT),
                    Set.of(USER_DEVICE, USER_CONTACT_PHONE),
                    DEVICE_ZH + "；由电信运营商确认的本机手机号码",
                    DEVICE_EN + "; the phone's own mobile number as confirmed by the carrier",
                    null),
            new Sdk(
                    "umeng-analytics",
                    "友盟统计SDK",
                    "Umeng analytics SDK",
                    "北京友盟网络科技有限公司",
                    Set.of(Purpose.ANALYTICS),
                    Set.of(USER_DEVICE, USER_BROWSING),
                    DEVICE_ZH + "；您在应用中访问的页面与停留时间",
                    DEVICE_EN + "; the screens you open in the app and for how long",
                    UMENG_POLICY),
            new Sdk(
                    "umeng-share",
                    "友盟分享SDK",
                    "Umeng share SDK",
                    "北京友盟网络科技有限公司",
                    Set.of(Purpose.SHARING),
                    Set.of(USER_DEVICE),
                    DEVICE_ZH + "；您选择分享的腕表链接",
                    DEVICE_EN + "; the link to the watch you chose to share",
                    UMENG_POLICY),
            new Sdk(
                    "alipay",
                    "支付宝支付SDK",
                    "Alipay payment SDK",
                    "支付宝（中国）网络技术有限公司",
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_DEVICE, USER_TRANSACTION),
                    DEVICE_ZH + "；订单号与金额",
                    DEVICE_EN + "; the order number and amount",
                    null),
            new Sdk(
                    "wechat-pay",
                    "微信支付SDK",
                    "WeChat Pay SDK",
                    "深圳市腾讯计算机系统有限公司",
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_DEVICE, USER_TRANSACTION),
                    DEVICE_ZH + "；订单号与金额",
                    DEVICE_EN + "; the order number and amount",
                    null),
            new Sdk(
                    "unionpay",
                    "银联支付SDK",
                    "UnionPay payment SDK",
                    "中国银联股份有限公司",
                    Set.of(Purpose.PAYMENT),
                    Set.of(USER_DEVICE, USER_TRANSACTION),
                    DEVICE_ZH + "；订单号与金额",
                    DEVICE_EN + "; the order number and amount",
                    null));

    private final Map<String, Sdk> byId;

    /** @throws IllegalArgumentException when two SDKs share an id */
    public Sdks(List<Sdk> sdks) {
        var map = new LinkedHashMap<String, Sdk>();
        for (var sdk : sdks) {
            if (map.putIfAbsent(sdk.id(), sdk) != null) {
                throw new IllegalArgumentException("Two SDKs have the id " + sdk.id() + ".");
            }
        }
        this.byId = map;
    }

    public static Sdks registered() {
        return new Sdks(REGISTERED);
    }

    /** Every SDK in the order of registration. */
    public List<Sdk> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Sdk> sdk(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether the SDK may get data of {@code category} for {@code purpose}; false for an unregistered SDK. */
    public boolean mayReceive(String sdkId, Purpose purpose, Category category) {
        var sdk = byId.get(sdkId);
        return sdk != null
                && sdk.purposes().contains(purpose)
                && sdk.categories().contains(category);
    }
}
