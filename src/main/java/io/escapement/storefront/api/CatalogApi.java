package io.escapement.storefront.api;

import io.escapement.catalog.Brand;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ReferenceId;
import io.escapement.catalog.WatchReference;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.search.ListingSearch;
import io.escapement.storefront.ListingQuery;
import io.escapement.storefront.Shoppers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only catalog API for the mobile apps. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Catalog", description = "Brands, references and listings on sale")
class CatalogApi {

    private final Catalog catalog;
    private final MerchantDirectory merchants;
    private final ListingSearch search;

    CatalogApi(Catalog catalog, MerchantDirectory merchants, ListingSearch search) {
        this.catalog = catalog;
        this.search = search;
        this.merchants = merchants;
    }

    @GetMapping("/brands")
    @Operation(summary = "All brands in display order")
    List<Brand> brands() {
        return catalog.brands();
    }

    @GetMapping("/brands/{slug}")
    @Operation(summary = "One brand")
    Brand brand(@PathVariable String slug) {
        return catalog.brand(slug).orElseThrow(() -> notFound("problem.noBrand", slug));
    }

    @GetMapping("/references")
    @Operation(summary = "References, optionally of one brand")
    List<WatchReference> references(@RequestParam @Nullable String brand) {
        if (brand != null && catalog.brand(brand).isEmpty()) {
            throw new io.escapement.catalog.InvalidListingQuery("listingQuery.unknownBrand", brand);
        }
        return catalog.references(Optional.ofNullable(brand));
    }

    @GetMapping("/references/{id}")
    @Operation(summary = "One reference")
    WatchReference reference(@PathVariable long id) {
        return catalog.reference(new ReferenceId(id)).orElseThrow(() -> notFound("problem.noReference", id));
    }

    @GetMapping("/listings")
    @Operation(
            summary = "Listings on sale, searched, filtered, sorted and paged, with facet counts",
            description = "q searches brands, models, nicknames (绿水鬼) and reference numbers in any spelling;"
                    + " status=SOLD gives sold ones (price history), status=ALL both. Without q the order is"
                    + " newest first, with q best match first. Page numbers start at 1; size is at most 100."
                    + " Lists take repeated parameters or comma-separated values. Prices and sizes said in q"
                    + " (10万以下, 5-10万, under 100k, 女表, 男表, 小表盘) filter as minPrice, maxPrice, minDiameter"
                    + " or maxDiameter would, unless those are given; understood lists each with the words that"
                    + " said it, and only the other words are searched.")
    ApiViews.SearchPage listings(
            @ParameterObject @ModelAttribute ListingQuery query,
            @Nullable Authentication visitor,
            HttpServletRequest request) {
        var found = search.search(
                query.text(),
                query.filter(),
                query.availability(),
                query.sortOrder(),
                query.pageSpec(),
                Shoppers.of(visitor, request));
        return ApiViews.SearchPage.of(found);
    }

    @GetMapping("/listings/{id}")
    @Operation(summary = "One listing with its full attributes, merchant and photos")
    ApiViews.ListingDetail listing(@PathVariable long id) {
        var listing = catalog.listing(new ListingId(id)).orElseThrow(() -> notFound("problem.noListing", id));
        return ApiViews.ListingDetail.of(
                listing, merchants.find(listing.merchantId()).orElse(null));
    }

    @GetMapping("/listings/{id}/photos")
    @Operation(summary = "The photos of one listing, as thumbnail and large JPEG URLs")
    List<ApiViews.Photo> photos(@PathVariable long id) {
        return catalog.listing(new ListingId(id))
                .map(ApiViews.Photo::of)
                .orElseThrow(() -> notFound("problem.noListing", id));
    }

    /** A 404 whose detail is the message {@code code} about {@code what}, in the client's language. */
    private static ErrorResponseException notFound(String code, Object what) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, code, new Object[] {
                    String.valueOf(what)
                });
    }
}
