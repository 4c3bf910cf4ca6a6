package io.escapement.account.spi;

import io.escapement.vault.SubjectId;
import java.util.List;

/**
 * Something that must be settled before an account can be cancelled (U-11), implemented by the
 * modules that know: open orders, after-sales cases, an unacknowledged balance.
 */
public interface CancellationBlocker {

    /** Message keys explaining each blocker for {@code account}; empty when nothing blocks. */
    List<String> blockers(SubjectId account);
}
