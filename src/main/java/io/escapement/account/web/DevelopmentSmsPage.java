package io.escapement.account.web;

import io.escapement.account.DevelopmentSmsOutbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The development SMS outbox, at {@code /dev/sms}: only with the {@code dev} profile. */
@Controller
@Profile("dev")
class DevelopmentSmsPage {

    private final DevelopmentSmsOutbox outbox;

    DevelopmentSmsPage(DevelopmentSmsOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/sms")
    String messages(Model model) {
        model.addAttribute("messages", outbox.messages());
        return "dev/sms";
    }
}
