package io.escapement.payment.web;

import io.escapement.language.WordedRefusal;
import io.escapement.order.BuyerOrders;
import io.escapement.order.OrderNumber;
import io.escapement.payment.PaymentProviders;
import io.escapement.payment.Payments;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buyer's "pay" step: choose a provider for an order awaiting payment, then go to the
 * provider's page (or post its signed form there).
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final PaymentProviders providers;
    private final BuyerOrders orders;
    private final MessageSource messages;
    private final Clock clock;

    PaymentPages(
            Payments payments, PaymentProviders providers, BuyerOrders orders, MessageSource messages, Clock clock) {
        this.payments = payments;
        this.providers = providers;
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/account/orders/{number}/pay")
    String choose(@PathVariable String number, Authentication buyer, Model model, HttpServletResponse response) {
        var order = OrderNumber.parse(number).flatMap(parsed -> orders.find(SubjectId.ofBuyer(buyer), parsed));
        if (order.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "orders.notFound");
            return "payment/pay";
        }
        model.addAttribute("order", order.get());
        model.addAttribute("payable", order.get().payableAt(clock.instant()));
        model.addAttribute("providers", providers.ids());
        return "payment/pay";
    }

    @PostMapping("/account/orders/{number}/pay")
    String pay(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String provider,
            Authentication buyer,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            var order = OrderNumber.parse(number).orElseThrow(PaymentPages::noSuchOrder);
            var start = payments.start(SubjectId.ofBuyer(buyer), order, provider(provider));
            if (start.isForm()) {
                // this page's form goes to the provider's gateway, and only there
                response.setHeader("Content-Security-Policy", FORM_TO_PROVIDER.formatted(origin(start.target())));
                model.addAttribute("start", start);
                return "payment/continue";
            }
            if (!WEB.contains(start.target().getScheme())) {
                // a code for the provider's app to scan (WeChat Pay's Native payment)
                model.addAttribute("qr", QrCode.svg(start.target().toString()));
                model.addAttribute("number", order.value());
                return "payment/scan";
            }
            return "redirect:" + start.target();
        } catch (WordedRefusal refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problemText", refused.wordedIn(messages, locale));
            model.addAttribute("providers", providers.ids());
            OrderNumber.parse(number)
                    .flatMap(parsed -> orders.find(SubjectId.ofBuyer(buyer), parsed))
                    .ifPresent(order -> model.addAttribute("order", order));
            return "payment/pay";
        }
    }

    private static final Set<String> WEB = Set.of("https", "http");

    /** The site's policy for the page that posts a provider's signed form, with the provider's origin added. */
    private static final String FORM_TO_PROVIDER = "default-src 'self'; img-src 'self' data:; style-src 'self'"
            + " 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self';"
            + " form-action 'self' %s";

    private static String origin(URI target) {
        return target.getScheme() + "://" + target.getAuthority();
    }

    static WordedRefusal noSuchOrder() {
        return new WordedRefusal(HttpStatus.NOT_FOUND, "orders.notFound");
    }

    /** A provider id as sent: blank or over-long is refused before it is looked up. */
    static String provider(@Nullable String provider) {
        if (provider == null || provider.isBlank() || provider.length() > 32) {
            throw new WordedRefusal("payment.unknownProvider");
        }
        return provider;
    }
}
