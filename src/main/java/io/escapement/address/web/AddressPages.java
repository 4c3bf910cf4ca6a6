package io.escapement.address.web;

import io.escapement.account.Reauthentication;
import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.address.AddressNotFound;
import io.escapement.address.Divisions;
import io.escapement.address.EnterAddress;
import io.escapement.address.ShippingAddress;
import io.escapement.language.WordedRefusal;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 收货地址 (issue 13): the list, masked; one address in full after re-authenticating, as the profile;
 * add, edit, delete and make default. The province → city → district picker asks for the next
 * level's options with htmx, and without JavaScript its "update choices" button re-renders the form
 * on the server.
 */
@Controller
@RequestMapping("/account/addresses")
class AddressPages {

    private static final String LIST = "account/addresses";
    private static final String FORM = "account/address-form";
    private static final String SHOWN = "account/address";

    private final AddressBook book;
    private final Divisions divisions;
    private final Reauthentication reauthentication;
    private final MessageSource messages;

    AddressPages(AddressBook book, Divisions divisions, Reauthentication reauthentication, MessageSource messages) {
        this.book = book;
        this.divisions = divisions;
        this.reauthentication = reauthentication;
        this.messages = messages;
    }

    @GetMapping
    String list(Authentication buyer, Model model) {
        return listPage(SubjectId.ofBuyer(buyer), model);
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(new EnterAddress(null, null, null, null, null, null, null), null, model);
    }

    @PostMapping
    String add(
            Authentication buyer,
            @ModelAttribute EnterAddress input,
            @RequestParam(required = false) @Nullable String refresh,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        return save(SubjectId.ofBuyer(buyer), null, input, refresh, new Answer(model, response, redirect, locale));
    }

    @GetMapping("/{id}")
    String show(
            Authentication buyer,
            @PathVariable String id,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        var card = AddressId.parse(id)
                .flatMap(address -> book.list(subject).stream()
                        .filter(one -> one.id().equals(address))
                        .findFirst());
        if (card.isEmpty()) {
            return notFound(subject, model, response, locale);
        }
        model.addAttribute("reauthenticatePage", Reauthentication.PAGE);
        if (reauthentication.isOpen(session)) {
            model.addAttribute("address", book.reveal(subject, card.get().id(), true));
        } else {
            model.addAttribute("card", card.get());
        }
        return SHOWN;
    }

    /** The form filled in with the address in full, so only once the buyer re-authenticated. */
    @GetMapping("/{id}/edit")
    String edit(
            Authentication buyer,
            @PathVariable String id,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        var address = AddressId.parse(id);
        if (address.isEmpty() || !reauthentication.isOpen(session)) {
            return show(buyer, id, session, model, response, locale);
        }
        try {
            ShippingAddress full = book.reveal(subject, address.get(), true);
            return form(
                    new EnterAddress(
                            full.recipient().value(),
                            full.phone().nationalNumber(),
                            full.region().province().code(),
                            full.region().city().code(),
                            full.region().district().code(),
                            full.detail(),
                            full.postcode()),
                    full.id(),
                    model);
        } catch (AddressNotFound unknown) {
            return notFound(subject, model, response, locale);
        }
    }

    @PostMapping("/{id}")
    String update(
            Authentication buyer,
            @PathVariable String id,
            @ModelAttribute EnterAddress input,
            @RequestParam(required = false) @Nullable String refresh,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        var address = AddressId.parse(id);
        if (address.isEmpty()) {
            return notFound(subject, model, response, locale);
        }
        return save(subject, address.get(), input, refresh, new Answer(model, response, redirect, locale));
    }

    @PostMapping("/{id}/delete")
    String delete(
            Authentication buyer,
            @PathVariable String id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        return change(buyer, id, book::delete, "address.deleted", new Answer(model, response, redirect, locale));
    }

    @PostMapping("/{id}/default")
    String makeDefault(
            Authentication buyer,
            @PathVariable String id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        return change(
                buyer, id, book::makeDefault, "address.madeDefault", new Answer(model, response, redirect, locale));
    }

    /** What a page answers with: the model, the status, the notice after a redirect, the language. */
    private record Answer(Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {}

    /**
     * Adds the address, or replaces the one with {@code id}, and returns to the list; re-renders the
     * form with the next level's choices when the picker's button was pressed without JavaScript.
     */
    private String save(
            SubjectId buyer, @Nullable AddressId id, EnterAddress input, @Nullable String refresh, Answer answer) {
        if (refresh != null) {
            return form(input, id, answer.model());
        }
        try {
            if (id == null) {
                book.add(buyer, input);
            } else {
                book.update(buyer, id, input);
            }
        } catch (AddressNotFound unknown) {
            return notFound(buyer, answer.model(), answer.response(), answer.locale());
        } catch (WordedRefusal refused) {
            answer.response().setStatus(HttpStatus.BAD_REQUEST.value());
            answer.model().addAttribute("problemText", refused.wordedIn(messages, answer.locale()));
            return form(input, id, answer.model());
        }
        answer.redirect().addFlashAttribute("done", id == null ? "address.added" : "address.updated");
        return "redirect:/account/addresses";
    }

    /** Applies {@code change} to one of the buyer's addresses and returns to the list, or answers 404. */
    private String change(
            Authentication buyer, String id, BiConsumer<SubjectId, AddressId> change, String done, Answer answer) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            change.accept(subject, AddressId.parse(id).orElseThrow(AddressNotFound::new));
        } catch (AddressNotFound unknown) {
            return notFound(subject, answer.model(), answer.response(), answer.locale());
        }
        answer.redirect().addFlashAttribute("done", done);
        return "redirect:/account/addresses";
    }

    /** The {@code <option>}s of a province's cities, for htmx; none for an unknown code. */
    @GetMapping("/cities")
    String cities(@RequestParam(defaultValue = "") String province, Model model) {
        model.addAttribute("cities", divisions.cities(province));
        return FORM + " :: cities";
    }

    /** The {@code <option>}s of a city's districts, for htmx; none for an unknown code. */
    @GetMapping("/districts")
    String districts(@RequestParam(defaultValue = "") String city, Model model) {
        model.addAttribute("districts", divisions.districts(city));
        return FORM + " :: districts";
    }

    private String form(EnterAddress input, @Nullable AddressId id, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("addressId", id);
        model.addAttribute("provinces", divisions.provinces());
        model.addAttribute("cities", divisions.cities(input.province()));
        model.addAttribute("districts", divisions.districts(input.city()));
        model.addAttribute("maxDetail", AddressBook.MAX_DETAIL);
        return FORM;
    }

    private String notFound(SubjectId buyer, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("problemText", new AddressNotFound().wordedIn(messages, locale));
        return listPage(buyer, model);
    }

    private String listPage(SubjectId buyer, Model model) {
        model.addAttribute("addresses", book.list(buyer));
        model.addAttribute("limit", AddressBook.LIMIT);
        return LIST;
    }
}
