/** The search-history pages and API. */
@NullMarked
package io.escapement.searchhistory.web;

import org.jspecify.annotations.NullMarked;
