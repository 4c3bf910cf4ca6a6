package io.escapement.merchant.web;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.InvalidListingQuery;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.staff.StaffMember;
import io.escapement.visual.PhotoSanitiser;
import io.escapement.visual.UnacceptablePhoto;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The merchant portal: a merchant's staff see and reprice their own listings, and add photos to
 * them or remove them. The merchant comes from the signed-in member, never from the request, and
 * every query carries it, so another merchant's listing is "not found" (P-7).
 */
@Controller
class MerchantPortal {

    private final Catalog catalog;
    private final MerchantDirectory merchants;
    private final PhotoSanitiser photos;

    MerchantPortal(Catalog catalog, MerchantDirectory merchants, PhotoSanitiser photos) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.photos = photos;
    }

    @GetMapping("/merchant")
    String listings(Authentication authentication, Model model) {
        var merchant = merchantOf(authentication);
        model.addAttribute("merchant", merchants.find(merchant).orElse(null));
        model.addAttribute("listings", catalog.listingsOf(merchant));
        return "merchant/listings";
    }

    @GetMapping("/merchant/listings/{id}")
    String listing(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
        var listing = catalog.listingOf(merchantOf(authentication), new ListingId(id));
        if (listing.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "merchant.noListing");
            return "merchant/listing";
        }
        show(listing.get(), model);
        return "merchant/listing";
    }

    /**
     * Adds a photo to one of the merchant's own listings; buyers see it before the listing's other
     * photos. The photo is re-encoded so that no metadata (EXIF, GPS, ...) is kept, and the catalog
     * keeps it; another merchant's listing is "not found".
     */
    @PostMapping("/merchant/listings/{id}/photos")
    String addPhoto(
            @PathVariable long id,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Authentication authentication,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var merchant = merchantOf(authentication);
        var listing = catalog.listingOf(merchant, new ListingId(id));
        if (listing.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "merchant.noListing");
            return "merchant/listing";
        }
        try {
            var jpeg = photos.sanitise(photo == null ? new byte[0] : photo.getBytes());
            if (catalog.addPhoto(merchant, new ListingId(id), jpeg)) {
                return "redirect:/merchant/listings/" + id + "?photoAdded";
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "merchant.photoNotAdded");
        } catch (UnacceptablePhoto refused) {
            response.setStatus(refused.reason().status());
            model.addAttribute("problem", "photo.refused." + refused.reason().name());
        }
        show(listing.get(), model);
        return "merchant/listing";
    }

    /** Removes a photo the merchant uploaded to one of its own listings. */
    @PostMapping("/merchant/listings/{id}/photos/{photo}/delete")
    String removePhoto(
            @PathVariable long id,
            @PathVariable UUID photo,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        var merchant = merchantOf(authentication);
        if (catalog.removePhoto(merchant, new ListingId(id), photo)) {
            return "redirect:/merchant/listings/" + id + "?photoRemoved";
        }
        var uploaded = catalog.uploadedPhotos(merchant, new ListingId(id));
        boolean ours = uploaded.contains(photo);
        response.setStatus(ours ? HttpStatus.CONFLICT.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", ours ? "merchant.photoNotRemoved" : "merchant.noPhoto");
        catalog.listingOf(merchant, new ListingId(id)).ifPresent(listing -> show(listing, uploaded, model));
        return "merchant/listing";
    }

    private void show(Listing listing, Model model) {
        show(listing, catalog.uploadedPhotos(listing.merchantId(), listing.id()), model);
    }

    private static void show(Listing listing, List<UUID> uploadedPhotos, Model model) {
        model.addAttribute("listing", listing);
        model.addAttribute("uploadedPhotos", uploadedPhotos);
    }

    @PostMapping("/merchant/listings/{id}/price")
    String reprice(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String price,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        var merchant = merchantOf(authentication);
        try {
            if (!price.strip().matches("\\d{1,12}")) {
                throw new InvalidListingQuery("merchant.badPrice");
            }
            if (catalog.reprice(merchant, new ListingId(id), Money.yuan(Long.parseLong(price.strip())))) {
                return "redirect:/merchant/listings/" + id + "?repriced";
            }
        } catch (InvalidListingQuery e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "merchant.badPrice");
        }
        var listing = catalog.listingOf(merchant, new ListingId(id));
        if (!model.containsAttribute("problem")) {
            response.setStatus(listing.isPresent() ? HttpStatus.CONFLICT.value() : HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", listing.isPresent() ? "merchant.notRepriceable" : "merchant.noListing");
        }
        listing.ifPresent(found -> show(found, model));
        return "merchant/listing";
    }

    /** The signed-in member's merchant: never taken from the request. */
    static MerchantId merchantOf(Authentication authentication) {
        return StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
    }
}
