package io.escapement.account.web;

import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.account.DevelopmentSmsOutbox;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development outboxes, at {@code /dev/sms} and {@code /dev/mail}: only with the {@code dev}
 * profile.
 */
@Controller
@Profile("dev")
class DevelopmentOutboxPage {

    private final DevelopmentSmsOutbox sms;
    private final DevelopmentMailOutbox mail;

    DevelopmentOutboxPage(DevelopmentSmsOutbox sms, DevelopmentMailOutbox mail) {
        this.sms = sms;
        this.mail = mail;
    }

    @GetMapping("/dev/sms")
    String sms(Model model) {
        return outbox("SMS", sms.messages(), model);
    }

    @GetMapping("/dev/mail")
    String mail(Model model) {
        return outbox("E-mail", mail.messages(), model);
    }

    private static String outbox(String kind, List<?> messages, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("messages", messages);
        return "dev/outbox";
    }
}
