package io.escapement.policy;

/**
 * A material version of the privacy policy is published and not yet in effect (N-2). Published in
 * the transaction that publishes the version, so the event publication registry keeps it with the
 * publication: the notice to every account goes out once, also after a crash.
 *
 * @param version the number of the published version
 */
public record MaterialVersionPublished(int version) {}
