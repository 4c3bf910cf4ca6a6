package io.escapement.account;

import io.escapement.account.spi.SmsGateway;
import io.escapement.policy.MaterialVersionPublished;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.China;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Tells every buyer about a material change of the privacy policy by SMS (N-2), besides the banner
 * every page shows. The number is read from the vault for the ACCOUNT purpose: service notices
 * are part of the account, not marketing.
 */
@Service
class PolicyNoticeDispatcher {

    private static final ZoneId CHINA = China.TIME_ZONE;

    private final PolicyVersions policy;
    private final Accounts accounts;
    private final AccountPhones phones;
    private final SmsGateway sms;

    PolicyNoticeDispatcher(PolicyVersions policy, Accounts accounts, AccountPhones phones, SmsGateway sms) {
        this.policy = policy;
        this.accounts = accounts;
        this.phones = phones;
        this.sms = sms;
    }

    /**
     * Sends the notice of a material version to every active account. The listener is durable: the
     * event publication registry retries it until it completes, and never after. A run that fails
     * part-way is retried whole, so accounts it had reached may get the notice twice.
     */
    @ApplicationModuleListener
    void on(MaterialVersionPublished published) {
        var version = policy.version(published.version()).orElseThrow();
        var effective = LocalDate.ofInstant(Objects.requireNonNull(version.effectiveAt()), CHINA);
        var text = "【Escapement】我们的隐私政策有重大更新，第" + version.number() + "版将于" + effective + "生效。主要变化："
                + version.summaryZh() + " 详见网站“隐私政策”页面。";
        for (var account : accounts.active()) {
            phones.of(account, "policy-notices").ifPresent(phone -> sms.send(phone, text));
        }
    }
}
