package io.escapement.policy.spi;

import io.escapement.policy.PolicyVersion;

/**
 * Tells users of a material change of the policy (N-2). Called once, inside the transaction that
 * publishes the version, so an implementation that records the notice in the database commits or
 * rolls back with the publication. The default records it in the development outbox
 * {@code policy.notice_outbox}; the accounts module will fan it out as a banner, e-mail and SMS.
 */
public interface PolicyNotices {

    /** {@code version} is published, material, and not yet in effect. */
    void materialVersionPublished(PolicyVersion version);
}
