package io.escapement.payment.sandbox;

import io.escapement.money.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sandbox provider's hosted pay page: it shows what the provider was asked to take and lets
 * the buyer pay or fail, with the callback sent on time, late or twice (and, under the test
 * switch, forged). The page trusts only what the sandbox signed.
 */
@Controller
@ConditionalOnBooleanProperty(name = "escapement.payment.sandbox.enabled", matchIfMissing = true)
class SandboxPayPage {

    private final SandboxBank bank;
    private final SandboxProperties properties;
    private final Clock clock;

    SandboxPayPage(SandboxBank bank, SandboxProperties properties, Clock clock) {
        this.bank = bank;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/sandbox/pay")
    String page(@RequestParam(defaultValue = "") String order, Model model, HttpServletResponse response) {
        var opened = bank.open(order);
        if (opened.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "sandbox.badOrder");
            return "payment/sandbox";
        }
        if (!opened.get().expiresAt().isAfter(clock.instant())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "sandbox.expired");
            return "payment/sandbox";
        }
        model.addAttribute("order", opened.get());
        model.addAttribute("token", order);
        model.addAttribute("amount", Money.fen(opened.get().amountFen()));
        model.addAttribute("forgery", properties.forgerySwitch());
        return "payment/sandbox";
    }

    @PostMapping("/sandbox/pay")
    String pay(
            @RequestParam(defaultValue = "") String order,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "ON_TIME") String delivery,
            Model model,
            HttpServletResponse response) {
        var opened = bank.open(order);
        var chosen = parse(SandboxBank.Outcome.class, outcome);
        var how = parse(SandboxBank.Delivery.class, delivery);
        if (opened.isEmpty()
                || chosen == null
                || how == null
                || (how == SandboxBank.Delivery.FORGED && !properties.forgerySwitch())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "sandbox.badOrder");
            return "payment/sandbox";
        }
        if (!opened.get().expiresAt().isAfter(clock.instant())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "sandbox.expired");
            return "payment/sandbox";
        }
        bank.settle(opened.get(), chosen, how);
        return "redirect:" + opened.get().returnUrl();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
