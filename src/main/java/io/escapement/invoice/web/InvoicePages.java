package io.escapement.invoice.web;

import io.escapement.invoice.EnterTitle;
import io.escapement.invoice.InvoiceTitleId;
import io.escapement.invoice.InvoiceTitles;
import io.escapement.invoice.Invoices;
import io.escapement.language.WordedRefusal;
import io.escapement.order.OrderNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发票抬头 and an order's invoice (issue 15, U-5): the buyer's titles, masked, with a form to add
 * one, edit one (every part again: the page never shows a title in full) or delete one; and, from
 * the order page, asking for an invoice until receipt and downloading the issued e-invoice. Bad
 * input re-renders the page with the reason (400); someone else's title or order answers 404.
 */
@Controller
class InvoicePages {

    private static final String TITLES = "invoice/titles";
    private static final String ORDER = "invoice/order";

    private final InvoiceTitles titles;
    private final Invoices invoices;
    private final MessageSource messages;

    InvoicePages(InvoiceTitles titles, Invoices invoices, MessageSource messages) {
        this.titles = titles;
        this.invoices = invoices;
        this.messages = messages;
    }

    @GetMapping("/account/invoice-titles")
    String list(Authentication buyer, Model model) {
        return titlesPage(SubjectId.ofBuyer(buyer), null, blank(), model);
    }

    @GetMapping("/account/invoice-titles/{id}/edit")
    String edit(
            Authentication buyer, @PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            var card = titles.card(subject, InvoiceWeb.title(id));
            model.addAttribute("editing", card);
            return titlesPage(subject, card.id(), new EnterTitle(card.kind().name(), null, null), model);
        } catch (WordedRefusal refused) {
            return refusedTitle(subject, null, blank(), refused, model, response, locale);
        }
    }

    @PostMapping("/account/invoice-titles")
    String add(
            Authentication buyer,
            @ModelAttribute EnterTitle input,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            titles.add(subject, input);
        } catch (WordedRefusal refused) {
            return refusedTitle(subject, null, input, refused, model, response, locale);
        }
        redirect.addFlashAttribute("done", "invoice.titles.added");
        return "redirect:/account/invoice-titles";
    }

    @PostMapping("/account/invoice-titles/{id}")
    String update(
            Authentication buyer,
            @PathVariable String id,
            @ModelAttribute EnterTitle input,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        @Nullable InvoiceTitleId title = null;
        try {
            title = InvoiceWeb.title(id);
            titles.update(subject, title, input);
        } catch (WordedRefusal refused) {
            if (title != null && titles.has(subject, title)) {
                model.addAttribute("editing", titles.card(subject, title));
            } else {
                title = null;
            }
            return refusedTitle(subject, title, input, refused, model, response, locale);
        }
        redirect.addFlashAttribute("done", "invoice.titles.updated");
        return "redirect:/account/invoice-titles";
    }

    @PostMapping("/account/invoice-titles/{id}/delete")
    String delete(
            Authentication buyer,
            @PathVariable String id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            titles.delete(subject, InvoiceWeb.title(id));
        } catch (WordedRefusal refused) {
            return refusedTitle(subject, null, blank(), refused, model, response, locale);
        }
        redirect.addFlashAttribute("done", "invoice.titles.deleted");
        return "redirect:/account/invoice-titles";
    }

    @GetMapping("/account/orders/{number}/invoice")
    String order(
            Authentication buyer,
            @PathVariable String number,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            return orderPage(subject, InvoiceWeb.order(number), model);
        } catch (WordedRefusal refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problemText", refused.wordedIn(messages, locale));
            return ORDER;
        }
    }

    @PostMapping("/account/orders/{number}/invoice")
    String ask(
            Authentication buyer,
            @PathVariable String number,
            @RequestParam(name = "titleId", required = false) @Nullable String titleId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            var order = InvoiceWeb.order(number);
            try {
                invoices.request(subject, order, InvoiceWeb.title(titleId == null ? "" : titleId));
            } catch (WordedRefusal refused) {
                response.setStatus(refused.status().value());
                model.addAttribute("problemText", refused.wordedIn(messages, locale));
                return orderPage(subject, order, model);
            }
            redirect.addFlashAttribute("done", "invoice.order.asked");
            return "redirect:/account/orders/" + order.value() + "/invoice";
        } catch (WordedRefusal refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problemText", refused.wordedIn(messages, locale));
            return ORDER;
        }
    }

    @GetMapping("/account/orders/{number}/invoice.pdf")
    ResponseEntity<?> pdf(Authentication buyer, @PathVariable String number, Locale locale) {
        try {
            var order = InvoiceWeb.order(number);
            return InvoiceWeb.pdf(order.value(), invoices.pdf(SubjectId.ofBuyer(buyer), order, locale));
        } catch (WordedRefusal refused) {
            return ResponseEntity.status(refused.status())
                    .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(refused.wordedIn(messages, locale));
        }
    }

    private String orderPage(SubjectId buyer, OrderNumber order, Model model) {
        model.addAttribute("invoice", invoices.state(buyer, order));
        model.addAttribute("titles", titles.list(buyer));
        return ORDER;
    }

    private String refusedTitle(
            SubjectId buyer,
            @Nullable InvoiceTitleId editing,
            EnterTitle input,
            WordedRefusal refused,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        response.setStatus(refused.status().value());
        model.addAttribute("problemText", refused.wordedIn(messages, locale));
        return titlesPage(buyer, editing, input, model);
    }

    private String titlesPage(SubjectId buyer, @Nullable InvoiceTitleId editing, EnterTitle input, Model model) {
        model.addAttribute("titles", titles.list(buyer));
        model.addAttribute("limit", InvoiceTitles.LIMIT);
        model.addAttribute("maxName", InvoiceTitles.MAX_NAME);
        model.addAttribute("input", input);
        model.addAttribute("editingId", editing);
        return TITLES;
    }

    private static EnterTitle blank() {
        return new EnterTitle("PERSONAL", null, null);
    }
}
