package io.escapement.address.web;

import io.escapement.address.AddressBook;
import io.escapement.address.AddressCard;
import io.escapement.address.AddressId;
import io.escapement.address.AddressNotFound;
import io.escapement.address.EnterAddress;
import io.escapement.vault.SubjectId;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address book for the apps: the list masked, create, replace, delete and make default. Bad
 * input is a 400 problem in the client's language; an address that is not the buyer's (someone
 * else's, deleted, or no id at all) a 404, never a 403.
 */
@RestController
@RequestMapping(path = "/api/v1/me/addresses", produces = "application/json")
class AddressApi {

    private final AddressBook book;
    private final MessageSource messages;

    AddressApi(AddressBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    @GetMapping
    List<AddressCard> list(Authentication buyer) {
        return book.list(SubjectId.ofBuyer(buyer));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<AddressCard> add(Authentication buyer, @RequestBody EnterAddress input) {
        var subject = SubjectId.ofBuyer(buyer);
        var id = book.add(subject, input);
        return ResponseEntity.created(URI.create("/api/v1/me/addresses/" + id)).body(card(subject, id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    AddressCard update(Authentication buyer, @PathVariable String id, @RequestBody EnterAddress input) {
        var subject = SubjectId.ofBuyer(buyer);
        var address = known(id);
        book.update(subject, address, input);
        return card(subject, address);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Authentication buyer, @PathVariable String id) {
        book.delete(SubjectId.ofBuyer(buyer), known(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/default")
    List<AddressCard> makeDefault(Authentication buyer, @PathVariable String id) {
        var subject = SubjectId.ofBuyer(buyer);
        book.makeDefault(subject, known(id));
        return book.list(subject);
    }

    private static AddressId known(String id) {
        return AddressId.parse(id).orElseThrow(AddressNotFound::new);
    }

    private AddressCard card(SubjectId buyer, AddressId id) {
        return book.list(buyer).stream()
                .filter(card -> card.id().equals(id))
                .findFirst()
                .orElseThrow(AddressNotFound::new);
    }
}
