package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import org.junit.jupiter.api.Test;

/** Keeps R-5: the SDKs of the apps are registered with their company, purposes and data. */
class SdksTests {

    static final Sdks SDKS = Sdks.registered();

    @Test
    void registersEverySdkOfTheOriginalPolicyOnce() {
        assertThat(SDKS.all())
                .extracting(Sdk::nameZh)
                .containsExactly(
                        "小能客服SDK",
                        "友盟推送SDK",
                        "腾讯即时通讯SDK",
                        "阿里云一键登录SDK",
                        "友盟统计SDK",
                        "友盟分享SDK",
                        "支付宝支付SDK",
                        "微信支付SDK",
                        "银联支付SDK");
        assertThat(SDKS.sdk("umeng-push").orElseThrow().policy()).hasValue("https://www.umeng.com/page/policy");
        assertThat(SDKS.sdk("unionpay").orElseThrow().company()).isEqualTo("中国银联股份有限公司");
    }

    @Test
    void givesAnUnregisteredSdkNothing() {
        assertThat(SDKS.mayReceive("getui-push", Purpose.MARKETING_PUSH, Category.USER_DEVICE))
                .isFalse();
        assertThat(SDKS.mayReceive("umeng-push", Purpose.MARKETING_PUSH, Category.USER_DEVICE))
                .isTrue();
        assertThat(SDKS.mayReceive("umeng-push", Purpose.MARKETING_PUSH, Category.USER_CONTACT_PHONE))
                .isFalse();
    }
}
