package io.escapement.search;

/**
 * A filter that search understood in what a shopper typed ({@code 10万以下}, {@code 女表}) and applied,
 * so the shopper sees it and can remove it.
 *
 * @param parameter the grid's filter it set, named as its request parameter: {@code minPrice} or
 *     {@code maxPrice} (whole yuan), {@code minDiameter} or {@code maxDiameter} (millimetres)
 * @param value the filter's value as that parameter takes it, e.g. {@code 100000} or {@code 35.9}
 * @param text the words of the query that said it, as typed; they are not searched as text
 */
public record UnderstoodFilter(String parameter, String value, String text) {}
