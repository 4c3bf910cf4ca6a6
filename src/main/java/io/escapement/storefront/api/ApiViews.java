package io.escapement.storefront.api;

import io.escapement.catalog.Availability;
import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Cities;
import io.escapement.catalog.Condition;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingPage;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.Movement;
import io.escapement.merchant.Merchant;
import io.escapement.privacy.NotPersonalData;
import io.escapement.storefront.web.PhotoUrls;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the public API; each carries both Chinese and English names. */
final class ApiViews {

    private ApiViews() {}

    record Page<T>(List<T> items, int page, int size, long total, int totalPages) {
        static <T> Page<T> of(ListingPage page, Function<Listing, T> view) {
            return new Page<>(
                    page.items().stream().map(view).toList(),
                    page.page(),
                    page.size(),
                    page.total(),
                    page.totalPages());
        }
    }

    /**
     * A page of listings with the facet counts of all matches, and the filters understood in the
     * search text and applied.
     */
    record SearchPage(
            List<ListingSummary> items,
            int page,
            int size,
            long total,
            int totalPages,
            io.escapement.search.spi.SearchEngine.Facets facets,
            List<io.escapement.search.UnderstoodFilter> understood) {
        static SearchPage of(io.escapement.search.SearchPage found) {
            var page = Page.of(found.page(), ListingSummary::of);
            return new SearchPage(
                    page.items(),
                    page.page(),
                    page.size(),
                    page.total(),
                    page.totalPages(),
                    found.facets(),
                    found.understood());
        }
    }

    record ListingSummary(
            long id,
            String brand,
            @NotPersonalData("a watch brand's name") String brandNameEn,
            @NotPersonalData("a watch brand's name") String brandNameZh,
            long referenceId,
            String referenceNumber,
            @NotPersonalData("a watch model's name") String nameEn,
            @NotPersonalData("a watch model's name") String nameZh,
            int year,
            Condition condition,
            BoxAndPapers boxAndPapers,
            long priceCny,
            String city,
            String cityEn,
            ListingStatus status,
            Availability availability,
            @Nullable String thumbnailUrl) {

        static ListingSummary of(Listing listing) {
            var reference = listing.reference();
            return new ListingSummary(
                    listing.id().value(),
                    listing.brand().slug(),
                    listing.brand().nameEn(),
                    listing.brand().nameZh(),
                    reference.id().value(),
                    reference.referenceNumber(),
                    reference.nameEn(),
                    reference.nameZh(),
                    listing.year(),
                    listing.condition(),
                    listing.boxAndPapers(),
                    listing.price().wholeUnits(),
                    listing.city(),
                    Cities.name(listing.city()).en(),
                    listing.status(),
                    listing.availability(),
                    listing.photoCount() > 0 ? PhotoUrls.thumbnail(listing.id(), 0) : null);
        }
    }

    record ListingDetail(
            long id,
            String brand,
            @NotPersonalData("a watch brand's name") String brandNameEn,
            @NotPersonalData("a watch brand's name") String brandNameZh,
            long referenceId,
            String referenceNumber,
            @NotPersonalData("a watch model's name") String nameEn,
            @NotPersonalData("a watch model's name") String nameZh,
            String familyEn,
            String familyZh,
            List<String> nicknamesZh,
            List<String> nicknamesEn,
            String calibre,
            Movement movement,
            CaseMaterial caseMaterial,
            BigDecimal diameterMm,
            int waterResistanceM,
            String serialNumber,
            int year,
            Condition condition,
            String conditionCriteriaZh,
            String conditionCriteriaEn,
            BoxAndPapers boxAndPapers,
            long priceCny,
            String city,
            String cityEn,
            ListingStatus status,
            Availability availability,
            String descriptionZh,
            String descriptionEn,
            @Nullable Instant publishedAt,
            @Nullable MerchantView merchant,
            List<Photo> photos) {

        static ListingDetail of(Listing listing, @Nullable Merchant merchant) {
            var reference = listing.reference();
            return new ListingDetail(
                    listing.id().value(),
                    listing.brand().slug(),
                    listing.brand().nameEn(),
                    listing.brand().nameZh(),
                    reference.id().value(),
                    reference.referenceNumber(),
                    reference.nameEn(),
                    reference.nameZh(),
                    reference.familyNameEn(),
                    reference.familyNameZh(),
                    reference.nicknamesZh(),
                    reference.nicknamesEn(),
                    reference.calibre(),
                    reference.movement(),
                    reference.caseMaterial(),
                    reference.diameterMm(),
                    reference.waterResistanceM(),
                    listing.maskedSerial(),
                    listing.year(),
                    listing.condition(),
                    listing.condition().criteria().zh(),
                    listing.condition().criteria().en(),
                    listing.boxAndPapers(),
                    listing.price().wholeUnits(),
                    listing.city(),
                    Cities.name(listing.city()).en(),
                    listing.status(),
                    listing.availability(),
                    listing.descriptionZh(),
                    listing.descriptionEn(),
                    listing.publishedAt(),
                    merchant == null ? null : MerchantView.of(merchant),
                    Photo.of(listing));
        }
    }

    record MerchantView(
            long id,
            @NotPersonalData("the merchant's business name") String name,

            @NotPersonalData("the merchant's business name in English")
            String nameEn,

            String city,
            LocalDate since,
            BigDecimal rating) {
        static MerchantView of(Merchant merchant) {
            return new MerchantView(
                    merchant.id().value(),
                    merchant.nameZh(),
                    merchant.nameEn(),
                    merchant.city(),
                    merchant.since(),
                    merchant.rating());
        }
    }

    record Photo(int position, String thumbnailUrl, String largeUrl) {
        static List<Photo> of(Listing listing) {
            return IntStream.range(0, listing.photoCount())
                    .mapToObj(position -> new Photo(
                            position,
                            PhotoUrls.thumbnail(listing.id(), position),
                            PhotoUrls.large(listing.id(), position)))
                    .toList();
        }
    }
}
