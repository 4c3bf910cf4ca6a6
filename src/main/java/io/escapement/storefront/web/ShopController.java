package io.escapement.storefront.web;

import io.escapement.cart.CartLine;
import io.escapement.cart.Carts;
import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.InvalidListingQuery;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPage;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.PriceBand;
import io.escapement.catalog.ReferenceId;
import io.escapement.consent.Consents;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.order.Checkout;
import io.escapement.party.MerchantId;
import io.escapement.privacy.Purpose;
import io.escapement.review.PublishedReviews;
import io.escapement.search.ListingSearch;
import io.escapement.search.Shopper;
import io.escapement.search.UnderstoodFilter;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.SearchEngine;
import io.escapement.storefront.ListingQuery;
import io.escapement.storefront.Shoppers;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The storefront's pages. Bad filter values never fail a page: they are named and ignored, and the
 * page answers 400 with the grid and a message in the buyer's language.
 */
@Controller
class ShopController {

    private final Catalog catalog;
    private final MerchantDirectory merchants;
    private final Consents consents;
    private final ListingSearch search;
    private final MessageSource messages;
    private final Carts carts;
    private final Checkout checkout;
    private final PublishedReviews reviews;

    /** Watches on one page of a merchant's shop. */
    static final int SHOP_PAGE = 24;

    ShopController(
            Catalog catalog,
            MerchantDirectory merchants,
            Consents consents,
            ListingSearch search,
            MessageSource messages,
            Carts carts,
            Checkout checkout,
            PublishedReviews reviews) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.checkout = checkout;
        this.carts = carts;
        this.messages = messages;
        this.search = search;
        this.merchants = merchants;
        this.consents = consents;
    }

    @ModelAttribute
    void brands(Model model) {
        model.addAttribute("allBrands", catalog.brands());
    }

    @GetMapping("/")
    String home(Model model, @Nullable Authentication visitor) {
        model.addAttribute("featured", catalog.featured(8));
        model.addAttribute("newArrivals", catalog.newArrivals(8));
        model.addAttribute("forYou", forYou(visitor));
        return "home";
    }

    /**
     * Personalised recommendations (C-4): watches of the brands in the cart, for a signed-in buyer
     * who switched personalisation on; nothing otherwise, and nothing is kept about the visitor.
     */
    private List<io.escapement.catalog.Listing> forYou(@Nullable Authentication visitor) {
        var buyer = SubjectId.buyer(visitor);
        if (buyer.isEmpty() || !consents.permits(buyer.get(), Purpose.PERSONALISATION)) {
            return List.of();
        }
        var inCart = carts.of(buyer.get()).lines().stream()
                .map(CartLine::listing)
                .filter(java.util.Objects::nonNull)
                .toList();
        var brands =
                inCart.stream().map(listing -> listing.brand().slug()).collect(java.util.stream.Collectors.toSet());
        if (brands.isEmpty()) {
            return List.of();
        }
        return newest(ListingFilter.NONE.withBrands(brands), 8).stream()
                .filter(listing -> inCart.stream().noneMatch(added -> added.id().equals(listing.id())))
                .limit(4)
                .toList();
    }

    @GetMapping("/watches")
    String watches(
            @ModelAttribute("query") ListingQuery query,
            BindingResult binding,
            Model model,
            @Nullable Authentication visitor,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("path", "/watches");
        return grid(query, binding, model, Shoppers.of(visitor, request), response);
    }

    @GetMapping("/brands")
    String brands() {
        return "brands";
    }

    @GetMapping("/brands/{slug}")
    String brand(
            @PathVariable String slug,
            @ModelAttribute("query") ListingQuery query,
            BindingResult binding,
            Model model,
            @Nullable Authentication visitor,
            HttpServletRequest request,
            HttpServletResponse response) {
        var brand = catalog.brand(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("brand", brand);
        model.addAttribute("references", catalog.references(Optional.of(slug)));
        model.addAttribute("path", "/brands/" + slug);
        var own = query.withBrands(List.of(slug));
        grid(own, binding, model, Shoppers.of(visitor, request), response);
        return "brand";
    }

    @GetMapping("/watches/{id:\\d{1,18}}")
    String listing(@PathVariable long id, Model model) {
        var listing =
                catalog.listing(new ListingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("listing", listing);
        model.addAttribute("shippingFee", checkout.shippingFee());
        var merchant = merchants.find(listing.merchantId());
        model.addAttribute("merchant", merchant.orElse(null));
        model.addAttribute(
                "merchantOnSale",
                merchant.map(m -> catalog.onSaleOf(m.id(), new PageSpec(1, 1)).total())
                        .orElse(0L));
        model.addAttribute(
                "similar",
                newest(ListingFilter.NONE.withBrands(Set.of(listing.brand().slug())), 5).stream()
                        .filter(other -> !other.id().equals(listing.id()))
                        .limit(4)
                        .toList());
        model.addAttribute("reviews", reviews.ofReference(listing.reference().id()));
        return "listing";
    }

    /**
     * A reference's page: the model's facts, its watches on sale from every merchant, and the
     * reviews of watches of it that were sold, so a buyer reads them although each listing is one
     * of one and gone once sold.
     */
    @GetMapping("/references/{id:\\d{1,18}}")
    String reference(@PathVariable long id, Model model) {
        var reference = catalog.reference(new ReferenceId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("reference", reference);
        model.addAttribute("brand", catalog.brand(reference.brandSlug()).orElse(null));
        model.addAttribute("onSale", newest(ListingFilter.NONE.withReference(reference.id()), SHOP_PAGE));
        model.addAttribute("reviews", reviews.ofReference(reference.id()));
        return "reference";
    }

    /**
     * A merchant's public page: the shop's name, city, since when it sells here and its watches on
     * sale, newest first. Only business facts: the merchant's contact person stays in the vault.
     */
    @GetMapping("/merchants/{id:\\d{1,18}}")
    String merchant(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        var merchant =
                merchants.find(new MerchantId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var last = PageSpec.RESULT_WINDOW / SHOP_PAGE;
        var listings = catalog.onSaleOf(merchant.id(), new PageSpec(Math.max(1, Math.min(page, last)), SHOP_PAGE));
        model.addAttribute("merchant", merchant);
        model.addAttribute("page", listings);
        model.addAttribute("reviews", reviews.ofMerchant(merchant.id()));
        model.addAttribute("rating", reviews.ratingOf(merchant.id()));
        return "shop";
    }

    /** The newest listings on sale that match the filter. */
    private List<io.escapement.catalog.Listing> newest(ListingFilter filter, int limit) {
        return search.search("", filter, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, limit))
                .page()
                .items();
    }

    private String grid(
            ListingQuery query, BindingResult binding, Model model, Shopper shopper, HttpServletResponse response) {
        model.addAttribute("query", query);
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("materials", CaseMaterial.values());
        model.addAttribute("boxAndPapers", BoxAndPapers.values());
        model.addAttribute("sorts", ListingSort.values());
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("priceBands", PriceBand.values());
        model.addAttribute("cities", search.cities());
        model.addAttribute(
                "invalidFields",
                binding.getFieldErrors().stream().map(FieldError::getField).toList());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        var page = new ListingPage(List.of(), 1, ListingQuery.DEFAULT_SIZE, 0);
        var facets = SearchEngine.Facets.NONE;
        List<UnderstoodFilter> understood = List.of();
        try {
            var found = search.search(
                    query.text(), query.filter(), query.availability(), query.sortOrder(), pageOrFirst(query), shopper);
            page = found.page();
            facets = found.facets();
            understood = found.understood();
            int requested = query.page() == null ? 1 : query.page();
            if (requested > 1
                    && page.total() > 0
                    && (page.page() != requested || page.items().isEmpty())) {
                model.addAttribute("lastPage", page.totalPages());
                refuse(new InvalidListingQuery("listingQuery.pastEnd", requested, page.totalPages()), model, response);
                page = new ListingPage(List.of(), page.totalPages(), page.size(), page.total());
            }
        } catch (InvalidListingQuery e) {
            refuse(e, model, response);
        }
        model.addAttribute("page", page);
        model.addAttribute("facets", facets);
        model.addAttribute("understood", understood);
        return "watches";
    }

    /** Answers 400 with the grid and the refusal, worded in the buyer's language. */
    private void refuse(InvalidListingQuery refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", refusal.wordedIn(messages, LocaleContextHolder.getLocale()));
    }

    /**
     * The requested page, or the first when the requested one lies past the results that can be
     * paged through: the grid then says how many pages there really are.
     */
    private static PageSpec pageOrFirst(ListingQuery query) {
        try {
            return query.pageSpec();
        } catch (InvalidListingQuery pastTheWindow) {
            if (query.page() == null || query.page() <= 1) {
                throw pastTheWindow;
            }
            return new PageSpec(1, query.size() == null ? ListingQuery.DEFAULT_SIZE : query.size());
        }
    }
}
