package io.escapement.payment.sandbox;

import java.net.URI;
import java.time.Instant;

/**
 * A payment the sandbox bank was asked to take, as its pay page carries it: signed by the sandbox,
 * so that the page cannot be made to pay another amount or call another address back.
 */
record SandboxOrder(
        String reference, long amountFen, String subject, URI notifyUrl, URI returnUrl, Instant expiresAt) {}
