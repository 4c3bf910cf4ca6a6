/** Closing an account: cancellation, its regret period and restore, and the purge job that erases it. */
@NullMarked
package io.escapement.account.closing;

import org.jspecify.annotations.NullMarked;
