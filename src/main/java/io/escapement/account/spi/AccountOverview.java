package io.escapement.account.spi;

import io.escapement.vault.SubjectId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a module puts at the top of the buyer's account page, where a shopper looks first: orders
 * by state, the cart, the addresses, each with its count. Implemented by the modules that own
 * them, so the account never depends on them.
 */
public interface AccountOverview {

    /** Where the section stands: lower first. */
    int position();

    /** The buyer's section now. */
    Section section(SubjectId buyer);

    /** A heading (a message key) and its links. */
    record Section(String title, List<Link> links) {

        public Section {
            links = List.copyOf(links);
        }
    }

    /**
     * One link of a section.
     *
     * @param id the element id, for tests and styles
     * @param href the page it opens
     * @param label a message key
     * @param count how many things it leads to, or null where a count means nothing
     */
    record Link(
            String id, String href, String label, @Nullable Long count) {}
}
