package io.escapement.shipping.web;

import io.escapement.order.OrderNumber;
import io.escapement.shipping.Shipments;
import io.escapement.shipping.ShippingRefused;
import io.escapement.staff.StaffMember;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant books a carrier's pickup (发货) from its order's page in the portal; the answer is
 * the order's page again, with the waybill number, or with the reason it was not booked.
 */
@Controller
class PickupPages {

    private final Shipments shipments;
    private final MessageSource messages;

    PickupPages(Shipments shipments, MessageSource messages) {
        this.shipments = shipments;
        this.messages = messages;
    }

    @PostMapping("/merchant/orders/{number}/pickup")
    String book(
            @PathVariable String number, Authentication authentication, Locale locale, RedirectAttributes redirect) {
        var merchant = StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
        var parsed = OrderNumber.parse(number);
        if (parsed.isEmpty()) {
            redirect.addFlashAttribute("problem", "merchant.noOrder");
            return "redirect:/merchant/orders";
        }
        try {
            shipments.book(merchant, parsed.get());
            redirect.addFlashAttribute("done", "shipping.booked");
        } catch (ShippingRefused refused) {
            redirect.addFlashAttribute("problemText", refused.wordedIn(messages, locale));
        }
        return "redirect:/merchant/orders/" + parsed.get().value();
    }
}
