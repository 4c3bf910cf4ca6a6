/** The search-history pages and API, and the interceptor that records searches. */
@NullMarked
package io.escapement.searchhistory.web;

import org.jspecify.annotations.NullMarked;
