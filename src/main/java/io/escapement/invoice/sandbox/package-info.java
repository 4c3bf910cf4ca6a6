/**
 * The sandbox tax bureau, for development and tests: issues invoices inside the platform with
 * numbers of the real format (20 digits: the year and a 16-digit sequence from the database) and
 * keeps nothing of the buyer's title (ADR 49).
 */
@NullMarked
package io.escapement.invoice.sandbox;

import org.jspecify.annotations.NullMarked;
