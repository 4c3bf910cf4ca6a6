package io.escapement.shipping.web;

import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.shipping.Shipments;
import io.escapement.shipping.ShippingRefused;
import io.escapement.shipping.waybill.WaybillPdf;
import io.escapement.staff.StaffMember;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final WaybillPdf waybills;
    private final MessageSource messages;

    PickupPages(Shipments shipments, WaybillPdf waybills, MessageSource messages) {
        this.shipments = shipments;
        this.waybills = waybills;
        this.messages = messages;
    }

    @PostMapping("/merchant/orders/{number}/pickup")
    String book(
            @PathVariable String number, Authentication authentication, Locale locale, RedirectAttributes redirect) {
        var merchant = merchant(authentication);
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

    /**
     * The privacy waybill of a booked shipment, to print (P-9): the recipient masked, the full data
     * went to the carrier with the booking. Without a booked shipment of the merchant's, the order's
     * page says so.
     */
    @GetMapping("/merchant/orders/{number}/waybill.pdf")
    Object waybill(
            @PathVariable String number, Authentication authentication, Locale locale, RedirectAttributes redirect) {
        var merchant = merchant(authentication);
        var parsed = OrderNumber.parse(number);
        var label = parsed.flatMap(found -> shipments.label(merchant, found));
        if (label.isEmpty()) {
            redirect.addFlashAttribute("problem", "shipping.noWaybill");
            return parsed.map(found -> "redirect:/merchant/orders/" + found.value())
                    .orElse("redirect:/merchant/orders");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("waybill-" + label.get().waybillNumber() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(waybills.render(label.get(), locale));
    }

    private static MerchantId merchant(Authentication authentication) {
        return StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
    }
}
