package io.escapement.merchant.web;

import static io.escapement.merchant.web.MerchantPortal.merchantOf;

import io.escapement.merchant.MerchantDirectory;
import io.escapement.order.MerchantOrders;
import io.escapement.order.OrderNumber;
import io.escapement.order.spi.AfterSalesCases;
import io.escapement.order.spi.ParcelTracking;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The merchant's orders in the portal (S-3, P-7): the paid orders of its own watches, with the
 * recipient's name and phone masked and the city, as the sharing gateway let them through. Another
 * merchant's order, an unpaid one and a number that is no order are all "not found".
 */
@Controller
class MerchantOrderPages {

    private final MerchantOrders orders;
    private final MerchantDirectory merchants;
    private final List<ParcelTracking> tracking;
    private final List<AfterSalesCases> afterSales;

    MerchantOrderPages(
            MerchantOrders orders,
            MerchantDirectory merchants,
            List<ParcelTracking> tracking,
            List<AfterSalesCases> afterSales) {
        this.orders = orders;
        this.merchants = merchants;
        this.tracking = tracking;
        this.afterSales = afterSales;
    }

    @GetMapping("/merchant/orders")
    String list(Authentication authentication, Model model) {
        var merchant = merchantOf(authentication);
        model.addAttribute("merchant", merchants.find(merchant).orElse(null));
        model.addAttribute("orders", orders.list(merchant));
        return "merchant/orders";
    }

    @GetMapping("/merchant/orders/{number}")
    String one(@PathVariable String number, Authentication authentication, Model model, HttpServletResponse response) {
        var merchant = merchantOf(authentication);
        var order = OrderNumber.parse(number).flatMap(parsed -> orders.find(merchant, parsed));
        if (order.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "merchant.noOrder");
            return "merchant/order";
        }
        model.addAttribute("order", order.get());
        tracking.stream().findFirst().ifPresent(parcels -> {
            model.addAttribute("waybill", parcels.waybill(order.get().id()).orElse(null));
            model.addAttribute("tracking", parcels.events(order.get().id()));
        });
        afterSales.stream()
                .findFirst()
                .flatMap(cases -> cases.of(order.get().id()))
                .ifPresent(found -> model.addAttribute("returnCase", found));
        return "merchant/order";
    }
}
