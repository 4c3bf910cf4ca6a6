package io.escapement.policy;

import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the policy says about where data lives and whom to contact.
 *
 * @param residencyRegion where personal information is stored; sending it to a recipient anywhere
 *     else is a cross-border transfer. Default mainland China.
 */
@ConfigurationProperties("escapement.privacy")
public record PolicyProperties(Region residencyRegion, Contact contact) {

    public PolicyProperties {
        residencyRegion = residencyRegion == null ? Region.MAINLAND_CHINA : residencyRegion;
        if (contact == null) {
            throw new IllegalStateException("Configure escapement.privacy.contact.* (company, address, e-mail, phone,"
                    + " dpo-email, response-days): the privacy policy publishes them.");
        }
    }

    /**
     * The operator's published contact details, which are the company's, not a person's.
     *
     * @param dpoEmail the mailbox of the personal-information protection officer
     * @param responseDays within how many days requests are answered
     */
    public record Contact(
            String company,

            @NotPersonalData("the operator's registered address")
            String address,

            @NotPersonalData("the operator's service mailbox")
            String email,

            @NotPersonalData("the operator's service hotline")
            String phone,

            @NotPersonalData("the mailbox of the protection officer's role")
            String dpoEmail,

            int responseDays) {

        public Contact {
            if (responseDays <= 0) {
                throw new IllegalStateException("escapement.privacy.contact.response-days must be positive.");
            }
        }
    }
}
