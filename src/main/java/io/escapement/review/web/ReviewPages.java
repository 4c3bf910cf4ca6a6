package io.escapement.review.web;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Order;
import io.escapement.order.OrderFilter;
import io.escapement.review.BuyerReviews;
import io.escapement.review.Ratings;
import io.escapement.review.Review;
import io.escapement.review.ReviewId;
import io.escapement.review.ReviewRefused;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的评价 (U-4): the buyer's reviews in the account, a hidden one marked with the staff's reason;
 * a form for each received order not reviewed yet (stars, text, up to nine photos); edit, add a
 * photo, delete for good. A refusal shows on the page in the buyer's language with its status.
 */
@Controller
@RequestMapping("/account/reviews")
class ReviewPages {

    private static final String PAGE = "review/account";

    private final BuyerReviews reviews;
    private final BuyerOrders orders;
    private final Catalog catalog;
    private final ShownRefusal refusals;

    ReviewPages(BuyerReviews reviews, BuyerOrders orders, Catalog catalog, ShownRefusal refusals) {
        this.reviews = reviews;
        this.orders = orders;
        this.catalog = catalog;
        this.refusals = refusals;
    }

    @GetMapping
    String list(Authentication buyer, Model model) {
        var subject = SubjectId.ofBuyer(buyer);
        var written = reviews.list(subject);
        var reviewed = written.stream().map(Review::order).collect(Collectors.toSet());
        var toReview = orders.list(subject, OrderFilter.COMPLETED).stream()
                .filter(order -> !reviewed.contains(order.id()))
                .toList();
        model.addAttribute("reviews", written);
        model.addAttribute("toReview", toReview);
        model.addAttribute(
                "watches",
                watches(Stream.concat(
                                written.stream().map(Review::listing),
                                toReview.stream().map(Order::listing))
                        .toList()));
        model.addAttribute("stars", List.of(5, 4, 3, 2, 1));
        model.addAttribute("maxPhotos", Review.MAX_PHOTOS);
        model.addAttribute("minStars", Ratings.MIN);
        return PAGE;
    }

    @PostMapping(consumes = "multipart/form-data")
    String write(
            Authentication buyer,
            @ModelAttribute ReviewForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(buyer, model, locale, response, redirect, "reviews.published", subject -> {
            reviews.write(subject, form.input().review(), form.uploads());
        });
    }

    @PostMapping("/{id}")
    String edit(
            Authentication buyer,
            @PathVariable String id,
            @ModelAttribute ReviewForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(buyer, model, locale, response, redirect, "reviews.edited", subject -> {
            var input = form.input();
            reviews.edit(subject, known(id), input.ratings(), input.textOrEmpty());
        });
    }

    @PostMapping(path = "/{id}/photos", consumes = "multipart/form-data")
    String attach(
            Authentication buyer,
            @PathVariable String id,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                buyer,
                model,
                locale,
                response,
                redirect,
                "reviews.photoAdded",
                subject -> reviews.attach(subject, known(id), ReviewForm.first(photo)));
    }

    @PostMapping("/{id}/delete")
    String delete(
            Authentication buyer,
            @PathVariable String id,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                buyer,
                model,
                locale,
                response,
                redirect,
                "reviews.deleted",
                subject -> reviews.delete(subject, known(id)));
    }

    /** Runs the buyer's action and returns to the list with {@code done}, or shows the refusal there. */
    private String act(
            Authentication buyer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Consumer<SubjectId> action) {
        return refusals.orShow(
                () -> {
                    action.accept(SubjectId.ofBuyer(buyer));
                    redirect.addFlashAttribute("done", done);
                    return "redirect:/account/reviews";
                },
                () -> list(buyer, model),
                model,
                locale,
                response);
    }

    private static ReviewId known(String id) {
        return ReviewId.parse(id).orElseThrow(ReviewRefused::notFound);
    }

    private Map<ListingId, Listing> watches(List<ListingId> ids) {
        return catalog.listings(ids).stream().collect(Collectors.toMap(Listing::id, Function.identity(), (a, b) -> a));
    }
}
