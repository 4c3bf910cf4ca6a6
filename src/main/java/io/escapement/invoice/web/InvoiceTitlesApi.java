package io.escapement.invoice.web;

import io.escapement.invoice.EnterTitle;
import io.escapement.invoice.InvoiceTitleId;
import io.escapement.invoice.InvoiceTitles;
import io.escapement.invoice.TitleCard;
import io.escapement.vault.SubjectId;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's invoice titles for the apps (U-5): the list masked, create, replace (PUT or PATCH,
 * both with every part), delete. Bad input is a 400 problem in the client's language; a title that
 * is not the buyer's (someone else's, deleted, or no id at all) a 404.
 */
@RestController
@RequestMapping(path = "/api/v1/me/invoice-titles", produces = "application/json")
class InvoiceTitlesApi {

    private final InvoiceTitles titles;

    InvoiceTitlesApi(InvoiceTitles titles) {
        this.titles = titles;
    }

    @GetMapping
    List<TitleCard> list(Authentication buyer) {
        return titles.list(SubjectId.ofBuyer(buyer));
    }

    @GetMapping("/{id}")
    TitleCard one(Authentication buyer, @PathVariable String id) {
        return titles.card(SubjectId.ofBuyer(buyer), InvoiceWeb.title(id));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<TitleCard> add(Authentication buyer, @RequestBody EnterTitle input) {
        var subject = SubjectId.ofBuyer(buyer);
        var id = titles.add(subject, input);
        return ResponseEntity.created(URI.create("/api/v1/me/invoice-titles/" + id))
                .body(titles.card(subject, id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    TitleCard replace(Authentication buyer, @PathVariable String id, @RequestBody EnterTitle input) {
        return update(buyer, InvoiceWeb.title(id), input);
    }

    @PatchMapping(path = "/{id}", consumes = "application/json")
    TitleCard patch(Authentication buyer, @PathVariable String id, @RequestBody EnterTitle input) {
        return update(buyer, InvoiceWeb.title(id), input);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Authentication buyer, @PathVariable String id) {
        titles.delete(SubjectId.ofBuyer(buyer), InvoiceWeb.title(id));
        return ResponseEntity.noContent().build();
    }

    private TitleCard update(Authentication buyer, InvoiceTitleId id, EnterTitle input) {
        var subject = SubjectId.ofBuyer(buyer);
        titles.update(subject, id, input);
        return titles.card(subject, id);
    }
}
