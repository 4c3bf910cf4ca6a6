/** Minors and guardians: age from a declared birthday or the verified real-name ID, the restriction until a guardian consents, and the consent restriction it imposes. */
@NullMarked
package io.escapement.account.minors;

import org.jspecify.annotations.NullMarked;
