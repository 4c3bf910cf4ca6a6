/** The invoice titles' and the order invoice's pages and API. */
@NullMarked
package io.escapement.invoice.web;

import org.jspecify.annotations.NullMarked;
