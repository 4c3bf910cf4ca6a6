package io.escapement.merchant.web;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.InvalidListingQuery;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merchant portal: a merchant's staff see and reprice their own listings. The merchant comes
 * from the signed-in member, never from the request, and every query carries it, so another
 * merchant's listing is "not found" (P-7).
 */
@Controller
class MerchantPortal {

    private final Catalog catalog;
    private final MerchantDirectory merchants;

    MerchantPortal(Catalog catalog, MerchantDirectory merchants) {
        this.catalog = catalog;
        this.merchants = merchants;
    }

    @GetMapping("/merchant")
    String listings(Authentication authentication, Model model) {
        long merchant = merchantOf(authentication);
        model.addAttribute("merchant", merchants.find(merchant).orElse(null));
        model.addAttribute("listings", catalog.listingsOf(merchant));
        return "merchant/listings";
    }

    @GetMapping("/merchant/listings/{id}")
    String listing(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
        var listing = catalog.listingOf(merchantOf(authentication), id);
        if (listing.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "merchant.noListing");
            return "merchant/listing";
        }
        model.addAttribute("listing", listing.get());
        return "merchant/listing";
    }

    @PostMapping("/merchant/listings/{id}/price")
    String reprice(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String price,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        long merchant = merchantOf(authentication);
        try {
            if (!price.strip().matches("\\d{1,12}")) {
                throw new InvalidListingQuery("merchant.badPrice");
            }
            if (catalog.reprice(merchant, id, Long.parseLong(price.strip()))) {
                return "redirect:/merchant/listings/" + id + "?repriced";
            }
            response.setStatus(
                    catalog.listingOf(merchant, id).isPresent()
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.NOT_FOUND.value());
            model.addAttribute(
                    "problem", response.getStatus() == 409 ? "merchant.notRepriceable" : "merchant.noListing");
        } catch (InvalidListingQuery e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "merchant.badPrice");
        }
        catalog.listingOf(merchant, id).ifPresent(listing -> model.addAttribute("listing", listing));
        return "merchant/listing";
    }

    private static long merchantOf(Authentication authentication) {
        return StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
    }
}
