package io.escapement.storefront;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.InvalidListingQuery;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.PriceBand;
import io.escapement.catalog.ReferenceId;
import io.escapement.money.Money;
import io.escapement.search.UnderstoodFilter;
import io.escapement.search.spi.Availability;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Request parameters of a listing grid, shared by the storefront and the API. Lists accept
 * repeated parameters or comma-separated values ({@code condition=MINT,UNWORN}).
 *
 * @param q search text: brands, models, nicknames, reference numbers in any spelling; prices and sizes
 *     said in it (10万以下, 女表) filter as their parameters would, unless those are given
 * @param status on sale (the default), sold (for price history) or all
 * @param brand brand slugs
 * @param reference reference id
 * @param priceBand a price band, used for whichever of minPrice and maxPrice is absent
 * @param page 1-based page number
 */
public record ListingQuery(
        @Nullable String q,
        @Nullable Availability status,
        @Nullable List<String> brand,
        @Nullable Long reference,
        @Nullable PriceBand priceBand,
        @Nullable Long minPrice,
        @Nullable Long maxPrice,
        @Nullable List<Condition> condition,
        @Nullable Integer minYear,
        @Nullable Integer maxYear,
        @Nullable List<CaseMaterial> material,
        @Nullable BigDecimal minDiameter,
        @Nullable BigDecimal maxDiameter,
        @Nullable List<BoxAndPapers> boxPapers,
        @Nullable List<String> city,
        @Nullable ListingSort sort,
        @Nullable Integer page,
        @Nullable Integer size) {

    public static final int DEFAULT_SIZE = 24;

    /**
     * The values given. A blank value means no choice, as an absent one does: a blank text stays
     * blank, and a blank choice of an enum arrives converted to null.
     */
    private static <T> List<T> present(@Nullable List<T> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(value -> value != null && !(value instanceof String text && text.isBlank()))
                        .toList();
    }

    public ListingQuery {
        q = q == null ? "" : q;
        brand = present(brand);
        condition = present(condition);
        material = present(material);
        boxPapers = present(boxPapers);
        city = present(city);
    }

    /** @throws io.escapement.catalog.InvalidListingQuery when a range is inverted or negative */
    public ListingFilter filter() {
        return new ListingFilter(
                Set.copyOf(brand),
                reference == null ? null : new ReferenceId(reference),
                minPrice != null || priceBand == null ? yuan(minPrice) : priceBand.getMin(),
                maxPrice != null || priceBand == null ? yuan(maxPrice) : priceBand.highestPrice(),
                Set.copyOf(condition),
                minYear,
                maxYear,
                Set.copyOf(material),
                minDiameter,
                maxDiameter,
                Set.copyOf(boxPapers),
                Set.copyOf(city));
    }

    /** Prices are asked for in whole yuan; no watch costs more than the catalog's highest price. */
    private static @Nullable Money yuan(@Nullable Long yuan) {
        if (yuan == null) {
            return null;
        }
        if (yuan > Catalog.MAX_PRICE.wholeUnits()) {
            throw new InvalidListingQuery("listingQuery.priceRange", Catalog.MAX_PRICE);
        }
        return Money.yuan(yuan);
    }

    /** @throws io.escapement.catalog.InvalidListingQuery when page or size is out of range */
    public PageSpec pageSpec() {
        return new PageSpec(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Relevance when there is search text, newest otherwise. */
    public ListingSort sortOrder() {
        if (sort != null) {
            return sort;
        }
        return text().isBlank() ? ListingSort.NEWEST : ListingSort.RELEVANCE;
    }

    public String text() {
        return q;
    }

    public Availability availability() {
        return status == null ? Availability.ON_SALE : status;
    }

    /** This query for another set of brands (a brand page's own). */
    public ListingQuery withBrands(List<String> slugs) {
        return new ListingQuery(
                q,
                status,
                slugs,
                reference,
                priceBand,
                minPrice,
                maxPrice,
                condition,
                minYear,
                maxYear,
                material,
                minDiameter,
                maxDiameter,
                boxPapers,
                city,
                sort,
                page,
                size);
    }

    /** The same query on another page, as a relative URL on {@code path}. */
    public String pageUrl(String path, int newPage) {
        return uri(path, q).queryParam("page", newPage).encode().build().toUriString();
    }

    /**
     * The same query without a filter understood in its text, as a relative URL on {@code path}:
     * without the words that said it and without its parameter, from the first page.
     */
    public String urlWithout(String path, UnderstoodFilter understood) {
        var words = q.indexOf(understood.text());
        var text = words < 0
                ? q
                : (q.substring(0, words) + " "
                                + q.substring(words + understood.text().length()))
                        .replaceAll("\\s+", " ")
                        .strip();
        return uri(path, text)
                .replaceQueryParam(understood.parameter())
                .encode()
                .build()
                .toUriString();
    }

    private UriComponentsBuilder uri(String path, String text) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (!text.isBlank()) {
            uri.queryParam("q", text);
        }
        add(uri, "status", status);
        brand.forEach(value -> uri.queryParam("brand", value));
        add(uri, "reference", reference);
        add(uri, "priceBand", priceBand);
        add(uri, "minPrice", minPrice);
        add(uri, "maxPrice", maxPrice);
        condition.forEach(value -> uri.queryParam("condition", value));
        add(uri, "minYear", minYear);
        add(uri, "maxYear", maxYear);
        material.forEach(value -> uri.queryParam("material", value));
        add(uri, "minDiameter", minDiameter);
        add(uri, "maxDiameter", maxDiameter);
        boxPapers.forEach(value -> uri.queryParam("boxPapers", value));
        city.forEach(value -> uri.queryParam("city", value));
        add(uri, "sort", sort);
        add(uri, "size", size);
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
