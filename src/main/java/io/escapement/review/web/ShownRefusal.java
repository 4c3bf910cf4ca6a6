package io.escapement.review.web;

import io.escapement.language.WordedRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A refusal shown on the page the action came from, in the reader's language and with its status. */
@Component
class ShownRefusal {

    private final MessageSource messages;

    ShownRefusal(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code action}; when it is refused, shows {@code page} again with the refusal as {@code problemText}. */
    String orShow(
            Supplier<String> action, Supplier<String> page, Model model, Locale locale, HttpServletResponse response) {
        try {
            return action.get();
        } catch (WordedRefusal refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problemText", refused.wordedIn(messages, locale));
            return page.get();
        }
    }
}
